package io.github.minutes4j.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.PageSize;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Load: 8 threads share one instance of each exporter and the reader, and do 500 operations each,
 * all started at once: of every 40 operations, one is a PDF export, and of the rest, one in five
 * is a JSON read and the others JSON and HTML exports in turn, of 16 documents (5 for PDF) with
 * three sets of options. Every output is byte for byte what the same operation gave on one thread,
 * every read gives the document; and the heap after the run, after full collections, is back
 * near where it was before it. (export-pdf's own test renders the reference documents on 8
 * threads too; here PDF is one part of a mixed load.)
 */
class LoadTest {

  static final int THREADS = 8;
  static final int OPERATIONS = 500;

  /** The tolerance for the heap after the run, over its level before. */
  static final long HEAP_TOLERANCE = 32L << 20;

  /** What an operation does. */
  enum Kind {
    JSON,
    HTML,
    READ,
    PDF
  }

  static final List<ExportOptions> OPTIONS =
      List.of(
          ExportOptions.defaults(),
          ExportOptions.defaults().withLanguage(Language.ENGLISH).withParticipants(false),
          ExportOptions.defaults().withPageSize(PageSize.LETTER).withLanguage(Language.SWEDISH));

  static List<Minutes> documents() {
    List<Minutes> documents = new ArrayList<>();
    for (ReferenceMinutes.ReferenceDocument document : ReferenceMinutes.all()) {
      documents.add(document.minutes());
    }
    documents.add(Documents.everyField());
    documents.addAll(MinutesArbitraries.minutes().sampleStream().limit(13).collect(Collectors.toList()));
    return documents;
  }

  /** The documents for PDF: the reference documents, every field, and generated ones it prints. */
  static List<Minutes> pdfDocuments() {
    List<Minutes> documents = new ArrayList<>();
    for (ReferenceMinutes.ReferenceDocument document : ReferenceMinutes.all()) {
      documents.add(document.minutes());
    }
    documents.add(Documents.everyField());
    documents.addAll(
        new PdfPropertiesTest().printable().sampleStream().limit(2).collect(Collectors.toList()));
    return documents;
  }

  /**
   * The operation number {@code n} of thread {@code thread}: its kind, document (an index into
   * the PDF documents for a PDF) and options.
   */
  static int[] operation(int thread, int n, int documents, int pdfDocuments) {
    int k = thread * OPERATIONS + n;
    if (k % 40 == 0) {
      return new int[] {Kind.PDF.ordinal(), (k / 40 + thread) % pdfDocuments, (k / 40) % OPTIONS.size()};
    }
    Kind kind = k % 5 == 4 ? Kind.READ : (k % 2 == 0 ? Kind.JSON : Kind.HTML);
    return new int[] {kind.ordinal(), (k * 7 + thread) % documents, k % OPTIONS.size()};
  }

  static MinutesExporter exporter(Kind kind) {
    switch (kind) {
      case HTML:
        return Formats.HTML;
      case PDF:
        return PdfText.PDF;
      default:
        return Formats.JSON;
    }
  }

  @Test
  void eightThreadsGiveTheBytesOfOneAndLeaveTheHeapAsItWas() throws Exception {
    List<Minutes> documents = documents();
    List<Minutes> pdfDocuments = pdfDocuments();
    // What one thread gives, for every document, kind and options.
    byte[][][][] expected = new byte[Kind.values().length][documents.size()][OPTIONS.size()][];
    for (int o = 0; o < OPTIONS.size(); o++) {
      for (int d = 0; d < documents.size(); d++) {
        for (Kind kind : List.of(Kind.JSON, Kind.HTML)) {
          expected[kind.ordinal()][d][o] = Formats.export(exporter(kind), documents.get(d), OPTIONS.get(o));
        }
        expected[Kind.READ.ordinal()][d][o] = Formats.json(documents.get(d));
      }
      for (int d = 0; d < pdfDocuments.size(); d++) {
        expected[Kind.PDF.ordinal()][d][o] = Formats.export(PdfText.PDF, pdfDocuments.get(d), OPTIONS.get(o));
      }
    }
    long before = HeapWatch.usedAfterCollection();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<int[]>> results = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<int[]> work =
            () -> {
              start.await();
              int[] counts = new int[Kind.values().length];
              for (int n = 0; n < OPERATIONS; n++) {
                int[] op = operation(thread, n, documents.size(), pdfDocuments.size());
                Kind kind = Kind.values()[op[0]];
                Minutes minutes = (kind == Kind.PDF ? pdfDocuments : documents).get(op[1]);
                if (kind == Kind.READ) {
                  assertEquals(minutes, Formats.read(expected[kind.ordinal()][op[1]][op[2]]));
                } else {
                  byte[] bytes = Formats.export(exporter(kind), minutes, OPTIONS.get(op[2]));
                  assertArrayEquals(
                      expected[kind.ordinal()][op[1]][op[2]],
                      bytes,
                      kind + " of document " + op[1] + " with options " + op[2] + " on thread " + thread);
                }
                counts[kind.ordinal()]++;
              }
              return counts;
            };
        results.add(pool.submit(work));
      }
      start.countDown();
      int[] total = new int[Kind.values().length];
      for (Future<int[]> result : results) {
        int[] counts = result.get(10, TimeUnit.MINUTES);
        for (int i = 0; i < counts.length; i++) {
          total[i] += counts[i];
        }
      }
      assertEquals(THREADS * OPERATIONS, total[0] + total[1] + total[2] + total[3]);
      System.out.printf(
          "load: %d threads x %d operations: %d JSON exports, %d HTML exports, %d JSON reads of %d"
              + " documents, %d PDF exports of %d documents, all equal to one thread's%n",
          THREADS, OPERATIONS, total[0], total[1], total[2], documents.size(), total[3],
          pdfDocuments.size());
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
    }

    long after = HeapWatch.usedAfterCollection();
    System.out.printf("load: heap before %d MB, after %d MB%n", before >> 20, after >> 20);
    assertTrue(
        after - before < HEAP_TOLERANCE,
        "the heap grew from " + (before >> 20) + " MB to " + (after >> 20) + " MB");
  }
}
