package io.github.minutes4j.pdf.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 * document gets the same output intent: the same dictionary, keys in the same order, and the
 * profile stream's bytes as PDFBox compressed them once for this class (through the same {@link
 * PDOutputIntent} constructor the engine calls). It is added to the catalog's output intents
 * like any other; the catalog's other entries stay where they are.
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

  /** The JDK's sRGB profile, compressed as PDFBox compresses a profile stream. */
  private static final byte[] COMPRESSED = compress(ICC_Profile.getInstance(ColorSpace.CS_sRGB));

  /** The profile's number of colour components, its {@code /N}. */
  private static final int COMPONENTS =
      ICC_Profile.getInstance(ColorSpace.CS_sRGB).getNumComponents();

  private SrgbIntent() {}

  /**
   * Adds the output intent to a document whose pages the engine has drawn.
   *
   * @param document the document
   * @throws IOException if PDFBox cannot write the profile stream
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

    document.getDocumentCatalog().addOutputIntent(intent);
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
