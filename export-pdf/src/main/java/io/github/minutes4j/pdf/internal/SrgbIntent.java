package io.github.minutes4j.pdf.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * The sRGB output intent of PDF/A, written as openhtmltopdf writes it when given a colour profile
 * ({@code useColorProfile}), but from a profile stream compressed once.
 *
 * <p>Given the profile, the engine parses it on every render ({@code ICC_Profile.getInstance},
 * through the JDK's native colour management) and compresses its 3 KB again: about 1 % of an
 * export's CPU time. Here the engine is given no profile, and after the pages are drawn the
 * document gets the same output intent: the same dictionary, keys in the same order, the profile
 * stream's bytes as PDFBox compressed them once for this class (through the same {@link
 * PDOutputIntent} constructor the engine calls), and in the catalog the same place, right after
 * the entries of PDF/UA ({@link UaCatalog}). So the file is the same, byte for byte.
 *
 * <p>Stateless; the compressed profile is never handed out. Internal to the module; no
 * compatibility promise.
 *
 * @since 0.3.0
 */
final class SrgbIntent {

  /** What the engine writes into the output intent, as its {@code addColorProfileOutputIntent}. */
  private static final String NAME = "sRGB IEC61966-2.1";

  private static final String REGISTRY = "http://www.color.org";

  /** The catalog entry of PDF/UA written just before the output intent ({@link UaCatalog}). */
  private static final COSName BEFORE = COSName.VIEWER_PREFERENCES;

  /** The JDK's sRGB profile, compressed as PDFBox compresses a profile stream. */
  private static final byte[] COMPRESSED = compress(ICC_Profile.getInstance(ColorSpace.CS_sRGB));

  /** The profile's number of colour components, its {@code /N}. */
  private static final int COMPONENTS =
      ICC_Profile.getInstance(ColorSpace.CS_sRGB).getNumComponents();

  private SrgbIntent() {}

  /**
   * Adds the output intent to a document whose pages the engine has drawn.
   *
   * @param document the document, with the catalog entries of PDF/UA
   * @throws IOException if PDFBox cannot write the profile stream
   * @throws IllegalStateException if the catalog lacks the entry the intent follows
   */
  static void addTo(PDDocument document) throws IOException {
    COSStream profile = document.getDocument().createCOSStream();
    profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    try (OutputStream raw = profile.createRawOutputStream()) {
      raw.write(COMPRESSED);
    }
    profile.setInt(COSName.N, COMPONENTS);

    COSDictionary dictionary = new COSDictionary();
    dictionary.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
    dictionary.setItem(COSName.S, COSName.GTS_PDFA1);
    dictionary.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
    PDOutputIntent intent = new PDOutputIntent(dictionary);
    intent.setInfo(NAME);
    intent.setOutputCondition(NAME);
    intent.setOutputConditionIdentifier(NAME);
    intent.setRegistryName(REGISTRY);

    // In the catalog, after the engine's entries up to BEFORE, ahead of those written since.
    COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
    if (!catalog.containsKey(BEFORE)) {
      throw new IllegalStateException("the catalog has no /" + BEFORE.getName() + " entry yet");
    }
    List<Map.Entry<COSName, COSBase>> later = new ArrayList<>();
    boolean after = false;
    for (Map.Entry<COSName, COSBase> entry : catalog.entrySet()) {
      if (after) {
        later.add(Map.entry(entry.getKey(), entry.getValue()));
      }
      after |= entry.getKey().equals(BEFORE);
    }
    for (Map.Entry<COSName, COSBase> entry : later) {
      catalog.removeItem(entry.getKey());
    }
    document.getDocumentCatalog().addOutputIntent(intent);
    for (Map.Entry<COSName, COSBase> entry : later) {
      catalog.setItem(entry.getKey(), entry.getValue());
    }
  }

  /** The profile stream's data as PDFBox writes it for {@code new PDOutputIntent(doc, profile)}. */
  private static byte[] compress(ICC_Profile profile) {
    try (PDDocument scratch = new PDDocument()) {
      PDOutputIntent intent =
          new PDOutputIntent(scratch, new ByteArrayInputStream(profile.getData()));
      COSStream stream = intent.getDestOutputIntent();
      try (var in = stream.createRawInputStream()) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("PDFBox cannot compress the JDK's sRGB profile", e);
    }
  }
}
