package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import io.github.minutes4j.testfixtures.Vera;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signing through a host's {@link PdfSigner}: the tests make a throwaway key and certificate and
 * sign as a host's key service would (Bouncy Castle builds the CMS, in test scope only), then
 * check the PDF side with PDFBox and the signature with Bouncy Castle, and the file with veraPDF.
 */
class SigningTest {

  static final Instant SIGNED_AT = Instant.parse("2022-06-12T09:30:00Z");

  private static KeyPair keys;
  private static X509Certificate certificate;

  @BeforeAll
  static void throwawayKeyAndCertificate() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
    X500Name name = new X500Name("CN=Test Secretary, O=minutes4j tests");
    ContentSigner selfSigner = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
    X509CertificateHolder holder =
        new JcaX509v3CertificateBuilder(
                name,
                BigInteger.ONE,
                Date.from(Instant.parse("2020-01-01T00:00:00Z")),
                Date.from(Instant.parse("2040-01-01T00:00:00Z")),
                name,
                keys.getPublic())
            .build(selfSigner);
    certificate = new JcaX509CertificateConverter().getCertificate(holder);
  }

  /**
   * A CAdES detached signature as PAdES baseline B wants it: signing-certificate-v2, no
   * signing-time.
   */
  static PdfSigner signer() {
    return content -> {
      try {
        byte[] data = content.readAllBytes();
        byte[] certificateHash =
            MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        AttributeTable attributes =
            new AttributeTable(
                new Attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2(certificateHash)))));
        DefaultSignedAttributeTableGenerator standard =
            new DefaultSignedAttributeTableGenerator(attributes);
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(
            new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(
                    parameters ->
                        standard.getAttributes(parameters).remove(CMSAttributes.signingTime))
                .build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()),
                    certificate));
        generator.addCertificates(new JcaCertStore(List.of(certificate)));
        return generator.generate(new CMSProcessableByteArray(data), false).getEncoded();
      } catch (IOException e) {
        throw e;
      } catch (Exception e) {
        throw new IOException(e);
      }
    };
  }

  static PdfMinutesExporter signing(boolean embedSource) {
    return PdfMinutesExporter.builder()
        .embedSource(embedSource)
        .signWith(signer(), Clock.fixed(SIGNED_AT, ZoneOffset.UTC))
        .build();
  }

  @Test
  void theSignedArchiveCopyIsPadesBaselineBAndVerifies() throws Exception {
    Minutes minutes = ReferenceMinutes.june2022();
    byte[] pdf =
        Pdfs.write("minutes-2022-06-02-signed-archive", Pdfs.render(signing(true), minutes, ExportOptions.defaults()));
    byte[] unsigned = Pdfs.render(ArchiveCopyTest.ARCHIVE, minutes, ExportOptions.defaults());
    assertArrayEquals(unsigned, Arrays.copyOf(pdf, unsigned.length), "an incremental update");

    try (PDDocument document = Pdfs.load(pdf)) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      assertEquals(1, signatures.size());
      PDSignature signature = signatures.get(0);
      assertEquals("Adobe.PPKLite", signature.getFilter());
      assertEquals("ETSI.CAdES.detached", signature.getSubFilter());
      assertEquals(SIGNED_AT, signature.getSignDate().toInstant(), "/M from the clock");

      int[] range = signature.getByteRange();
      assertEquals(4, range.length);
      assertEquals(0, range[0]);
      assertEquals(pdf.length, range[2] + range[3], "the range ends with the file");
      assertEquals('<', pdf[range[1]], "the gap is exactly the /Contents string");
      assertEquals('>', pdf[range[2] - 1]);

      byte[] content = signature.getSignedContent(pdf);
      byte[] cms = signature.getContents(pdf);
      assertTrue(verifies(content, cms), "the CMS verifies against the byte range's content");
      content[content.length / 2] ^= 1;
      assertFalse(verifies(content, cms), "and not against other content");

      SignerInformation signer = signerOf(cms, signature.getSignedContent(pdf));
      assertTrue(
          signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)
              != null);
      assertNull(signer.getSignedAttributes().get(CMSAttributes.signingTime));
    }

    for (Vera.Verdict verdict : Vera.validate(pdf, Vera.ARCHIVE_FLAVOURS)) {
      assertTrue(verdict.compliant(), "signed archive copy: " + verdict);
    }
    assertEquals(minutes, new PdfMinutesReader().read(new ByteArrayInputStream(pdf)));
  }

  @Test
  void theSignedPlainPdfStaysPdfA2uAndPdfUa1() throws Exception {
    byte[] pdf =
        Pdfs.write(
            "minutes-2021-12-09-signed",
            Pdfs.render(signing(false), ReferenceMinutes.december2021(), ExportOptions.defaults()));
    for (Vera.Verdict verdict : Vera.validate(pdf)) {
      assertTrue(verdict.compliant(), "signed plain PDF: " + verdict);
    }
  }

  @Test
  void aFixedClockAndADeterministicSignatureGiveTheSameBytes() {
    PdfMinutesExporter exporter = signing(true);
    Minutes minutes = ReferenceMinutes.december2021();
    assertArrayEquals(
        Pdfs.render(exporter, minutes, ExportOptions.defaults()),
        Pdfs.render(exporter, minutes, ExportOptions.defaults()));
  }

  @Test
  void theSignerIsCalledOnceWithTheWholeFileButTheSignature() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    PdfSigner recording =
        content -> {
          calls.incrementAndGet();
          byte[] data = content.readAllBytes();
          seen.write(data);
          return signer().sign(new ByteArrayInputStream(data));
        };
    PdfMinutesExporter exporter =
        PdfMinutesExporter.builder().signWith(recording, Clock.systemUTC()).build();
    byte[] pdf = Pdfs.render(exporter, ReferenceMinutes.june2022(), ExportOptions.defaults());
    assertEquals(1, calls.get());
    try (PDDocument document = Pdfs.load(pdf)) {
      PDSignature signature = document.getSignatureDictionaries().get(0);
      assertArrayEquals(signature.getSignedContent(pdf), seen.toByteArray());
      assertEquals(pdf.length - 2 * 16_384 - 2, seen.size(), "all but <...> of 16 KiB");
    }
  }

  @Test
  void aSignerThatFailsOrOverrunsItsRoomFailsTheExportAndWritesNothing() {
    PdfSigner tooLong = returning(new byte[200], 100);
    PdfSigner empty = content -> new byte[0];
    PdfSigner broken =
        content -> {
          throw new IOException("the HSM is offline");
        };
    for (PdfSigner signer : List.of(tooLong, empty, broken)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      IOException e =
          assertThrows(
              IOException.class,
              () ->
                  PdfMinutesExporter.builder()
                      .signWith(signer, Clock.systemUTC())
                      .build()
                      .export(ReferenceMinutes.june2022(), ExportOptions.defaults(), out));
      assertEquals(0, out.size(), "nothing written: " + e.getMessage());
    }
    PdfSigner noRoom = returning(new byte[1], 0);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PdfMinutesExporter.builder().signWith(noRoom, Clock.systemUTC()));
    assertTrue(e.getMessage().contains("maxSignatureLength"), e.getMessage());
  }

  /** A signer that returns the same bytes every time and asks for some room. */
  private static PdfSigner returning(byte[] signature, int room) {
    return new PdfSigner() {
      @Override
      public byte[] sign(java.io.InputStream content) {
        return signature.clone();
      }

      @Override
      public int maxSignatureLength() {
        return room;
      }
    };
  }

  private static boolean verifies(byte[] content, byte[] cms) throws Exception {
    try {
      return signerOf(cms, content)
          .verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
    } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
      return false;
    }
  }

  private static SignerInformation signerOf(byte[] cms, byte[] content) throws Exception {
    CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(content), cms);
    return data.getSignerInfos().getSigners().iterator().next();
  }
}
