package io.github.minutes4j.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutes4j.core.Minutes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The wire format does not change: every document of the {@link FixtureCorpus}, written by the
 * first writer, reads back, and the writer of today writes exactly the same bytes for it.
 */
class FixtureCorpusTest {

  static final List<String> FILES = FixtureCorpus.FILES;

  @ParameterizedTest(name = "{0}")
  @FieldSource("FILES")
  void everyDocumentReadsBackAndIsWrittenAgainByteForByte(String file) {
    List<byte[]> documents = FixtureCorpus.documents(file);
    for (int i = 0; i < documents.size(); i++) {
      byte[] fixture = documents.get(i);
      String where = file + ", document " + i;
      Minutes minutes = Json.read(fixture);
      byte[] written = Json.bytes(minutes);
      assertArrayEquals(fixture, written, () -> where + " differs from byte "
          + Arrays.mismatch(fixture, written) + "; written:\n"
          + new String(written, StandardCharsets.UTF_8));
    }
  }

  @Test
  void theCorpusHoldsBothReferenceDocumentsTheFullOneAndTheGeneratedOnes() {
    int generated = 0;
    for (String file : FILES) {
      int count = FixtureCorpus.documents(file).size();
      if (file.startsWith("generated-")) {
        generated += count;
      } else {
        assertEquals(1, count, file);
      }
    }
    assertEquals(FixtureCorpus.GENERATED, generated);
  }
}
