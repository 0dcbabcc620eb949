package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import io.github.minutes4j.json.JsonMinutesExporter;
import io.github.minutes4j.testfixtures.Vera;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The archive copy ({@code embedSource(true)}): PDF/A-3u and PDF/UA-1 at once as veraPDF judges,
 * with the minutes' JSON as an associated file of the document, which {@link PdfMinutesReader}
 * reads back to equal minutes. Each file is kept in {@code target/pdf/}.
 */
class ArchiveCopyTest {

  static final PdfMinutesExporter ARCHIVE = PdfMinutesExporter.builder().embedSource(true).build();

  private static final PdfMinutesReader READER = new PdfMinutesReader();

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("io.github.minutes4j.pdf.Pdfs#allReferenceDocumentsInEachLanguage")
  void referenceDocumentsConformAsPdfA3uAndReadBackEqual(
      String name, Minutes minutes, Language language) throws Exception {
    byte[] pdf =
        Pdfs.write(
            name + "-" + language.tag() + "-archive",
            Pdfs.render(ARCHIVE, minutes, ExportOptions.defaults().withLanguage(language)));
    assertConformsAsArchive(name + " " + language, pdf);
    assertEquals(minutes, READER.read(new ByteArrayInputStream(pdf)));
  }

  @Test
  void aDocumentWithEverythingReadsBackEqual() throws Exception {
    Minutes minutes = SampleMinutes.everything(Language.SWEDISH);
    byte[] pdf = Pdfs.render(ARCHIVE, minutes, ExportOptions.defaults());
    assertEquals(minutes, READER.read(new ByteArrayInputStream(pdf)));
    assertConformsAsArchive("everything", pdf);
  }

  @Test
  void aParticipantListOfManyPagesReadsBackEqual() throws Exception {
    Minutes minutes = SampleMinutes.manyParticipants(500);
    byte[] pdf = Pdfs.render(ARCHIVE, minutes, ExportOptions.defaults());
    assertEquals(minutes, READER.read(new ByteArrayInputStream(pdf)), pdf.length + " bytes");
  }

  @Test
  void anArchiveCopyWithALogoReadsBackEqual() throws Exception {
    // An image's stream has decode parameters (a PNG predictor), which the reader checks.
    Minutes minutes = ReferenceMinutes.june2022();
    for (String format : List.of("png", "jpeg")) {
      ExportOptions branded =
          BrandedPdfTest.branded(ExportOptions.defaults(), BrandedPdfTest.image(format, false));
      byte[] pdf = Pdfs.render(ARCHIVE, minutes, branded);
      assertEquals(minutes, READER.read(new ByteArrayInputStream(pdf)), format);
    }
  }

  @Test
  void theAttachmentIsTheJsonExportAsAnAssociatedSourceFileOfTheDocument() throws Exception {
    Minutes minutes = ReferenceMinutes.june2022();
    byte[] pdf = Pdfs.render(ARCHIVE, minutes, ExportOptions.defaults());
    try (PDDocument document = Pdfs.load(pdf)) {
      COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
      COSArray associated = catalog.getCOSArray(COSName.AF);
      assertNotNull(associated, "catalog /AF");
      assertEquals(1, associated.size());
      COSDictionary specification = (COSDictionary) associated.getObject(0);
      assertEquals("Source", specification.getNameAsString(COSName.AF_RELATIONSHIP));
      assertEquals("minutes.json", specification.getString(COSName.F));
      assertEquals("minutes.json", specification.getString(COSName.UF));
      assertNotNull(specification.getString(COSName.DESC));

      PDEmbeddedFilesNameTreeNode tree =
          document.getDocumentCatalog().getNames().getEmbeddedFiles();
      Map<String, PDComplexFileSpecification> files = tree.getNames();
      assertEquals(List.of("minutes.json"), List.copyOf(files.keySet()));
      assertTrue(files.get("minutes.json").getCOSObject() == specification, "same file spec");

      PDEmbeddedFile file = files.get("minutes.json").getEmbeddedFileUnicode();
      assertEquals("application/json", file.getSubtype());
      assertArrayEquals(json(minutes, ExportOptions.defaults()), file.toByteArray());
      assertEquals(file.toByteArray().length, file.getSize());
      assertEquals(
          minutes.date().atStartOfDay().toInstant(ZoneOffset.UTC),
          file.getModDate().toInstant(),
          "the document's date, not the clock");
      assertEquals(file.getModDate().toInstant(), file.getCreationDate().toInstant());

      String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertTrue(xmp.contains("<pdfaid:part>3</pdfaid:part>"), xmp);
    }
  }

