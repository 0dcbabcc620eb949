package io.github.minutes4j.benchmarks;

import io.github.minutes4j.pdf.PdfMinutesExporter;
import io.github.minutes4j.pdf.PdfSigner;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the archive copy and signing cost, as ratios against the plain PDF in the same run: the
 * plain PDF/A-2u export ({@link #plain}), the PDF/A-3u archive copy with the minutes' JSON inside
 * ({@link #archive}), and that copy signed ({@link #signedArchive}).
 *
 * <p>The signer is a throwaway in-memory RSA-2048 key that signs the content with the JDK
 * ({@code SHA256withRSA}), as a key service would; it returns the bare signature, not the CMS
 * envelope around it (certificate and attributes, about 2 KB built in microseconds), so that the
 * benchmarks need no cryptography library. The row measures the PDF side of signing: loading the
 * finished file, the signature field, the incremental save, hashing the content, and one RSA
 * signature.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ArchivePdfBenchmark -f 1 -wi 8 -i 4 -w 1s -r 1s \
 *     -prof io.github.minutes4j.benchmarks.CpuTimeProfiler
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ArchivePdfBenchmark extends ReferencePdf {

  private PdfMinutesExporter archive;
  private PdfMinutesExporter signedArchive;

  /**
   * Builds the document, the exporters and the throwaway key.
   *
   * @throws GeneralSecurityException if the JDK has no RSA
   */
  @Setup
  public void setUp() throws GeneralSecurityException {
    loadDocument();
    archive = PdfMinutesExporter.builder().embedSource(true).build();
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    signedArchive =
        PdfMinutesExporter.builder()
            .embedSource(true)
            .signWith(new RsaSigner(keys.getPrivate()), Clock.systemUTC())
            .build();
  }

  /**
   * The plain PDF (PDF/UA-1 and PDF/A-2u): the baseline of this class.
   *
   * @param sink where the output goes, one per thread
   * @return what was written
   * @throws IOException if the export fails
   */
  @Benchmark
  public long plain(Sink sink) throws IOException {
    return sink.export(plain, minutes, options);
  }

  /**
   * The archive copy (PDF/UA-1 and PDF/A-3u with minutes.json inside).
   *
   * @param sink where the output goes, one per thread
   * @return what was written
   * @throws IOException if the export fails
   */
  @Benchmark
  public long archive(Sink sink) throws IOException {
    return sink.export(archive, minutes, options);
  }

  /**
   * The archive copy, signed.
   *
   * @param sink where the output goes, one per thread
   * @return what was written
   * @throws IOException if the export fails
   */
  @Benchmark
  public long signedArchive(Sink sink) throws IOException {
    return sink.export(signedArchive, minutes, options);
  }

  /** Signs with an in-memory key through the JDK; a new {@link Signature} per call. */
  private static final class RsaSigner implements PdfSigner {

    private final PrivateKey key;

    RsaSigner(PrivateKey key) {
      this.key = key;
    }

    @Override
    public byte[] sign(InputStream content) throws IOException {
      try {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = content.read(buffer)) > 0) {
          signature.update(buffer, 0, n);
        }
        return signature.sign();
      } catch (GeneralSecurityException e) {
        throw new IOException(e);
      }
    }
  }
}
