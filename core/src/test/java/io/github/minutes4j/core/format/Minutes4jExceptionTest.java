package io.github.minutes4j.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes4jException;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.core.validation.MinutesValidator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every failure core throws on purpose can be caught as one type and still told apart. */
class Minutes4jExceptionTest {

  @Test
  void anUnknownFormatIsAMinutes4jException() {
    FormatRegistry<MinutesExporter> registry =
        FormatRegistry.of(List.of(new TestExporters.PlainText()));

    Minutes4jException thrown = assertThrows(Minutes4jException.class, () -> registry.byId("docx"));

    UnknownFormatException unknown = assertInstanceOf(UnknownFormatException.class, thrown);
    assertEquals("format id 'docx'", unknown.requested());
    assertEquals(List.of("text"), unknown.installed());
  }

  @Test
  void clashingProvidersAreAMinutes4jException() {
    Minutes4jException thrown =
        assertThrows(
            Minutes4jException.class,
            () ->
                FormatRegistry.of(
                    List.of(new TestExporters.PlainText(), new TestExporters.OtherPlainText())));

    assertInstanceOf(ProviderConfigurationException.class, thrown);
    assertTrue(thrown.getMessage().contains("Two providers claim the format id 'text'"));
  }

  @Test
  void invalidMinutesAreAMinutes4jException() {
    Minutes noSessions =
        Minutes.builder(
                Language.SWEDISH,
                Organiser.of("N"),
                DocumentKind.MEETING_NOTES,
                "Möte",
                LocalDate.of(2022, 6, 11))
            .build();

    Minutes4jException thrown =
        assertThrows(
            Minutes4jException.class, () -> MinutesValidator.shared().requireValid(noSessions));

    InvalidMinutesException invalid = assertInstanceOf(InvalidMinutesException.class, thrown);
    assertEquals("sessions", invalid.violations().get(0).path());
  }

  @Test
  void unreadableInputIsAMinutes4jExceptionWithItsLocationKept() {
    SourceLocation where = new SourceLocation("/title", 3, 12);
    RuntimeException thrown = new MinutesReadException(where, "is a number; write text", null);

    MinutesReadException read =
        assertInstanceOf(
            MinutesReadException.class, assertInstanceOf(Minutes4jException.class, thrown));
    assertEquals(where, read.location());
    assertEquals("is a number; write text", read.problem());
    assertEquals(where + ": is a number; write text", read.getMessage());
  }
}
