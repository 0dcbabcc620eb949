package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.ActionItem;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Session;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The PDF draws a line's text in reading order, so that text extraction in content order (copy
 * and paste, a screen reader without the structure) reads it as printed.
 */
class DrawingOrderTest {

  private static final String ROLE =
      "samordnare för remissen om den nya översiktsplanen och för kontakterna med länsstyrelsen,"
          + " trafikverket, grannkommunerna och de berörda föreningarna";

  /**
   * The owners of an action, "Anna Ek, Bo Berg (role)", with a role longer than a line: the
   * engine drew the text between the names (", ", " (", ")") before the names, so the content
   * read "Anna Ek, ( Bo Berg role... )rest of the role".
   */
  @Test
  void anActionsOwnersAreDrawnInReadingOrder() throws IOException {
    AgendaItem item =
        AgendaItem.withHeading("Remissen")
            .addAction(
                new ActionItem(
                    "Sammanställa synpunkterna",
                    List.of(
                        Person.named("Anna Ek"),
                        new Person(Optional.of("Bo Berg"), Optional.of(ROLE), Optional.empty())),
                    Optional.empty()))
            .build();
    Minutes minutes =
        Minutes.builder(
                Language.SWEDISH,
                Organiser.of("Kommunstyrelsen"),
                DocumentKind.MEETING_NOTES,
                "Arbetsmöte",
                LocalDate.of(2026, 11, 17))
            .addSession(
                Session.on(LocalDate.of(2026, 11, 17), LocalTime.of(9, 0), LocalTime.of(10, 0))
                    .build())
            .addAgendaItem(item)
            .build();

    try (PDDocument document = Pdfs.load(Pdfs.render(minutes))) {
      StringBuilder drawn = new StringBuilder();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        for (TextPosition glyph : Pdfs.glyphs(document, page)) {
          drawn.append(glyph.getUnicode());
        }
      }
      String text = drawn.toString().replaceAll("\\s+", "");
      String expected = ("Anna Ek, Bo Berg (" + ROLE + ")").replaceAll("\\s+", "");
      assertTrue(text.contains(expected), () -> "not drawn in order: " + expected + "\nin: " + text);
    }
  }
}
