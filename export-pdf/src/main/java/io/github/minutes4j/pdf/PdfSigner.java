package io.github.minutes4j.pdf;

import java.io.IOException;
import java.io.InputStream;

/**
 * Signs a finished PDF for a {@link PdfMinutesExporter} made with {@link
 * PdfMinutesExporter.Builder#signWith(PdfSigner, java.time.Clock)}: the host's own key service (a
 * key store, an HSM, an e-ID service) makes the signature, and minutes4j never sees a key.
 *
 * <p>The exporter adds an invisible signature field to the finished PDF as an incremental update
 * (PAdES baseline B: {@code /Filter /Adobe.PPKLite}, {@code /SubFilter /ETSI.CAdES.detached}, the
 * signing time in {@code /M}), calls {@link #sign} once with the bytes that the signature covers
 * (the whole file but the space reserved for the signature), and writes the returned signature
 * into that space. The file stays PDF/A and PDF/UA compliant.
 *
 * <p>What {@link #sign} must return for a PAdES baseline B signature (ETSI EN 319 142-1): the DER
 * encoding of a CMS {@code SignedData} (RFC 5652) with detached content over exactly the bytes
 * read from the stream, one signer, the signer's certificate, and the signed attributes {@code
 * content-type}, {@code message-digest} and {@code signing-certificate-v2}, and without a {@code
 * signing-time} attribute (the time is the PDF's {@code /M}). With Bouncy Castle that is a {@code
 * CMSSignedDataGenerator} over a {@code CMSProcessableByteArray} of the content, {@code
 * generate(data, false)}.
 *
 * <p>Implementations are called from the exporter's thread; an exporter used by several threads
 * calls its signer from each of them.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface PdfSigner {

  /**
   * Signs the content of a PDF.
   *
   * @param content the bytes to sign, the PDF without its signature's value; read it to its end;
   *     closing it is not needed; never null
   * @return the DER-encoded CMS signature, at most {@link #maxSignatureLength()} bytes; never null
   *     or empty
   * @throws IOException if signing fails; the export fails with it and writes nothing
   */
  byte[] sign(InputStream content) throws IOException;

  /**
   * The most bytes {@link #sign} returns, for which the PDF reserves room before it is signed
   * (twice as many hexadecimal digits in the file). Signatures with long certificate chains or
   * time stamps need more than the default.
   *
   * @return the length in bytes, 1 to 1,048,576; 16,384 unless overridden
   */
  default int maxSignatureLength() {
    return 16_384;
  }
}
