package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.api.Test;

/**
 * The output intent written after the pages is the one openhtmltopdf writes while it draws them
 * when given the sRGB profile: added at the same point, the saved files are the same, byte for
 * byte.
 */
class SrgbIntentTest {

  @Test
  void writesTheIntentTheEngineWritesWithTheProfile() throws IOException {
    byte[] engine;
    try (PDDocument document = new PDDocument()) {
      catalogAsDrawn(document);
      // As openhtmltopdf's addColorProfileOutputIntent.
      PDOutputIntent intent =
          new PDOutputIntent(
              document,
              new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
      intent.setInfo("sRGB IEC61966-2.1");
      intent.setOutputCondition("sRGB IEC61966-2.1");
      intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
      intent.setRegistryName("http://www.color.org");
      document.getDocumentCatalog().addOutputIntent(intent);
      engine = saved(document);
    }
    byte[] ours;
    try (PDDocument document = new PDDocument()) {
      catalogAsDrawn(document);
      SrgbIntent.addTo(document);
      ours = saved(document);
    }
    assertArrayEquals(engine, ours);
  }

  @Test
  void addsTheIntentToAnyCatalog() throws IOException {
    try (PDDocument document = new PDDocument()) {
      SrgbIntent.addTo(document);
      PDOutputIntent intent = document.getDocumentCatalog().getOutputIntents().get(0);
      assertEquals(1, document.getDocumentCatalog().getOutputIntents().size());
      assertEquals("sRGB IEC61966-2.1", intent.getOutputConditionIdentifier());
    }
  }

  /** A catalog as the drawn document has it: a page, the structure tree, the bookmarks. */
  private static void catalogAsDrawn(PDDocument document) {
    document.addPage(new PDPage());
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
