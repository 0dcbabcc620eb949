package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Same input, same bytes: in one thread and in many, with one exporter instance shared by all
 * threads, and with another instance made by the builder.
 */
class DeterminismTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 3;

  @Test
  void twoRendersInOneJvmAreIdentical() {
    byte[] first = Pdfs.render(ReferenceMinutes.june2022());
    byte[] second = Pdfs.render(ReferenceMinutes.june2022());
    assertArrayEquals(first, second);
    byte[] fromAnotherInstance =
        Pdfs.render(
            PdfMinutesExporter.builder().build(),
            ReferenceMinutes.june2022(),
            ExportOptions.defaults());
    assertArrayEquals(first, fromAnotherInstance, "a builder-made exporter with the same fonts");
  }

  @Test
  void differentMinutesGiveDifferentFileIdentifiers() throws Exception {
    byte[] june = Pdfs.render(ReferenceMinutes.june2022());
    byte[] december = Pdfs.render(ReferenceMinutes.december2021());
    try (var a = Pdfs.load(june);
        var b = Pdfs.load(december)) {
      String idA = a.getDocument().getDocumentID().toString();
      String idB = b.getDocument().getDocumentID().toString();
      assertFalse(idA.equals(idB), "both have the identifier " + idA);
    }
  }

  @Test
  void eightThreadsRenderTheSameBytesAsOne() throws Exception {
    List<ReferenceMinutes.ReferenceDocument> documents = ReferenceMinutes.all();
    List<byte[]> expected = new ArrayList<>();
    for (ReferenceMinutes.ReferenceDocument document : documents) {
      expected.add(Pdfs.render(document.minutes()));
    }

    PdfMinutesExporter shared = new PdfMinutesExporter();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<byte[]>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  List<byte[]> rendered = new ArrayList<>();
                  for (int round = 0; round < ROUNDS; round++) {
                    for (int d = 0; d < documents.size(); d++) {
                      // Threads take the documents in different orders.
                      int index = (d + offset) % documents.size();
                      rendered.add(
                          Pdfs.render(
                              shared, documents.get(index).minutes(), ExportOptions.defaults()));
                    }
                  }
                  return rendered;
                }));
      }
      for (int t = 0; t < THREADS; t++) {
        List<byte[]> rendered = results.get(t).get();
        assertEquals(ROUNDS * documents.size(), rendered.size());
        for (int i = 0; i < rendered.size(); i++) {
          int index = (i % documents.size() + t) % documents.size();
          assertArrayEquals(
              expected.get(index),
              rendered.get(i),
              "thread " + t + ", render " + i + " (" + documents.get(index).name() + ") differs");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
