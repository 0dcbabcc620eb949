package io.github.minutes4j.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extract option: chosen items by their shown numbers, and its errors. */
class ExtractOptionsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 17);

  /** Five items numbered from § 41. */
  private static Minutes protokoll(Integer first) {
    Minutes.Builder builder =
        Minutes.builder(
                Language.SWEDISH, Organiser.of("Kommunstyrelsen"), DocumentKind.MINUTES, "KS", DAY)
            .addSession(Session.on(DAY).build());
    if (first != null) {
      builder.firstParagraph(first);
    }
    for (int i = 1; i <= 5; i++) {
      builder.addAgendaItem(AgendaItem.withHeading("Ärende " + i).build());
    }
    return builder.build();
  }

  @Test
  void theDefaultsExportEveryItem() {
    assertFalse(ExportOptions.defaults().isExtract());
    assertEquals(List.of(), ExportOptions.defaults().extract());
    assertEquals(List.of(0, 1, 2, 3, 4), ExportOptions.defaults().extractedItems(protokoll(41)));
  }

  @Test
  void itemsAreChosenByTheirShownNumbersWithOrWithoutTheSectionSign() {
    ExportOptions options = ExportOptions.defaults().withExtract("§ 45", "42", "§42");

    assertTrue(options.isExtract());
    assertEquals(List.of("§ 45", "42", "§42"), options.extract());
    assertEquals(List.of(1, 4), options.extractedItems(protokoll(41)), "in the agenda's order");
  }

  @Test
  void repeatsAreDroppedAndTheListIsImmutable() {
    List<String> numbers = new ArrayList<>(List.of("§ 42", "§ 42"));
    ExportOptions options = ExportOptions.defaults().withExtract(numbers);
    numbers.add("§ 43");

    assertEquals(List.of("§ 42"), options.extract());
    assertThrows(UnsupportedOperationException.class, () -> options.extract().add("§ 44"));
  }

  @Test
  void otherOptionsKeepTheExtract() {
    ExportOptions options =
        ExportOptions.defaults()
            .withExtract("§ 42")
            .withLanguage(Language.ENGLISH)
            .withParticipants(false)
            .withPageSize(PageSize.LETTER)
            .withTableOfContents(true)
            .withFallbackLanguage(Language.SWEDISH);

    assertEquals(List.of("§ 42"), options.extract());
    assertFalse(options.withExtract(List.of()).isExtract());
  }

  @Test
  void unknownNumbersAreNamedWithTheNumbersThereAre() {
    UnknownItemsException thrown =
        assertThrows(
            UnknownItemsException.class,
            () -> ExportOptions.defaults().withExtract("§ 42", "§ 40", "x").extractedItems(protokoll(41)));

    assertEquals(
        "The extract asks for \"§ 40\", \"x\", which the minutes do not have; their items are"
            + " \"§ 41\", \"§ 42\", \"§ 43\", \"§ 44\", \"§ 45\"",
        thrown.getMessage());
    assertEquals(List.of("§ 40", "x"), thrown.unknown());
    assertEquals(List.of("§ 41", "§ 42", "§ 43", "§ 44", "§ 45"), thrown.known());
    assertTrue(thrown instanceof io.github.minutes4j.core.Minutes4jException, "the library's own");
  }

  @Test
  void minutesWithoutNumbersSayHowToNumberThem() {
    UnknownItemsException thrown =
        assertThrows(
            UnknownItemsException.class,
            () -> ExportOptions.defaults().withExtract("§ 1").extractedItems(protokoll(null)));

    assertTrue(thrown.getMessage().contains("set firstParagraph"), thrown.getMessage());
    assertEquals(List.of(), thrown.known());
  }

  @Test
  void aBlankOrNullNumberIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ExportOptions.defaults().withExtract(" "));
    assertThrows(
        NullPointerException.class, () -> ExportOptions.defaults().withExtract("§ 1", null));
  }
}
