package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.junit.jupiter.api.Test;

/**
 * The output intent written after the pages is the one openhtmltopdf writes while it draws them
 * when given the sRGB profile: the saved files are the same, byte for byte.
 */
class SrgbIntentTest {

  @Test
  void writesTheFileTheEngineWritesWithTheProfile() throws IOException {
    byte[] engine;
    try (PDDocument document = new PDDocument()) {
      catalogUpToViewerPreferences(document);
      // As openhtmltopdf's addColorProfileOutputIntent, right after its PDF/UA entries.
      PDOutputIntent intent =
          new PDOutputIntent(
              document,
              new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
      intent.setInfo("sRGB IEC61966-2.1");
      intent.setOutputCondition("sRGB IEC61966-2.1");
      intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
      intent.setRegistryName("http://www.color.org");
      document.getDocumentCatalog().addOutputIntent(intent);
      entriesWrittenLater(document);
      engine = saved(document);
    }
    byte[] ours;
    try (PDDocument document = new PDDocument()) {
      catalogUpToViewerPreferences(document);
      entriesWrittenLater(document);
      SrgbIntent.addTo(document);
      ours = saved(document);
    }
    assertArrayEquals(engine, ours);
  }

  @Test
  void putsTheIntentRightAfterTheViewerPreferences() throws IOException {
    try (PDDocument document = new PDDocument()) {
      catalogUpToViewerPreferences(document);
      entriesWrittenLater(document);
      SrgbIntent.addTo(document);
      COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
      List<COSName> keys = List.copyOf(catalog.keySet());
      int preferences = keys.indexOf(COSName.VIEWER_PREFERENCES);
      assertEquals(COSName.OUTPUT_INTENTS, keys.get(preferences + 1));
      assertEquals(
          List.of(COSName.STRUCT_TREE_ROOT, COSName.OUTLINES),
          keys.subList(preferences + 2, keys.size()));
      assertEquals(1, document.getDocumentCatalog().getOutputIntents().size());
    }
  }

  @Test
  void refusesACatalogWithoutTheEnginesEntries() throws IOException {
    try (PDDocument document = new PDDocument()) {
      assertThrows(IllegalStateException.class, () -> SrgbIntent.addTo(document));
    }
  }

  /** The catalog as the engine's PDF/UA step leaves it before the output intent. */
  private static void catalogUpToViewerPreferences(PDDocument document) {
    document.addPage(new PDPage());
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    catalog.setLanguage("sv");
    catalog.setViewerPreferences(new PDViewerPreferences(new COSDictionary()));
    catalog.getViewerPreferences().setDisplayDocTitle(true);
  }

  /** Entries the engine writes after the output intent: the structure tree, the bookmarks. */
  private static void entriesWrittenLater(PDDocument document) {
    COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
    COSDictionary tree = new COSDictionary();
    tree.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
    catalog.setItem(COSName.STRUCT_TREE_ROOT, tree);
    COSDictionary outlines = new COSDictionary();
    outlines.setItem(COSName.TYPE, COSName.OUTLINES);
    catalog.setItem(COSName.OUTLINES, outlines);
  }

  private static byte[] saved(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // A fixed identifier: PDFBox would otherwise make one from the clock.
    COSArray id = new COSArray();
    id.add(new COSString(new byte[16]));
    id.add(new COSString(new byte[16]));
    document.getDocument().setDocumentID(id);
    document.save(out);
    return out.toByteArray();
  }
}
