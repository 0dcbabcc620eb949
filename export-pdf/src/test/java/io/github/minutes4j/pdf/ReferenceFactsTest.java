package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.examples.reference.ReferenceFacts;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fact of the reference documents is in the PDF as text PDFBox extracts: every person,
 * role, region, heading, sentence, date, time, count and link label. Checked twice (see {@link
 * ReferenceFacts}): against everything the model holds, and against the source documents' words.
 * The text is read from the pages' content area, so the running header and the footer cannot
 * supply a fact that the content lacks.
 */
class ReferenceFactsTest {

  /** The PDF prints the colon after a label. */
  private static final String LABEL_SEPARATOR = ": ";

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("io.github.minutes4j.pdf.Pdfs#allReferenceDocumentsInEachLanguage")
  void everyTextOfTheModelIsInThePdf(String name, Minutes minutes, Language language)
      throws Exception {
    byte[] pdf = Pdfs.render(minutes, ExportOptions.defaults().withLanguage(language));
    try (PDDocument document = Pdfs.load(pdf)) {
      String body = Pdfs.body(document);
      List<String> missing = ReferenceFacts.missingFrom(body, ReferenceFacts.of(minutes, language));
      if (!missing.isEmpty()) {
        // PDFBox reads a page line by line: a table cell whose text wraps (an action item's task)
        // comes back interleaved with the cells beside it, and a right-to-left label phrase in a
        // left-to-right line, such as the date of Swedish minutes with Arabic labels, in reverse
        // run order. Such a fact must then be in the text the tags give, cell by cell, in logical
        // order: what a screen reader reads.
        String reading = Normalizer.normalize(new TaggedText(document).reading(), Normalizer.Form.NFKC);
        String squeezed = Pdfs.squeeze(reading);
        missing = missing.stream().filter(fact -> !squeezed.contains(Pdfs.squeeze(fact))).toList();
      }
      assertEquals(List.of(), missing, "missing from the PDF of " + name + " in " + language);
      assertTrue(!body.contains("#"), "a character was replaced by '#': " + body);
    }
  }

  @Test
  void june2022InSwedishSaysWhatTheSourceSays() throws Exception {
    try (PDDocument document = Pdfs.load(Pdfs.render(ReferenceMinutes.june2022()))) {
      assertEquals(
          List.of(),
          ReferenceFacts.missingFrom(
              Pdfs.body(document), ReferenceFacts.june2022InSwedish(LABEL_SEPARATOR)));
    }
  }

  @Test
  void december2021InSwedishSaysWhatTheSourceSays() throws Exception {
    try (PDDocument document = Pdfs.load(Pdfs.render(ReferenceMinutes.december2021()))) {
      assertEquals(
          List.of(),
          ReferenceFacts.missingFrom(
              Pdfs.body(document), ReferenceFacts.december2021InSwedish(LABEL_SEPARATOR)));
    }
  }

  @Test
  void june2022InEnglishHasEnglishLabelsAndTheSwedishText() throws Exception {
    byte[] pdf =
        Pdfs.render(
            ReferenceMinutes.june2022(), ExportOptions.defaults().withLanguage(Language.ENGLISH));
    try (PDDocument document = Pdfs.load(pdf)) {
      assertEquals(
          List.of(),
          ReferenceFacts.missingFrom(
              Pdfs.body(document), ReferenceFacts.june2022InEnglish(LABEL_SEPARATOR)));
      assertEquals("en", document.getDocumentCatalog().getLanguage());
    }
  }

  @Test
  void withoutTheParticipantListNoParticipantIsPrinted() throws Exception {
    byte[] pdf =
        Pdfs.render(ReferenceMinutes.june2022(), ExportOptions.defaults().withParticipants(false));
    try (PDDocument document = Pdfs.load(pdf)) {
      String body = Pdfs.body(document);
      assertTrue(body.contains("Staffan Carlsson, Koordinator"), "the note-takers stay");
      for (String absent : List.of("Deltagarförteckning", "Anna Lindeberg", "Blekinge", "Namn")) {
        assertTrue(!body.contains(absent), absent + " is printed: " + body);
      }
    }
  }
}
