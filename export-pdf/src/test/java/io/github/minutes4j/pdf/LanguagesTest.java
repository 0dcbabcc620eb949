package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.examples.reference.ReferenceFacts;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PDF in a regional and an unshipped language, and with labels reworded in the options: the
 * document's language, the content and the footer. {@link ReferenceFactsTest} covers every
 * shipped language.
 */
class LanguagesTest {

  @ParameterizedTest
  @CsvSource({
    "sv-SE, sv-SE, För anteckningarna, Sida 1 av",
    "fi-FI, fi-FI, Muistion laatijat, Sivu 1 /",
    "de, de, Protokollführung, Seite 1 von",
    "nn, nn, Referenter, Side 1 av",
    "is, en, Notes taken by, Page 1 of"
  })
  void theDocumentLanguageTheLabelsAndTheFooterFollowTheTag(
      String tag, String pdfLanguage, String noteTakers, String footer) throws Exception {
    Minutes minutes = ReferenceMinutes.june2022().toBuilder().language(Language.ofTag(tag)).build();
    ExportOptions options = ExportOptions.defaults();

    try (PDDocument document = Pdfs.load(Pdfs.render(minutes, options))) {
      assertEquals(pdfLanguage, document.getDocumentCatalog().getLanguage());
      String body = Pdfs.body(document);
      assertTrue(body.contains(noteTakers), body);
      assertEquals(
          List.of(),
          ReferenceFacts.missingFrom(body, ReferenceFacts.of(minutes, options.labelsFor(minutes))));
      String first = Pdfs.pages(document).get(0).footer();
      assertTrue(first.startsWith(footer), first);
    }
  }

  /**
   * American readers read their dates and clock, and a time that is not a whole minute is printed
   * with its seconds: until 0.3.0 this session read "9 December 2021, 10:00–10:45".
   */
  @Test
  void anAmericanPageHasAmericanDatesTwelveHourTimesAndSeconds() throws Exception {
    Minutes minutes =
        ReferenceMinutes.december2021().toBuilder()
            .sessions(
                List.of(
                    Session.on(
                            LocalDate.of(2021, 12, 9), LocalTime.of(10, 0, 30), LocalTime.of(10, 45))
                        .build()))
            .build();
    ExportOptions options = ExportOptions.defaults().withLanguage(Language.ofTag("en-US"));

    try (PDDocument document = Pdfs.load(Pdfs.render(minutes, options))) {
      assertEquals("en-US", document.getDocumentCatalog().getLanguage());
      String body = Pdfs.body(document);
      assertTrue(body.contains("December 9, 2021, 10:00:30 AM–10:45 AM"), body);
      assertTrue(body.contains("December 28, 2021"), body);
    }
  }

  @Test
  void rewordedLabelsAreInTheContentAndTheFooter() throws Exception {
    ExportOptions options =
        ExportOptions.defaults()
            .withLabel(Label.NOTE_TAKERS, "Sekreterare")
            .withLabel(Label.PAGE, "Blad");

    try (PDDocument document = Pdfs.load(Pdfs.render(ReferenceMinutes.june2022(), options))) {
      String body = Pdfs.body(document);
      assertTrue(body.contains("Sekreterare Ralph Harlid"), body);
      assertFalse(body.contains("För anteckningarna"), body);
      String first = Pdfs.pages(document).get(0).footer();
      assertTrue(first.startsWith("Blad 1 av "), first);
    }
  }
}
