package io.github.minutes4j.examples.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load test of a running service, on the loopback interface only; not a unit test (load-test.sh
 * starts the service and runs this with the JDK's source launcher: no dependencies).
 *
 * <p>First a bounded load run: {@code requests} mixed requests (PDF, HTML, JSON, invalid and
 * malformed minutes) from {@code clients} concurrent clients, stopping at the count or after
 * {@code maxSeconds}, whichever comes first; it reports throughput, p50/p99 latency, answers by
 * kind and status, unexpected answers, and the service's peak heap as Actuator reports it. Then a
 * fault run: clients that disconnect in the middle of a response and clients that upload slowly
 * and give up or stall, after which every kind of request must still be answered correctly.
 *
 * <p>Arguments: base URL (http://127.0.0.1:port), the minutes4j/1 JSON file, requests, clients,
 * max seconds. Exit status 0 when nothing unexpected happened.
 */
final class LoadRun {

  /** A kind of request, the statuses that are correct for it, and a check of a 200 body. */
  private enum Kind {
    PDF("application/pdf", Set.of(200, 503), "%PDF-"),
    HTML("text/html", Set.of(200), "<!DOCTYPE html"),
    JSON("application/json", Set.of(200), "{"),
    // Asks for a PDF, so it may meet the PDF render limit before its body is read.
    INVALID("application/pdf", Set.of(422, 503), null),
    MALFORMED("text/html", Set.of(400), null);

    final String accept;
    final Set<Integer> expected;
    final String prefix;

    Kind(String accept, Set<Integer> expected, String prefix) {
      this.accept = accept;
      this.expected = expected;
      this.prefix = prefix;
    }
  }

  /** The mix: 3 PDF, 3 HTML, 2 JSON, 1 invalid, 1 malformed in every 10 requests. */
  private static final Kind[] MIX = {
    Kind.PDF, Kind.HTML, Kind.JSON, Kind.PDF, Kind.HTML, Kind.INVALID,
    Kind.PDF, Kind.HTML, Kind.JSON, Kind.MALFORMED
  };

  private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.Ee+]+)");

  private final URI base;
  private final Map<Kind, byte[]> bodies = new TreeMap<>();
  private final HttpClient client;

  private LoadRun(URI base, String json) {
    this.base = base;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String invalid = json.replaceFirst("\"heading\" *: *\"[^\"]*\"", "\"heading\": \" \"");
    if (invalid.equals(json)) {
      throw new IllegalArgumentException("the JSON has no agenda heading to blank out");
    }
    String malformed = json.substring(0, json.length() / 2);
    for (Kind kind : Kind.values()) {
      String body = kind == Kind.INVALID ? invalid : kind == Kind.MALFORMED ? malformed : json;
      bodies.put(kind, body.getBytes(StandardCharsets.UTF_8));
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: LoadRun <base-url> <minutes.json> <requests> <clients> <max-seconds>");
      System.exit(2);
    }
    URI base = URI.create(args[0]);
    String host = base.getHost();
    if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("[::1]")) {
      throw new IllegalArgumentException("loopback only: " + host);
    }
    LoadRun run = new LoadRun(base, Files.readString(Path.of(args[1])));
    int requests = Integer.parseInt(args[2]);
    int clients = Integer.parseInt(args[3]);
    int maxSeconds = Integer.parseInt(args[4]);
    if (requests < 1 || requests > 100_000 || clients < 1 || clients > 256 || maxSeconds < 1) {
      throw new IllegalArgumentException("requests 1-100000, clients 1-256, max-seconds 1 or more");
    }
    boolean ok = run.load(requests, clients, maxSeconds);
    ok &= run.faults();
    System.out.println(ok ? "RESULT: OK" : "RESULT: UNEXPECTED ANSWERS (see above)");
    System.exit(ok ? 0 : 1);
  }

  private HttpRequest request(Kind kind) {
    return HttpRequest.newBuilder(base.resolve("/render"))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .header("Accept", kind.accept)
        .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(kind)))
        .build();
  }

  /** Sends one request; returns null if the answer is correct, else what was wrong. */
  private String check(Kind kind, Map<String, AtomicInteger> byOutcome) {
    String outcome;
    String problem = null;
    try {
      HttpResponse<byte[]> response = client.send(request(kind), HttpResponse.BodyHandlers.ofByteArray());
      int status = response.statusCode();
      outcome = kind + " " + status;
      if (!kind.expected.contains(status)) {
        problem = outcome + ": " + new String(response.body(), 0, Math.min(200, response.body().length), StandardCharsets.UTF_8);
      } else if (status == 200
          && !new String(response.body(), 0, Math.min(64, response.body().length), StandardCharsets.ISO_8859_1)
              .startsWith(kind.prefix)) {
        problem = outcome + ": body does not start with " + kind.prefix;
      } else if (status == 503 && response.headers().firstValue("Retry-After").isEmpty()) {
        problem = outcome + ": 503 without Retry-After";
      }
    } catch (IOException e) {
      outcome = kind + " " + e.getClass().getSimpleName();
      problem = outcome + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      outcome = kind + " interrupted";
      problem = outcome;
    }
    byOutcome.computeIfAbsent(problem == null ? outcome : outcome + " UNEXPECTED", k -> new AtomicInteger()).incrementAndGet();
    return problem;
  }

  private boolean load(int requests, int clients, int maxSeconds) throws Exception {
    System.out.printf("LOAD: %d requests, %d clients, at most %d s, mix %s%n", requests, clients, maxSeconds, Arrays.toString(MIX));
    HeapWatch heap = new HeapWatch();
    Thread watcher = new Thread(heap, "heap-watch");
    watcher.setDaemon(true);
    watcher.start();

    long[] latencies = new long[requests];
    Kind[] kinds = new Kind[requests];
    AtomicInteger next = new AtomicInteger();
    Map<String, AtomicInteger> byOutcome = new ConcurrentHashMap<>();
    List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      workers.add(
          pool.submit(
              () -> {
                int i;
                while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                  Kind kind = MIX[i % MIX.length];
                  long t0 = System.nanoTime();
                  String problem = check(kind, byOutcome);
                  latencies[i] = System.nanoTime() - t0;
                  kinds[i] = kind;
                  if (problem != null) {
                    problems.add(problem);
                  }
                }
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    long elapsed = System.nanoTime() - start;
    pool.shutdown();
    heap.stop();
    watcher.join(5_000);

    int done = 0;
    for (Kind k : kinds) {
      if (k != null) {
        done++;
      }
    }
    System.out.printf("  completed %d of %d in %.1f s: %.1f requests/s%n", done, requests, elapsed / 1e9, done / (elapsed / 1e9));
    System.out.printf("  latency all: %s%n", percentiles(latencies, kinds, null));
    for (Kind kind : Kind.values()) {
      System.out.printf("  latency %-9s %s%n", kind + ":", percentiles(latencies, kinds, kind));
    }
    System.out.println("  answers by kind and status: " + new TreeMap<>(byOutcome));
    System.out.printf("  unexpected: %d%n", problems.size());
    problems.stream().limit(10).forEach(p -> System.out.println("    " + p));
    System.out.printf("  service heap: peak used %.0f MB of max %.0f MB (%d samples of jvm.memory.used area:heap)%n",
        heap.peak.get() / 1e6, metric("jvm.memory.max") / 1e6, heap.samples.get());
    return problems.isEmpty() && done == requests;
  }

  private static String percentiles(long[] latencies, Kind[] kinds, Kind only) {
    long[] chosen = new long[latencies.length];
    int n = 0;
    for (int i = 0; i < latencies.length; i++) {
      if (kinds[i] != null && (only == null || kinds[i] == only)) {
        chosen[n++] = latencies[i];
      }
    }
    if (n == 0) {
      return "none";
    }
    long[] sorted = Arrays.copyOf(chosen, n);
    Arrays.sort(sorted);
    return String.format("n=%d p50=%.0f ms p99=%.0f ms max=%.0f ms", n,
        sorted[(int) Math.ceil(0.50 * n) - 1] / 1e6, sorted[(int) Math.ceil(0.99 * n) - 1] / 1e6, sorted[n - 1] / 1e6);
  }

  private double metric(String name) {
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(base.resolve("/actuator/metrics/" + name + "?tag=area:heap"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher m = VALUE.matcher(response.body());
      return m.find() ? Double.parseDouble(m.group(1)) : -1;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Polls the service's used heap every 200 ms and keeps the largest value. */
  private final class HeapWatch implements Runnable {
    final AtomicLong peak = new AtomicLong();
    final AtomicInteger samples = new AtomicInteger();
    private volatile boolean running = true;

    void stop() {
      running = false;
    }

    @Override
    public void run() {
      while (running) {
        double used = metric("jvm.memory.used");
        if (used > 0) {
          peak.accumulateAndGet((long) used, Math::max);
          samples.incrementAndGet();
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  private byte[] rawRequest(Kind kind, int contentLength) {
    String head =
        "POST /render HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
            + "\r\nContent-Type: application/json\r\nAccept: " + kind.accept
            + "\r\nContent-Length: " + contentLength + "\r\n\r\n";
    return head.getBytes(StandardCharsets.US_ASCII);
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
    socket.setSoTimeout(30_000);
    return socket;
  }

  /** Sends a whole PDF request, reads the first bytes of the answer and resets the connection. */
  private String disconnectMidResponse() {
    byte[] body = bodies.get(Kind.PDF);
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(rawRequest(Kind.PDF, body.length));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] first = in.readNBytes(64);
      socket.setSoLinger(true, 0); // RST instead of FIN: the server's write fails
      return new String(first, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 ") ? "reset after first bytes" : "no answer";
    } catch (IOException e) {
      return e.getClass().getSimpleName();
    }
  }

  /** Sends half the body a few bytes at a time, then gives up and closes. */
  private String slowUploadThenGiveUp() {
    byte[] body = bodies.get(Kind.HTML);
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(rawRequest(Kind.HTML, body.length));
      for (int i = 0; i < body.length / 2; i += 200) {
        out.write(body, i, Math.min(200, body.length / 2 - i));
        out.flush();
        Thread.sleep(100);
      }
      return "gave up after half the body";
    } catch (IOException e) {
      return e.getClass().getSimpleName();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /** Sends a third of the body, then stalls: the server must time the upload out, not wait. */
  private String stalledUpload() {
    byte[] body = bodies.get(Kind.HTML);
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(rawRequest(Kind.HTML, body.length));
      out.write(body, 0, body.length / 3);
      out.flush();
      long t0 = System.nanoTime();
      InputStream in = socket.getInputStream();
      byte[] answer = in.readAllBytes(); // until the server closes (or our 30 s timeout)
      String status = new String(answer, 0, Math.min(12, answer.length), StandardCharsets.US_ASCII).trim();
      return String.format("server ended it after %.0f s (%s)", (System.nanoTime() - t0) / 1e9, status.isEmpty() ? "closed without answer" : status);
    } catch (IOException e) {
      return e.getClass().getSimpleName();
    }
  }

  private boolean faults() throws Exception {
    System.out.println("FAULTS: 32 clients that reset mid-response, 16 slow uploads that give up, 4 stalled uploads");
    ExecutorService pool = Executors.newFixedThreadPool(52);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      results.add(pool.submit(this::disconnectMidResponse));
    }
    for (int i = 0; i < 16; i++) {
      results.add(pool.submit(this::slowUploadThenGiveUp));
    }
    for (int i = 0; i < 4; i++) {
      results.add(pool.submit(this::stalledUpload));
    }
    Map<String, Integer> outcomes = new TreeMap<>();
    for (Future<String> result : results) {
      String outcome = result.get(120, TimeUnit.SECONDS).replaceAll("after \\d+ s", "after ~N s");
      outcomes.merge(outcome, 1, Integer::sum);
    }
    pool.shutdown();
    for (Future<String> result : results.subList(48, 52)) {
      System.out.println("  stalled upload: " + result.get());
    }
    System.out.println("  fault outcomes: " + outcomes);

    Map<String, AtomicInteger> after = new ConcurrentHashMap<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String problem = check(MIX[i % MIX.length], after);
      if (problem != null) {
        problems.add(problem);
      }
    }
    HttpResponse<String> health =
        client.send(HttpRequest.newBuilder(base.resolve("/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
    boolean up = health.statusCode() == 200 && health.body().contains("\"UP\"");
    System.out.println("  afterwards, 50 mixed requests: " + new TreeMap<>(after) + "; unexpected " + problems.size()
        + "; health " + (up ? "UP" : health.body()));
    problems.stream().limit(10).forEach(p -> System.out.println("    " + p));
    return problems.isEmpty() && up;
  }
}
