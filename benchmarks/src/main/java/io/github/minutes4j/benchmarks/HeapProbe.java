package io.github.minutes4j.benchmarks;

import com.sun.management.ThreadMXBean;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.pdf.PdfMinutesExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the memory of PDF exports of large documents, which JMH's {@code -prof gc} (allocation
 * rate) does not show: the live heap.
 *
 * <p>After one render of a small document (classes, fonts), for each size ({@code participants}
 * rows and one agenda item per 20 of them) one render, during which another thread forces a full
 * collection ({@code System.gc()}) every 200 ms, or four times as long as the last one took if
 * that is longer, and records the heap in use after it: the peak of those samples is the peak
 * live heap (a lower bound: the true peak may fall between two samples). The render thread's
 * allocation is counted with {@code ThreadMXBean.getCurrentThreadAllocatedBytes}. The heap in use after a full collection before
 * the render (the document, fonts, caches) and after it (holding the PDF) is reported too, so the
 * render's own share shows. The collections slow the render down: JMH measures its time.
 *
 * <pre>
 * java -Xmx2g -cp benchmarks.jar io.github.minutes4j.benchmarks.HeapProbe heap.json 1000 5000 10000
 * java -Xmx256m -cp benchmarks.jar io.github.minutes4j.benchmarks.HeapProbe --fit fit.json 10000
 * </pre>
 *
 * The second form renders once under the JVM's {@code -Xmx} and records whether it fits.
 */
public final class HeapProbe {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final ThreadMXBean THREADS =
      (ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final PdfMinutesExporter EXPORTER = new PdfMinutesExporter();

  private HeapProbe() {}

  /**
   * Runs the probe.
   *
   * @param args {@code [--fit] OUTPUT.json PARTICIPANTS...}
   * @throws Exception if a render or writing the results fails
   */
  public static void main(String[] args) throws Exception {
    boolean fit = args.length > 0 && args[0].equals("--fit");
    int first = fit ? 1 : 0;
    if (args.length < first + 2) {
      System.err.println("usage: HeapProbe [--fit] OUTPUT.json PARTICIPANTS...");
      System.exit(2);
    }
    Path output = Path.of(args[first]);
    if (!fit) {
      // Loads the classes and parses the fonts, so the sizes measure rendering only.
      render(Documents.byName(Documents.JUNE_2022));
    }
    List<Map<String, Object>> results = new ArrayList<>();
    for (int i = first + 1; i < args.length; i++) {
      int participants = Integer.parseInt(args[i]);
      results.add(fit ? fit(participants) : probe(participants));
    }
    JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build()
        .writeValue(output.toFile(), results);
  }

  private static Map<String, Object> probe(int participants) throws Exception {
    Minutes minutes = LargeMinutes.generate(participants / 20, participants);
    long before = liveHeap();

    Sampler sampler = new Sampler();
    sampler.start();
    long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    byte[] pdf = render(minutes);
    double seconds = (System.nanoTime() - start) / 1e9;
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
    sampler.finish();
    long retained = liveHeap();
    int pages;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      pages = document.getNumberOfPages();
    }

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("participants", participants);
    result.put("agendaItems", minutes.agenda().size());
    result.put("pages", pages);
    result.put("pdfBytes", pdf.length);
    result.put("renderSecondsWhileSampling", seconds);
    result.put("allocatedBytes", allocated);
    result.put("liveBeforeBytes", before);
    result.put("peakLiveBytes", Math.max(sampler.peak, retained));
    result.put("liveAfterBytes", retained);
    result.put("samples", sampler.samples);
    result.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    System.out.printf(
        "%,d participants, %d pages: allocated %,d MB, live before %,d MB, peak live %,d MB"
            + " (%d samples in %.1f s), after %,d MB (holding the %,d KB PDF)%n",
        participants,
        pages,
        allocated >> 20,
        before >> 20,
        Math.max(sampler.peak, retained) >> 20,
        sampler.samples,
        seconds,
        retained >> 20,
        pdf.length >> 10);
    return result;
  }

  private static Map<String, Object> fit(int participants) throws IOException {
    Minutes minutes = LargeMinutes.generate(participants / 20, participants);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("participants", participants);
    result.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    long start = System.nanoTime();
    try {
      byte[] pdf = render(minutes);
      result.put("fits", true);
      result.put("pdfBytes", pdf.length);
    } catch (OutOfMemoryError e) {
      result.put("fits", false);
      result.put("error", String.valueOf(e.getMessage()));
    }
    result.put("renderSeconds", (System.nanoTime() - start) / 1e9);
    System.out.printf(
        "%,d participants under -Xmx%dm: %s in %.2f s (a first render, cold)%n",
        participants,
        Runtime.getRuntime().maxMemory() >> 20,
        (Boolean) result.get("fits") ? "fits" : "OUT OF MEMORY",
        result.get("renderSeconds"));
    return result;
  }

  private static byte[] render(Minutes minutes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    EXPORTER.export(minutes, ExportOptions.defaults(), out);
    return out.toByteArray();
  }

  private static long liveHeap() {
    System.gc();
    System.gc();
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  /** Forces full collections while a render runs and keeps the largest heap in use after one. */
  private static final class Sampler extends Thread {
    private static final long MIN_INTERVAL_MILLIS = 200;
    private volatile boolean running = true;
    private long peak;
    private int samples;

    Sampler() {
      super("heap-sampler");
      setDaemon(true);
    }

    @Override
    public void run() {
      while (running) {
        long start = System.nanoTime();
        System.gc();
        long used = MEMORY.getHeapMemoryUsage().getUsed();
        long gcMillis = (System.nanoTime() - start) / 1_000_000;
        peak = Math.max(peak, used);
        samples++;
        try {
          // A full collection of a few hundred MB takes a good part of a second on a busy machine:
          // at least four times as long between them keeps the render's slowdown to about 20%.
          Thread.sleep(Math.max(MIN_INTERVAL_MILLIS, 4 * gcMillis));
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void finish() throws InterruptedException {
      running = false;
      join();
    }
  }
}