  @Test
  void controlVeraPdfRejectsAnAttachmentWithoutItsRelationship() throws Exception {
    byte[] pdf = Pdfs.render(ARCHIVE, ReferenceMinutes.june2022(), ExportOptions.defaults());
    byte[] broken;
    try (PDDocument document = Pdfs.load(pdf)) {
      COSDictionary specification =
          (COSDictionary) document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF)
              .getObject(0);
      specification.removeItem(COSName.AF_RELATIONSHIP);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      broken = out.toByteArray();
    }
    Vera.Verdict pdfA3 = Vera.validate(broken, Vera.ARCHIVE_FLAVOURS).get(1);
    assertFalse(pdfA3.compliant(), "the check can fail: " + pdfA3);
    assertTrue(pdfA3.failures().stream().anyMatch(rule -> rule.contains("6.8-")), pdfA3.toString());
  }

  @Test
  void thePlainPdfIsStillPdfA2uWithoutAttachment() throws Exception {
    byte[] pdf = Pdfs.render(ReferenceMinutes.june2022());
    try (PDDocument document = Pdfs.load(pdf)) {
      assertEquals(null, document.getDocumentCatalog().getCOSObject().getItem(COSName.AF));
      String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
    }
  }

  @Test
  void withoutTheParticipantListTheDataInsideLeavesItOutToo() throws Exception {
    Minutes minutes = ReferenceMinutes.june2022();
    assertTrue(minutes.participants().isPresent(), "the reference document has a list");
    ExportOptions published = ExportOptions.defaults().withParticipants(false);
    byte[] pdf = Pdfs.render(ARCHIVE, minutes, published);
    Minutes read = READER.read(new ByteArrayInputStream(pdf));
    assertFalse(read.participants().isPresent(), "no personal data that the page leaves out");
    try (PDDocument document = Pdfs.load(pdf)) {
      assertArrayEquals(
          json(minutes, published),
          document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
              .get("minutes.json").getEmbeddedFileUnicode().toByteArray());
    }
  }

  @Test
  void theArchiveCopyIsDeterministicAndHasItsOwnIdentifier() throws Exception {
    Minutes minutes = ReferenceMinutes.december2021();
    byte[] first = Pdfs.render(ARCHIVE, minutes, ExportOptions.defaults());
    byte[] second = Pdfs.render(ARCHIVE, minutes, ExportOptions.defaults());
    assertArrayEquals(first, second);
    try (PDDocument archive = Pdfs.load(first);
        PDDocument plain = Pdfs.load(Pdfs.render(minutes))) {
      assertFalse(
          archive.getDocument().getDocumentID().toString()
              .equals(plain.getDocument().getDocumentID().toString()),
          "a different file, a different /ID");
    }
  }

  static byte[] json(Minutes minutes, ExportOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonMinutesExporter().export(minutes, options, out);
    return out.toByteArray();
  }

  static void assertConformsAsArchive(String what, byte[] pdf) throws Exception {
    for (Vera.Verdict verdict : Vera.validate(pdf, Vera.ARCHIVE_FLAVOURS)) {
      assertTrue(verdict.compliant(), what + ": " + verdict);
    }
  }
}
