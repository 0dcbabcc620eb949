package io.github.minutes4j.pdf.internal;

import io.github.minutes4j.pdf.PdfSigner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * Signs a finished PDF through a host's {@link PdfSigner}: an invisible signature field and a
 * PAdES baseline B signature dictionary ({@code /SubFilter /ETSI.CAdES.detached}, {@code /M}
 * from the clock) added as an incremental update, so that the signed bytes are the finished PDF
 * followed by the update. The signer is called once, with PDFBox's external signing. Immutable
 * and thread-safe if the signer is.
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.2.0
 */
public final class Signing {

  /** The most room a signer may ask for: 1 MiB, 2 MiB of hexadecimal digits in the file. */
  static final int MAX_LENGTH = 1 << 20;

  private final PdfSigner signer;
  private final Clock clock;

  /**
   * Creates the signing step.
   *
   * @param signer makes the CMS signature
   * @param clock gives the signing time
   */
  public Signing(PdfSigner signer, Clock clock) {
    this.signer = Objects.requireNonNull(signer, "signer");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Checks the room the signer asks for.
   *
   * @return the room, in bytes
   * @throws IllegalArgumentException if it is out of range
   */
  public int room() {
    int room = signer.maxSignatureLength();
    if (room < 1 || room > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "The signer's maxSignatureLength() is "
              + room
              + "; return 1 to "
              + MAX_LENGTH
              + " bytes, such as the default 16384");
    }
    return room;
  }

  /**
   * Signs a PDF.
   *
   * @param pdf the finished PDF
   * @return the PDF with the signature appended as an incremental update
   * @throws IOException if the signer fails or returns no or too long a signature, or PDFBox fails
   */
  public byte[] sign(byte[] pdf) throws IOException {
    int room = room();
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS); // PDF dates have no fraction
    try (PDDocument document = Loader.loadPDF(pdf);
        SignatureOptions options = new SignatureOptions()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setSignDate(GregorianCalendar.from(now.atZone(ZoneOffset.UTC)));
      options.setPreferredSignatureSize(room);
      document.addSignature(signature, options);
      // PDFBox makes the second file identifier of an update from this value (else the clock).
      document.setDocumentId(now.toEpochMilli());
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * room + 4096);
      ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
      byte[] cms = signer.sign(external.getContent());
      if (cms == null || cms.length == 0) {
        throw new IOException("The PdfSigner returned no signature; return the DER-encoded CMS");
      }
      if (cms.length > room) {
        throw new IOException(
            "The PdfSigner returned a signature of "
                + cms.length
                + " bytes, more than the "
                + room
                + " it reserved; return more from its maxSignatureLength()");
      }
      external.setSignature(cms);
      return out.toByteArray();
    } catch (RuntimeException e) {
      throw new IOException("Signing the PDF failed: " + e, e);
    }
  }
}
