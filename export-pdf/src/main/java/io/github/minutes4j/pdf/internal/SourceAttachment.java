package io.github.minutes4j.pdf.internal;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.spi.ExportOptions;
import io.github.minutes4j.json.JsonMinutesExporter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * The minutes as {@code minutes4j/1} JSON, attached to a PDF/A-3 file as its source: an associated
 * file of the whole document ({@code /AFRelationship /Source} in the catalog's {@code /AF} array)
 * that is also listed in the {@code EmbeddedFiles} name tree, so that viewers show it as an
 * attachment and {@link SourceExtractor} finds it again.
 *
 * <p>The JSON is what {@link JsonMinutesExporter} writes with the same options: without the
 * participant list when the options leave it out of the page, so the data inside never says more
 * than the page. Its dates are the document's, never the clock. Immutable.
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.2.0
 */
final class SourceAttachment {

  /** The attachment's file name. */
  static final String FILE_NAME = "minutes.json";

  /** The attachment's media type. */
  static final String MEDIA_TYPE = "application/json";

  /** The relationship of the attachment to the document. */
  static final String RELATIONSHIP = "Source";

  private static final String DESCRIPTION =
      "The minutes as data (minutes4j/1 JSON), from which this document was printed";

  private static final JsonMinutesExporter JSON = new JsonMinutesExporter();

  private final byte[] json;

  private SourceAttachment(byte[] json) {
    this.json = json;
  }

  /**
   * The attachment of minutes.
   *
   * @param minutes valid minutes
   * @param options the options the page is printed with
   * @return the attachment
   * @throws IOException if the JSON exporter fails
   */
  static SourceAttachment of(Minutes minutes, ExportOptions options) throws IOException {
    ByteArrayOutputStream json = new ByteArrayOutputStream(16 * 1024);
    JSON.export(minutes, options, json);
    return new SourceAttachment(json.toByteArray());
  }

  /** The JSON, for the file identifier. */
  byte[] json() {
    return json.clone();
  }

  /**
   * Attaches the JSON to a document: a compressed embedded file stream with its media type, size
   * and dates, a file specification with {@code /F}, {@code /UF}, {@code /Desc} and {@code
   * /AFRelationship}, added to the catalog's {@code /AF} array and to the {@code EmbeddedFiles}
   * name tree of the catalog's existing name dictionary.
   *
   * @param document the document, which must be written as PDF/A-3
   * @param date the creation and modification date of the attachment
   * @throws IOException if PDFBox cannot compress the JSON
   */
  void attachTo(PDDocument document, Calendar date) throws IOException {
    PDEmbeddedFile file =
        new PDEmbeddedFile(document, new ByteArrayInputStream(json), COSName.FLATE_DECODE);
    file.setSubtype(MEDIA_TYPE);
    file.setSize(json.length);
    file.setCreationDate(date);
    file.setModDate(date);

    PDComplexFileSpecification specification = new PDComplexFileSpecification();
    specification.setFile(FILE_NAME);
    specification.setFileUnicode(FILE_NAME); // PDF/UA-1 7.11 wants /UF as well as /F
    specification.setFileDescription(DESCRIPTION);
    specification.setEmbeddedFile(file);
    specification.setEmbeddedFileUnicode(file);
    specification.getCOSObject().setName(COSName.AF_RELATIONSHIP, RELATIONSHIP);

    PDDocumentCatalog catalog = document.getDocumentCatalog();
    COSArray associated = catalog.getCOSObject().getCOSArray(COSName.AF);
    if (associated == null) {
      associated = new COSArray();
      catalog.getCOSObject().setItem(COSName.AF, associated);
    }
    associated.add(specification);

    PDDocumentNameDictionary names = catalog.getNames();
    if (names == null) {
      names = new PDDocumentNameDictionary(catalog);
      catalog.setNames(names);
    }
    PDEmbeddedFilesNameTreeNode files = names.getEmbeddedFiles();
    if (files == null) {
      files = new PDEmbeddedFilesNameTreeNode();
      names.setEmbeddedFiles(files);
    }
    if (files.getKids() != null && !files.getKids().isEmpty()) {
      // openhtmltopdf writes no attachments; a tree of several levels would need a new leaf.
      throw new IllegalStateException("the PDF engine wrote a name tree of embedded files");
    }
    Map<String, PDComplexFileSpecification> entries = new HashMap<>();
    if (files.getNames() != null) {
      entries.putAll(files.getNames());
    }
    entries.put(FILE_NAME, specification);
    files.setNames(entries);
  }

  /** Whether a dictionary is this kind of attachment's file specification. */
  static boolean isSource(COSDictionary specification) {
    return RELATIONSHIP.equals(specification.getNameAsString(COSName.AF_RELATIONSHIP))
        && FILE_NAME.equals(
            specification.getString(COSName.UF, specification.getString(COSName.F)));
  }
}
