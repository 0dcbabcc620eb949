package io.github.minutes4j.integration;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.MinutesReadException;
import io.github.minutes4j.core.format.SourceLocation;
import io.github.minutes4j.core.format.UnknownItemsException;
import io.github.minutes4j.core.format.UnsupportedOptionException;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.core.validation.Violation;
import io.github.minutes4j.pdf.PdfMinutesExporter;
import io.github.minutes4j.pdf.PdfMinutesReader;
import io.github.minutes4j.pdf.UnsupportedCharacterException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * A seeded, reproducible mutation fuzzer over the reader, the validator and every exporter; not a
 * test of the suite (its name does not end in Test), run by hand:
 *
 * <pre>
 * java -cp ... io.github.minutes4j.integration.MutationFuzz CASES [SEED] [ONLY_CASE]
 * </pre>
 *
 * <p>Each case is one of three kinds, by its index: the bytes of a reference document mutated
 * (bits flipped, ranges cut, duplicated or swapped, brackets, quotes and bad UTF-8 inserted, the
 * text truncated), the JSON of one mutated as a tree (values swapped between properties, types
 * changed, properties dropped, repeated or renamed, deep nesting, huge, negative and fractional
 * numbers, long and empty strings), or a valid document with unusual strings in some or all of its
 * texts. Whatever is read goes through the validator and, when valid, through the JSON, HTML and
 * PDF exporters with varied options (another language, without participants, an extract, an
 * unknown extract). Every outcome that is not a documented one is a finding, and so is HTML with
 * parse errors, JSON that does not read back equal, a PDF that PDFBox cannot load, output written
 * before a refusal, and a case slower than {@link #SLOW_MILLIS}. Findings are grouped by where they
 * come from, and the first case of each is written to the output folder with its input.
 */
final class MutationFuzz {

  static final long SLOW_MILLIS = 5_000;
  static final long HANG_SECONDS = 60;

  static final String[] SEEDS = {
    "minutes-2021-12-09.json", "minutes-2022-06-02.json", "minutes-2026-03-21.json",
    "minutes-2026-11-17.json"
  };

  static final PdfMinutesExporter PDF = new PdfMinutesExporter();

  /** The outcome of one case: its kind of outcome and, for a finding, what happened. */
  record Outcome(String kind, String finding, String detail) {
    static Outcome ok(String kind) {
      return new Outcome(kind, null, null);
    }
  }

  static final PdfMinutesExporter ARCHIVE = PdfMinutesExporter.builder().embedSource(true).build();
  static final PdfMinutesReader PDF_READER = new PdfMinutesReader();

  /** One input: a name, JSON or PDF bytes or a model, and a description to reproduce it. */
  record Input(String description, byte[] json, Minutes model, byte[] pdf, List<String> shown) {
    Input(String description, byte[] json, Minutes model) {
      this(description, json, model, null, List.of());
    }
  }

  private final List<byte[]> seeds = new ArrayList<>();
  private final List<Minutes> models = new ArrayList<>();
  private final List<String> stringsOfSeeds = new ArrayList<>();
  private final List<String> keysOfSeeds = new ArrayList<>();
  private final List<byte[]> archives = new ArrayList<>();
  private final boolean checkPrinted;

  /**
   * Makes the fuzzer.
   *
   * @param checkPrinted whether to print the minutes of each case with unusual texts in a PDF of
   *     their own, with the default options, to check that the PDF prints each text (a second PDF
   *     per case, which doubles the time a case takes)
   */
  MutationFuzz(boolean checkPrinted) {
    this.checkPrinted = checkPrinted;
    for (String name : SEEDS) {
      byte[] bytes = resource("/io/github/minutes4j/examples/reference/" + name);
      seeds.add(bytes);
      models.add(Formats.read(bytes));
      Tree.collect(Tree.parse(new String(bytes, StandardCharsets.UTF_8)), stringsOfSeeds, keysOfSeeds);
    }
    models.add(Documents.everyField());
  }

  /** The archive PDF of one model, made when a case first needs it. */
  private byte[] archive(int which) {
    while (archives.size() <= which) {
      archives.add(null);
    }
    if (archives.get(which) == null) {
      archives.set(which, Formats.export(ARCHIVE, models.get(which), ExportOptions.defaults()));
    }
    return archives.get(which);
  }

  private static byte[] resource(String name) {
    try (InputStream in = MutationFuzz.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The input of case {@code index}: the same for the same seed and index. */
  Input input(long seed, int index) {
    Random random = new Random(mix(seed, index, 1));
    // -Dfuzz.kind=0 (bytes), 1 (tree), 2 (text) or 3 (archive PDF) makes every case of one kind.
    int kind = Integer.getInteger("fuzz.kind", index % 4 == 3 ? 3 : index % 3);
    if (kind == 3) {
      int which = random.nextInt(models.size());
      StringBuilder how = new StringBuilder("bytes of archive PDF " + which + ":");
      byte[] bytes = archive(which);
      int rounds = 1 + random.nextInt(3);
      for (int i = 0; i < rounds; i++) {
        bytes = ByteMutations.mutate(bytes, random, how);
      }
      return new Input(how.toString(), null, null, bytes, List.of());
    }
    switch (kind) {
      case 0: {
        int which = random.nextInt(seeds.size());
        StringBuilder how = new StringBuilder("bytes of " + SEEDS[which] + ":");
        byte[] bytes = seeds.get(which);
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
          bytes = ByteMutations.mutate(bytes, random, how);
        }
        return new Input(how.toString(), bytes, null);
      }
      case 1: {
        int which = random.nextInt(seeds.size());
        Object tree = Tree.parse(new String(seeds.get(which), StandardCharsets.UTF_8));
        StringBuilder how = new StringBuilder("tree of " + SEEDS[which] + ":");
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
          tree = new TreeMutations(random, stringsOfSeeds, keysOfSeeds).mutate(tree, how);
        }
        return new Input(how.toString(), Tree.write(tree).getBytes(StandardCharsets.UTF_8), null);
      }
      default: {
        int which = random.nextInt(models.size());
        Minutes base = models.get(which);
        List<ModelText.Piece> pieces = ModelText.of(base);
        StringBuilder how = new StringBuilder("text of model " + which + ":");
        Map<String, String> changes = new LinkedHashMap<>();
        List<String> shown = new ArrayList<>();
        int mode = random.nextInt(10);
        int count = mode < 7 ? 1 : mode < 9 ? 1 + random.nextInt(8) : pieces.size();
        String shared = Strings.unusual(random);
        for (int i = 0; i < count; i++) {
          ModelText.Piece piece =
              mode == 9 ? pieces.get(i) : pieces.get(random.nextInt(pieces.size()));
          String text = mode == 9 ? shared : Strings.unusual(random);
          changes.put(piece.path(), text);
        }
        for (ModelText.Piece piece : pieces) {
          String text = changes.get(piece.path());
          if (text != null && piece.kind() != ModelText.Kind.ADDRESS && piece.kind() != ModelText.Kind.CODE
              && piece.kind() != ModelText.Kind.MEMBER_CODE) {
            shown.add(piece.path() + "\u0000" + text);
          }
        }
        changes.forEach(
            (path, text) -> how.append(' ').append(path).append('=').append(Strings.describe(text)));
        try {
          return new Input(how.toString(), null, ModelText.set(base, changes), null, shown);
        } catch (IllegalStateException e) {
          // A record's constructor refused the text: report what it threw, as a finding if it is
          // not an IllegalArgumentException (a constructor's documented refusal).
          Throwable cause = e.getCause();
          return new Input(how + " [constructor threw " + cause + "]", null, null);
        }
      }
    }
  }

  /**
   * The seed of one stream of case {@code index}: SplitMix64's finalizer, since {@link Random}'s
   * first numbers from nearby seeds are alike (the first {@code nextInt(8)} of seeds 1, 2, 3, ...
   * is nearly always the same).
   */
  static long mix(long seed, int index, int stream) {
    long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + stream;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The outcomes of case {@code index}: its input, run with its own random numbers. */
  List<Outcome> run(long seed, int index) {
    return run(input(seed, index), new Random(mix(seed, index, 2)));
  }

  /** Runs one input through the reader, the validator and every exporter. */
  List<Outcome> run(Input input, Random random) {
    List<Outcome> outcomes = new ArrayList<>();
    Minutes minutes = input.model();
    if (input.pdf() != null) {
      try {
        minutes = PDF_READER.read(new ByteArrayInputStream(input.pdf()));
        outcomes.add(Outcome.ok("pdf read"));
      } catch (MinutesReadException e) {
        outcomes.add(e.problem().isBlank()
            ? new Outcome("pdf read", "MinutesReadException without a problem", e.getMessage())
            : Outcome.ok("pdf read refused"));
        return outcomes;
      } catch (InvalidMinutesException e) {
        outcomes.add(Outcome.ok("pdf read invalid"));
        return outcomes;
      } catch (Throwable t) {
        outcomes.add(unexpected("pdf read", t));
        return outcomes;
      }
    } else if (input.json() != null) {
      try {
        minutes = Formats.READER.read(new ByteArrayInputStream(input.json()));
        outcomes.add(Outcome.ok("read"));
      } catch (MinutesReadException e) {
        if (SourceLocation.UNKNOWN.equals(e.location()) || e.problem().isBlank()) {
          outcomes.add(new Outcome("read", "MinutesReadException without a place", e.getMessage()));
        } else if (e.location().pointer().isEmpty() && e.location().line() <= 0) {
          outcomes.add(new Outcome("read", "MinutesReadException without pointer or line", e.getMessage()));
        } else {
          outcomes.add(Outcome.ok("read refused"));
        }
        return outcomes;
      } catch (InvalidMinutesException e) {
        if (e.violations().isEmpty()) {
          outcomes.add(new Outcome("read", "InvalidMinutesException without violations", e.getMessage()));
        } else {
          outcomes.add(Outcome.ok("read invalid"));
        }
        return outcomes;
      } catch (Throwable t) {
        outcomes.add(unexpected("read", t));
        return outcomes;
      }
    } else if (minutes == null) {
      if (!input.description().contains("IllegalArgumentException")) {
        outcomes.add(new Outcome("construct", "constructor threw", input.description()));
      } else {
        outcomes.add(Outcome.ok("constructor refused"));
      }
      return outcomes;
    }

    List<Violation> violations;
    try {
      violations = MinutesValidator.shared().validate(minutes);
    } catch (Throwable t) {
      outcomes.add(unexpected("validate", t));
      return outcomes;
    }
    if (!violations.isEmpty()) {
      if (input.json() != null || input.pdf() != null) {
        outcomes.add(new Outcome("validate", "reader returned invalid minutes", violations.toString()));
      }
      for (MinutesExporter exporter : List.of(Formats.JSON, Formats.HTML, PDF)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
          exporter.export(minutes, ExportOptions.defaults(), out);
          outcomes.add(new Outcome(exporter.format().id(), "exported invalid minutes", violations.toString()));
        } catch (InvalidMinutesException e) {
          outcomes.add(Outcome.ok("refused invalid"));
        } catch (Throwable t) {
          outcomes.add(unexpected(exporter.format().id() + " of invalid", t));
        }
        if (out.size() > 0) {
          outcomes.add(new Outcome(exporter.format().id(), "wrote before refusing", ""));
        }
      }
      return outcomes;
    }
    outcomes.add(Outcome.ok("valid"));

    // JSON: written with the defaults, it reads back equal.
    try {
      byte[] json = Formats.json(minutes);
      Minutes back = Formats.READER.read(new ByteArrayInputStream(json));
      if (!back.equals(minutes)) {
        outcomes.add(new Outcome("json", "round trip not equal", firstDifference(minutes, back)));
      }
    } catch (Throwable t) {
      outcomes.add(unexpected("json round trip", t));
    }

    // The page with the default options shows every text placed, as it is.
    try {
      String html = Formats.html(minutes, ExportOptions.defaults());
      String page = Pages.text(Jsoup.parse(html)).replace("\u00AD", "");
      for (String placed : input.shown()) {
        String path = placed.substring(0, placed.indexOf('\u0000'));
        String text = placed.substring(placed.indexOf('\u0000') + 1);
        String expected = Pages.normal(text).replace("\u00AD", "");
        if (!page.contains(expected)) {
          outcomes.add(new Outcome("html", "a text is not shown as it is", path + " " + Strings.describe(text)
              + "\n" + Strings.describe(near(page, expected)) + (Boolean.getBoolean("fuzz.dump") ? "\n" + html : "")));
        }
      }
    } catch (Throwable t) {
      outcomes.add(unexpected("html page", t));
    }

    // The PDF with the default options prints every text placed, if its fonts can.
    List<String> printable = new ArrayList<>();
    for (String placed : input.shown()) {
      String text = placed.substring(placed.indexOf('\u0000') + 1);
      // PDFBox gives a line with right-to-left text back in an order of its own: such texts are
      // left to HostileTextTest and ScriptFontsTest.
      boolean rightToLeft = text.codePoints().anyMatch(c -> {
        byte d = Character.getDirectionality(c);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
            || d == Character.DIRECTIONALITY_ARABIC_NUMBER;
      });
      if (!rightToLeft && PdfText.printable(text) && !printed(text).isEmpty()) {
        printable.add(placed);
      }
    }
    if (!printable.isEmpty() && checkPrinted) {
      try {
        byte[] pdf = Formats.export(PDF, minutes, ExportOptions.defaults());
        if (Boolean.getBoolean("fuzz.dump")) {
          Files.write(Path.of(System.getProperty("fuzz.out"), "case.pdf"), pdf);
        }
        String body = PdfText.visibleBody(pdf);
        for (String placed : printable) {
          String text = placed.substring(placed.indexOf('\u0000') + 1);
          if (!body.contains(printed(text))) {
            outcomes.add(new Outcome("pdf", "a text is not printed as it is",
                placed.substring(0, placed.indexOf('\u0000')) + " " + Strings.describe(text)));
          }
        }
      } catch (UnsupportedCharacterException e) {
        outcomes.add(Outcome.ok("pdf unsupported character"));
      } catch (Throwable t) {
        outcomes.add(unexpected("pdf text", t));
      }
    }

    ExportOptions options;
    try {
      options = options(minutes, random);
    } catch (IllegalArgumentException e) {
      outcomes.add(Outcome.ok("options refused"));
      return outcomes;
    }
    outcomes.add(Outcome.ok("options " + describe(options).replaceAll("=(\\[[^]]*\\]|\"[^\"]*\"|[^ \\]]*)", "")));
    boolean unknownExtract = options.extract().stream().anyMatch(n -> n.startsWith("no such"));
    for (MinutesExporter exporter : List.of(Formats.JSON, Formats.HTML, PDF)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      String id = exporter.format().id();
      long start = System.nanoTime();
      try {
        exporter.export(minutes, options, out);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > SLOW_MILLIS / 2) {
          outcomes.add(new Outcome(id, "slow export (over " + SLOW_MILLIS / 2 + " ms)", millis + " ms " + describe(options)));
        }
        if (unknownExtract) {
          outcomes.add(new Outcome(id, "unknown extract accepted", options.extract().toString()));
        }
        check(id, out.toByteArray(), minutes, options, outcomes);
      } catch (UnknownItemsException e) {
        outcomes.add(unknownExtract ? Outcome.ok("unknown items") : new Outcome(id, "UnknownItemsException for known items", e.getMessage()));
        noOutput(id, out, outcomes);
      } catch (UnsupportedCharacterException e) {
        if (!id.equals("pdf") || e.characters().isEmpty()) {
          outcomes.add(new Outcome(id, "odd UnsupportedCharacterException", e.getMessage()));
        } else {
          outcomes.add(Outcome.ok("pdf unsupported character"));
        }
        noOutput(id, out, outcomes);
      } catch (UnsupportedOptionException e) {
        outcomes.add(Outcome.ok(id + " unsupported option"));
        noOutput(id, out, outcomes);
      } catch (Throwable t) {
        outcomes.add(unexpected(id + " " + describe(options), t));
      }
    }
    return outcomes;
  }

  private static void noOutput(String id, ByteArrayOutputStream out, List<Outcome> outcomes) {
    if (out.size() > 0) {
      outcomes.add(new Outcome(id, "wrote before refusing", out.size() + " bytes"));
    }
  }

  private static String describe(ExportOptions options) {
    return "[lang=" + options.language().map(Language::tag).orElse("doc")
        + (options.includeParticipants() ? "" : " noParticipants")
        + (options.isExtract() ? " extract=" + options.extract() : "")
        + options.look().footerText().map(t -> " footer=" + Strings.describe(t)).orElse("")
        + (options.labelOptions().equals(ExportOptions.defaults().labelOptions()) ? "" : " " + options.labelOptions()) + "]";
  }

  private static final String[] LANGUAGES = {"sv", "en", "en-US", "ar", "he", "nn", "de", "fi", "fa", "zh", "se", "am"};

  /** What of a text a PDF draws: {@link PdfText#visible}, without the default ignorable characters. */
  static String printed(String text) {
    StringBuilder printed = new StringBuilder();
    PdfText.visible(text).codePoints()
        .filter(c -> !(c == 0x34F || c >= 0x115F && c <= 0x1160 || c >= 0x17B4 && c <= 0x17B5
            || c >= 0x180B && c <= 0x180F || c == 0x3164 || c >= 0xFE00 && c <= 0xFE0F || c == 0xFFA0
            || c >= 0xE0000 && c <= 0xE0FFF || c >= 0xFFF0 && c <= 0xFFFB))
        .forEach(printed::appendCodePoint);
    // What was left out may have kept a mark from its letter, as the PDF's text does not; marks
    // at the start join the text before, as on the page (see Pages.normal).
    String normal = java.text.Normalizer.normalize(printed, java.text.Normalizer.Form.NFKC);
    int start = 0;
    while (start < normal.length() && Character.getType(normal.codePointAt(start)) == Character.NON_SPACING_MARK) {
      start += Character.charCount(normal.codePointAt(start));
    }
    return normal.substring(start);
  }

  /** Options of one of five kinds: defaults, a language, no participants, an extract, an unknown extract. */
  private static ExportOptions options(Minutes minutes, Random random) {
    ExportOptions options = ExportOptions.defaults();
    switch (random.nextInt(8)) {
      case 0:
        return options;
      case 6:
        return options.withFooterText(Strings.unusual(random)).withTableOfContents(random.nextBoolean());
      case 7: {
        Label[] labels = Label.values();
        return options.withLabel(labels[random.nextInt(labels.length)], Strings.unusual(random));
      }
      case 1:
        return options.withLanguage(Language.ofTag(LANGUAGES[random.nextInt(LANGUAGES.length)]));
      case 2:
        return options.withParticipants(false);
      case 3:
      case 4: {
        List<String> numbers = new ArrayList<>();
        minutes.itemNumbers().forEach(n -> n.ifPresent(numbers::add));
        if (numbers.isEmpty()) {
          return options.withParticipants(false);
        }
        List<String> chosen = new ArrayList<>();
        int count = 1 + random.nextInt(numbers.size());
        for (int i = 0; i < count; i++) {
          chosen.add(numbers.get(random.nextInt(numbers.size())));
        }
        return options.withExtract(chosen).withParticipants(random.nextBoolean());
      }
      default:
        return options.withExtract("no such item " + random.nextInt(100));
    }
  }

  private static void check(String id, byte[] bytes, Minutes minutes, ExportOptions options, List<Outcome> outcomes) {
    switch (id) {
      case "json": {
        try {
          Formats.READER.read(new ByteArrayInputStream(bytes));
          outcomes.add(Outcome.ok("json with options read back"));
        } catch (Throwable t) {
          outcomes.add(new Outcome("json", "JSON written with " + describe(options) + " does not read back", t.toString()));
        }
        break;
      }
      case "html": {
        String html = new String(bytes, StandardCharsets.UTF_8);
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Jsoup.parse(html, "", parser);
        List<ParseError> errors = new ArrayList<>(parser.getErrors());
        if (!errors.isEmpty()) {
          outcomes.add(new Outcome("html", "HTML parse error: " + errors.get(0).getErrorMessage().replaceAll("\\d+", "N"), errors.toString()));
        }
        if (!html.startsWith("<!DOCTYPE html>") || !html.stripTrailing().endsWith("</html>")) {
          outcomes.add(new Outcome("html", "HTML not complete", html.substring(0, Math.min(80, html.length()))));
        }
        break;
      }
      default: {
        try (PDDocument document = Loader.loadPDF(bytes)) {
          if (document.getNumberOfPages() == 0) {
            outcomes.add(new Outcome("pdf", "PDF without pages", ""));
          }
        } catch (IOException e) {
          outcomes.add(new Outcome("pdf", "PDF does not load", e.toString()));
        }
      }
    }
  }

  /** The part of the page's text nearest to where an expected text should be: after its first 3 characters. */
  static String near(String page, String expected) {
    String start = expected.substring(0, Math.min(expected.length(), expected.offsetByCodePoints(0, Math.min(3, expected.codePointCount(0, expected.length())))));
    int at = page.indexOf(start);
    return at < 0 ? "(not even its start)" : page.substring(at, Math.min(page.length(), at + 80));
  }

  /** Where two minutes first differ, as the walk spells paths. */
  static String firstDifference(Minutes expected, Minutes actual) {
    List<ModelText.Piece> a = ModelText.of(expected);
    List<ModelText.Piece> b = ModelText.of(actual);
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!a.get(i).equals(b.get(i))) {
        return a.get(i) + " became " + b.get(i);
      }
    }
    return a.size() != b.size() ? a.size() + " texts became " + b.size() : "a non-text value differs";
  }

  /** A finding keyed by stage, exception type and the first frames of minutes4j and of anyone. */
  static Outcome unexpected(String stage, Throwable t) {
    Throwable root = t;
    StringBuilder key = new StringBuilder(stage.replaceAll(" \\[.*", "") + ": " + t.getClass().getName());
    StackTraceElement ours = null;
    StackTraceElement first = t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
    for (StackTraceElement e : t.getStackTrace()) {
      if (e.getClassName().startsWith("io.github.minutes4j") && !e.getClassName().contains("integration")) {
        ours = e;
        break;
      }
    }
    key.append(" at ").append(first).append(" via ").append(ours);
    if (t.getCause() != null) {
      key.append(" caused by ").append(t.getCause().getClass().getName());
    }
    java.io.StringWriter trace = new java.io.StringWriter();
    root.printStackTrace(new java.io.PrintWriter(trace));
    String text = trace.toString();
    return new Outcome(stage, key.toString(), text.substring(0, Math.min(6000, text.length())));
  }

  public static void main(String[] args) throws Exception {
    int cases = Integer.parseInt(args[0]);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    int only = args.length > 2 ? Integer.parseInt(args[2]) : -1;
    Path folder = Path.of(System.getProperty("fuzz.out", "target/mutation-fuzz"));
    Files.createDirectories(folder);
    MutationFuzz fuzz = new MutationFuzz(true);
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, List<String>> findings = new LinkedHashMap<>();
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
      Thread thread = new Thread(r, "fuzz-case");
      thread.setDaemon(true);
      return thread;
    });
    long started = System.nanoTime();
    for (int index = only >= 0 ? only : 0; index < (only >= 0 ? only + 1 : cases); index++) {
      Input input = fuzz.input(seed, index);
      long start = System.nanoTime();
      int at = index;
      Future<List<Outcome>> future = worker.submit(() -> fuzz.run(seed, at));
      List<Outcome> outcomes;
      try {
        outcomes = future.get(HANG_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        future.cancel(true);
        outcomes = List.of(new Outcome("case", "hang over " + HANG_SECONDS + " s", ""));
        worker = Executors.newSingleThreadExecutor();
      } catch (ExecutionException e) {
        outcomes = List.of(unexpected("harness", e.getCause()));
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (millis > SLOW_MILLIS) {
        outcomes = new ArrayList<>(outcomes);
        outcomes.add(new Outcome("case", "slow case (over " + SLOW_MILLIS + " ms)", millis + " ms"));
      }
      for (Outcome outcome : outcomes) {
        counts.merge(outcome.finding() == null ? outcome.kind() : "FINDING", 1, Integer::sum);
        if (outcome.finding() != null) {
          List<String> seen = findings.computeIfAbsent(outcome.finding(), k -> new ArrayList<>());
          seen.add(Integer.toString(index));
          String first = outcome.detail() == null ? "" : outcome.detail().lines().findFirst().orElse("");
          Files.writeString(folder.resolve("all.txt"), index + " | " + outcome.finding() + " | "
              + first.substring(0, Math.min(300, first.length())) + "\n",
              java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
          if (seen.size() == 1) {
            String name = "finding-" + findings.size();
            Files.writeString(folder.resolve(name + ".txt"),
                "case " + index + " seed " + seed + "\n" + outcome.finding() + "\n" + input.description()
                    + "\n" + millis + " ms\n" + outcome.detail() + "\n");
            if (input.json() != null) {
              Files.write(folder.resolve(name + ".json"), input.json());
            }
            if (input.pdf() != null) {
              Files.write(folder.resolve(name + ".pdf"), input.pdf());
            }
          }
        }
      }
      if (only >= 0 || index % 100 == 99) {
        System.out.printf("%d cases, %d s, %d distinct findings%n", index + 1,
            (System.nanoTime() - started) / 1_000_000_000L, findings.size());
      }
      if (only >= 0) {
        System.out.println(input.description().substring(0, Math.min(2000, input.description().length())));
        outcomes.forEach(o -> System.out.println(o.kind() + " | " + o.finding() + "\n" + o.detail()));
      }
    }
    System.out.println("outcomes: " + counts);
    int n = 0;
    for (Map.Entry<String, List<String>> finding : findings.entrySet()) {
      n++;
      List<String> at = finding.getValue();
      System.out.println("finding-" + n + " x" + at.size() + " (cases " + at.subList(0, Math.min(8, at.size())) + "): " + finding.getKey());
    }
    System.exit(0);
  }

  /** Unusual strings for every text. */
  static final class Strings {
    static final String[] ATOMS = {
      "\uD800", "\uDC00", "a\uDBFF", "\u0000", "\u0001", "\u001F", "\u007F", "\u0085", "\uFFFE",
      "\uFFFF", "\u202E", "\u2066", "\u2069", "\u200E", "\u200F", "\u061C", "\u200D", "\u200B",
      "\u2060", "\uFEFF", "\uFE0F", "\uDB40\uDD00", "\u034F", "\u180E", "\u00AD", "\u00A0",
      "e" + "\u0301".repeat(50), "\u0301", "\u0301".repeat(50), "W".repeat(100_000),
      "ä".repeat(20_000), "\uD83D\uDC4D".repeat(5_000), " ", "   ", " ".repeat(5_000), "\t", "\n",
      "\r\n", "\u2028", "\u2029", "<script>alert(1)</script>", "]]>", "%PDF-1.7", "%%EOF",
      "<![CDATA[", "&amp;", "&#0;", "\\", "\"", "'", "`", "${x}", "{{x}}", "\uDB40\uDC41",
      "\uDB40\uDC01", "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83C\uDDF8\uD83C\uDDEA",
      "\uD83C\uDFFB", "مرحبا بالعالم", "שלום", "नमस्ते", "ที่ป่า", "会議録", "회의록", "Ἀθῆναι",
      "Ωмега", "İstanbul", "ß", "ﬃ", "\uD835\uDC00", "\uD800\uDF30", "\u0378", "\uD80C\uDC00",
      "⠁⠃", "─┼─", "x", "Anna Andersson", "§ 1", "1.", "-", "–", "…", "\u0600", "\u0640",
      "ـــ", "\u064B", "ا\u0651\u064B", "\u1100\u1161", "𝔘", "\u3000", "\u2003", "\u205F",
      "\u1680", "\u17B4", "\u115F", "\u3164", "\uFFA0", "\u2800", "\uFFFD", "\uFFFC", "\uFFF9",
      "\u206A", "\u202A", "\u202C", "\uD83F\uDFFE", "a\u0000b", "\u000B", "\f", "\u001B[31m",
      "{0}", "{1}", "{2}", "Anna {1}", "{", "}", "'{0}'", "$1", "\\1", "%s", "%n",
    };

    static String unusual(Random random) {
      StringBuilder text = new StringBuilder();
      if (random.nextInt(3) == 0) {
        text.append("x ");
      }
      int atoms = 1 + random.nextInt(3);
      for (int i = 0; i < atoms; i++) {
        String atom = ATOMS[random.nextInt(ATOMS.length)];
        // Most texts stay valid, so that the exporters see them: draw again, once, a string the
        // validator refuses anywhere.
        if (refused(atom) && random.nextInt(4) > 0) {
          atom = ATOMS[random.nextInt(ATOMS.length)];
        }
        text.append(atom);
      }
      if (random.nextInt(3) == 0) {
        text.append(" y");
      }
      return text.toString();
    }

    /** Whether the validator refuses a string in every text (a control, surrogate, ...). */
    static boolean refused(String atom) {
      return atom.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
          || Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.PRIVATE_USE
          || (c & 0xFFFE) == 0xFFFE || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
          || c == 0x2028 || c == 0x2029);
    }

    /** A short, printable description of a string. */
    static String describe(String text) {
      StringBuilder out = new StringBuilder("\"");
      int i = 0;
      int shown = 0;
      while (i < text.length() && shown < 60) {
        int c = text.codePointAt(i);
        if (c >= 0x20 && c < 0x7F) {
          out.append((char) c);
        } else {
          out.append(String.format("\\u{%X}", c));
        }
        i += Character.charCount(c);
        shown++;
      }
      if (i < text.length()) {
        out.append("...(" + text.length() + " chars)");
      }
      return out.append('"').toString();
    }
  }

  /** Byte-level mutations. */
  static final class ByteMutations {
    static final String[] INSERTS = {
      "{", "}", "[", "]", "\"", ",", ":", "\\", "\\u", "\\uD800", "\\u0000", "0", "-", "1e999",
      "null", "true", " ", "\n", "\u0000", "[[[[[[[[", "{{{{", "\"\"\"", "//", "/*", "\uFEFF",
      "\"format\"", "\"agenda\":[],", ",\"x\":1", "NaN", "Infinity",
    };

    static byte[] mutate(byte[] in, Random random, StringBuilder how) {
      int n = in.length;
      int at = n == 0 ? 0 : random.nextInt(n);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      switch (random.nextInt(11)) {
        case 0: {
          byte[] copy = in.clone();
          if (n > 0) {
            copy[at] ^= (byte) (1 << random.nextInt(8));
          }
          how.append(" flip@").append(at);
          return copy;
        }
        case 1: {
          byte[] copy = in.clone();
          if (n > 0) {
            copy[at] = (byte) random.nextInt(256);
          }
          how.append(" set@").append(at);
          return copy;
        }
        case 2: {
          int len = Math.min(n - at, 1 + random.nextInt(random.nextBoolean() ? 4 : 200));
          out.write(in, 0, at);
          out.write(in, at + len, n - at - len);
          how.append(" cut@").append(at).append('+').append(len);
          return out.toByteArray();
        }
        case 3: {
          how.append(" truncate@").append(at);
          return java.util.Arrays.copyOf(in, at);
        }
        case 4: {
          String insert = INSERTS[random.nextInt(INSERTS.length)];
          out.write(in, 0, at);
          out.writeBytes(insert.getBytes(StandardCharsets.UTF_8));
          out.write(in, at, n - at);
          how.append(" insert@").append(at).append(Strings.describe(insert));
          return out.toByteArray();
        }
        case 5: {
          int len = Math.min(n - at, 1 + random.nextInt(400));
          int times = 1 + random.nextInt(random.nextBoolean() ? 2 : 50);
          out.write(in, 0, at + len);
          for (int i = 0; i < times; i++) {
            out.write(in, at, len);
          }
          out.write(in, at + len, n - at - len);
          how.append(" dup@").append(at).append('+').append(len).append('x').append(times);
          return out.toByteArray();
        }
        case 6: {
          byte[][] bad = {
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
            {(byte) 0xC3}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0x80},
            {(byte) 0xEF, (byte) 0xBF, (byte) 0xBE}, {(byte) 0xE2, (byte) 0x80, (byte) 0xAE},
          };
          byte[] insert = bad[random.nextInt(bad.length)];
          out.write(in, 0, at);
          out.writeBytes(insert);
          out.write(in, at, n - at);
          how.append(" utf8@").append(at).append('#').append(insert.length);
          return out.toByteArray();
        }
        case 7: {
          // Swap two regions.
          int a = random.nextInt(Math.max(1, n));
          int b = random.nextInt(Math.max(1, n));
          int lo = Math.min(a, b);
          int hi = Math.max(a, b);
          int len = Math.min(1 + random.nextInt(100), (hi - lo) / 2);
          byte[] copy = in.clone();
          if (len > 0) {
            System.arraycopy(in, hi - len, copy, lo, len);
            System.arraycopy(in, lo, copy, hi - len, len);
          }
          how.append(" swap@").append(lo).append(',').append(hi - len).append('+').append(len);
          return copy;
        }
        case 8: {
          int depth = new int[] {63, 64, 65, 500, 100_000}[random.nextInt(5)];
          String open = random.nextBoolean() ? "[" : "{\"a\":";
          out.write(in, 0, at);
          out.writeBytes(open.repeat(depth).getBytes(StandardCharsets.UTF_8));
          out.write(in, at, n - at);
          how.append(" nest@").append(at).append(open).append('x').append(depth);
          return out.toByteArray();
        }
        case 9: {
          // Change the encoding.
          String text = new String(in, StandardCharsets.UTF_8);
          java.nio.charset.Charset[] charsets = {
            StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16,
            StandardCharsets.ISO_8859_1, java.nio.charset.Charset.forName("UTF-32")
          };
          java.nio.charset.Charset charset = charsets[random.nextInt(charsets.length)];
          how.append(" encode ").append(charset);
          return text.getBytes(charset);
        }
        default: {
          // Repeat a byte many times.
          int times = 1 + random.nextInt(100_000);
          out.write(in, 0, at);
          for (int i = 0; i < times; i++) {
            out.write(n == 0 ? ' ' : in[at]);
          }
          out.write(in, at, n - at);
          how.append(" repeat@").append(at).append('x').append(times);
          return out.toByteArray();
        }
      }
    }
  }

  /** A JSON tree that keeps repeated property names: objects are lists of [name, value] pairs. */
  static final class Tree {
    /** An object: names and values in order, names may repeat. */
    static final class Obj {
      final List<String> names = new ArrayList<>();
      final List<Object> values = new ArrayList<>();
    }

    /** A number, as written. */
    record Num(String text) {}

    static final Object NULL = new Object() {
      @Override
      public String toString() {
        return "null";
      }
    };

    static Object parse(String json) {
      int[] at = {0};
      return value(json, at);
    }

    private static void space(String s, int[] at) {
      while (at[0] < s.length() && Character.isWhitespace(s.charAt(at[0])) || at[0] < s.length() && s.charAt(at[0]) == '\uFEFF') {
        at[0]++;
      }
    }

    private static Object value(String s, int[] at) {
      space(s, at);
      char c = s.charAt(at[0]);
      if (c == '{') {
        Obj obj = new Obj();
        at[0]++;
        space(s, at);
        if (s.charAt(at[0]) == '}') {
          at[0]++;
          return obj;
        }
        while (true) {
          space(s, at);
          obj.names.add((String) value(s, at));
          space(s, at);
          at[0]++; // :
          obj.values.add(value(s, at));
          space(s, at);
          if (s.charAt(at[0]++) == '}') {
            return obj;
          }
        }
      }
      if (c == '[') {
        List<Object> list = new ArrayList<>();
        at[0]++;
        space(s, at);
        if (s.charAt(at[0]) == ']') {
          at[0]++;
          return list;
        }
        while (true) {
          list.add(value(s, at));
          space(s, at);
          if (s.charAt(at[0]++) == ']') {
            return list;
          }
        }
      }
      if (c == '"') {
        StringBuilder text = new StringBuilder();
        at[0]++;
        while (true) {
          char d = s.charAt(at[0]++);
          if (d == '"') {
            return text.toString();
          }
          if (d == '\\') {
            char e = s.charAt(at[0]++);
            switch (e) {
              case 'n': text.append('\n'); break;
              case 't': text.append('\t'); break;
              case 'r': text.append('\r'); break;
              case 'b': text.append('\b'); break;
              case 'f': text.append('\f'); break;
              case 'u': text.append((char) Integer.parseInt(s.substring(at[0], at[0] + 4), 16)); at[0] += 4; break;
              default: text.append(e);
            }
          } else {
            text.append(d);
          }
        }
      }
      int start = at[0];
      while (at[0] < s.length() && "{}[],: \n\r\t".indexOf(s.charAt(at[0])) < 0) {
        at[0]++;
      }
      String word = s.substring(start, at[0]);
      switch (word) {
        case "true": return Boolean.TRUE;
        case "false": return Boolean.FALSE;
        case "null": return NULL;
        default: return new Num(word);
      }
    }

    static String write(Object tree) {
      StringBuilder out = new StringBuilder();
      write(tree, out);
      return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
      if (value instanceof Obj) {
        Obj obj = (Obj) value;
        out.append('{');
        for (int i = 0; i < obj.names.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          string(obj.names.get(i), out);
          out.append(':');
          write(obj.values.get(i), out);
        }
        out.append('}');
      } else if (value instanceof List) {
        out.append('[');
        List<?> list = (List<?>) value;
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(list.get(i), out);
        }
        out.append(']');
      } else if (value instanceof String) {
        string((String) value, out);
      } else if (value instanceof Num) {
        out.append(((Num) value).text());
      } else if (value instanceof Raw) {
        out.append(((Raw) value).text());
      } else {
        out.append(value);
      }
    }

    /** Text written as it is: nesting too deep to build as a tree. */
    record Raw(String text) {}

    private static void string(String text, StringBuilder out) {
      out.append('"');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20 || Character.isSurrogate(c) && !validPair(text, i)) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      out.append('"');
    }

    private static boolean validPair(String text, int i) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      }
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    static void collect(Object tree, List<String> strings, List<String> names) {
      if (tree instanceof Obj) {
        Obj obj = (Obj) tree;
        names.addAll(obj.names);
        obj.values.forEach(v -> collect(v, strings, names));
      } else if (tree instanceof List) {
        ((List<?>) tree).forEach(v -> collect(v, strings, names));
      } else if (tree instanceof String && ((String) tree).length() < 200) {
        strings.add((String) tree);
      }
    }
  }

  /** Mutations of a JSON tree. */
  static final class TreeMutations {
    private final Random random;
    private final List<String> strings;
    private final List<String> names;

    TreeMutations(Random random, List<String> strings, List<String> names) {
      this.random = random;
      this.strings = strings;
      this.names = names;
    }

    /** A place in the tree: a container and an index in it. */
    record Slot(Object container, int index, String pointer) {
      Object get() {
        return container instanceof Tree.Obj ? ((Tree.Obj) container).values.get(index) : ((List<?>) container).get(index);
      }

      @SuppressWarnings("unchecked")
      void set(Object value) {
        if (container instanceof Tree.Obj) {
          ((Tree.Obj) container).values.set(index, value);
        } else {
          ((List<Object>) container).set(index, value);
        }
      }
    }

    private static void slots(Object tree, String pointer, List<Slot> out) {
      if (tree instanceof Tree.Obj) {
        Tree.Obj obj = (Tree.Obj) tree;
        for (int i = 0; i < obj.values.size(); i++) {
          String p = pointer + "/" + obj.names.get(i);
          out.add(new Slot(obj, i, p));
          slots(obj.values.get(i), p, out);
        }
      } else if (tree instanceof List) {
        List<?> list = (List<?>) tree;
        for (int i = 0; i < list.size(); i++) {
          String p = pointer + "/" + i;
          out.add(new Slot(list, i, p));
          slots(list.get(i), p, out);
        }
      }
    }

    private Object scalar(Slot elsewhere) {
      switch (random.nextInt(22)) {
        case 0: return Tree.NULL;
        case 1: return Boolean.TRUE;
        case 2: return new Tree.Num("0");
        case 3: return new Tree.Num("-1");
        case 4: return new Tree.Num("1.5");
        case 5: return new Tree.Num("1e400");
        case 6: return new Tree.Num("-9223372036854775809");
        case 7: return new Tree.Num("2147483648");
        case 8: return "";
        case 9: return " ";
        case 10: return "x".repeat(1 + random.nextInt(200_000));
        case 11: return new ArrayList<>();
        case 12: return new Tree.Obj();
        case 13: return strings.get(random.nextInt(strings.size()));
        case 14: return Strings.unusual(random);
        case 15: return new Tree.Num("-0.0");
        case 16: return new Tree.Num("1E+2");
        case 17: return new Tree.Num(Integer.toString(random.nextInt(3000) - 1000));
        case 18: return new Tree.Num("9".repeat(1 + random.nextInt(120)));
        case 19: return date();
        case 20: return copy(elsewhere.get());
        default: return strings.get(random.nextInt(strings.size()));
      }
    }

    private String date() {
      String[] dates = {
        "2022-02-29", "2024-02-29", "0000-01-01", "9999-12-31", "+10000-01-01", "-0001-01-01",
        "2022-13-01", "2022-06-02T10:00", "24:00", "23:59:60", "23:59:59.999999999", "00:00",
        "10:00:00.5", "1:00", "10.00", "2022-6-2", "P1D", "now",
      };
      return dates[random.nextInt(dates.length)];
    }

    /** A deep copy; strings, numbers and raw text (deep nesting, never parsed) are immutable. */
    static Object copy(Object value) {
      if (value instanceof Tree.Obj) {
        Tree.Obj copy = new Tree.Obj();
        copy.names.addAll(((Tree.Obj) value).names);
        ((Tree.Obj) value).values.forEach(v -> copy.values.add(copy(v)));
        return copy;
      }
      if (value instanceof List) {
        List<Object> copy = new ArrayList<>();
        ((List<?>) value).forEach(v -> copy.add(copy(v)));
        return copy;
      }
      return value;
    }

    Object mutate(Object tree, StringBuilder how) {
      List<Slot> slots = new ArrayList<>();
      slots(tree, "", slots);
      if (slots.isEmpty()) {
        how.append(" (no slots)");
        return tree;
      }
      Slot slot = slots.get(random.nextInt(slots.size()));
      Slot other = slots.get(random.nextInt(slots.size()));
      switch (random.nextInt(10)) {
        case 0:
        case 1: {
          Object value = scalar(other);
          how.append(" set ").append(slot.pointer()).append('=').append(Strings.describe(Tree.write(value)));
          slot.set(value);
          return tree;
        }
        case 2: {
          // Swap values between two properties (the second a copy, so that no cycle forms).
          Object a = slot.get();
          Object b = other.get();
          how.append(" swap ").append(slot.pointer()).append(" <-> ").append(other.pointer());
          slot.set(copy(b));
          other.set(copy(a));
          return tree;
        }
        case 3: {
          how.append(" drop ").append(slot.pointer());
          if (slot.container() instanceof Tree.Obj) {
            ((Tree.Obj) slot.container()).names.remove(slot.index());
            ((Tree.Obj) slot.container()).values.remove(slot.index());
          } else {
            ((List<?>) slot.container()).remove(slot.index());
          }
          return tree;
        }
        case 4: {
          int times = 1 + random.nextInt(random.nextBoolean() ? 2 : 100);
          how.append(" duplicate ").append(slot.pointer()).append('x').append(times);
          for (int i = 0; i < times; i++) {
            if (slot.container() instanceof Tree.Obj) {
              Tree.Obj obj = (Tree.Obj) slot.container();
              obj.names.add(obj.names.get(slot.index()));
              obj.values.add(copy(slot.get()));
            } else {
              @SuppressWarnings("unchecked")
              List<Object> list = (List<Object>) slot.container();
              list.add(slot.index(), copy(slot.get()));
            }
          }
          return tree;
        }
        case 5: {
          if (slot.container() instanceof Tree.Obj) {
            Tree.Obj obj = (Tree.Obj) slot.container();
            String name = random.nextBoolean() ? names.get(random.nextInt(names.size())) : obj.names.get(slot.index()).toUpperCase();
            how.append(" rename ").append(slot.pointer()).append(" to ").append(name);
            obj.names.set(slot.index(), name);
          } else {
            how.append(" empty ").append(slot.pointer());
            slot.set(new ArrayList<>());
          }
          return tree;
        }
        case 6: {
          int depth = new int[] {2, 10, 63, 64, 65, 1000, 50_000}[random.nextInt(7)];
          boolean array = random.nextBoolean();
          String inner = Tree.write(slot.get());
          String text = (array ? "[" : "{\"a\":").repeat(depth) + inner + (array ? "]" : "}").repeat(depth);
          how.append(" nest ").append(slot.pointer()).append(array ? " [" : " {").append('x').append(depth);
          slot.set(new Tree.Raw(text));
          return tree;
        }
        case 7: {
          Object value = slot.get();
          if (value instanceof String) {
            String s = (String) value;
            String changed;
            switch (random.nextInt(5)) {
              case 0: changed = ""; break;
              case 1: changed = s.repeat(1 + random.nextInt(2000)); break;
              case 2: changed = s + Strings.unusual(random); break;
              case 3: changed = s.isEmpty() ? s : s.substring(0, random.nextInt(s.length())); break;
              default: changed = date(); break;
            }
            how.append(" string ").append(slot.pointer()).append('=').append(Strings.describe(changed));
            slot.set(changed);
          } else if (value instanceof Tree.Num) {
            String[] numbers = {"0", "-1", "-0", "1.5", "1e400", "1e-400", "2147483648", "-2147483649", "99999999999999999999", "1.0", "1E0", "007"};
            String n = numbers[random.nextInt(numbers.length)];
            how.append(" number ").append(slot.pointer()).append('=').append(n);
            slot.set(new Tree.Num(n));
          } else if (value instanceof List) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) value;
            if (!list.isEmpty()) {
              int times = random.nextInt(500);
              how.append(" grow ").append(slot.pointer()).append('x').append(times);
              Object first = list.get(0);
              for (int i = 0; i < times; i++) {
                list.add(copy(first));
              }
            }
          } else if (value instanceof Boolean) {
            how.append(" not ").append(slot.pointer());
            slot.set(!(Boolean) value);
          }
          return tree;
        }
        case 8: {
          if (slot.get() instanceof Tree.Obj) {
            Tree.Obj obj = (Tree.Obj) slot.get();
            String name = random.nextBoolean() ? names.get(random.nextInt(names.size())) : "unknownProperty";
            how.append(" add ").append(slot.pointer()).append('/').append(name);
            int i = random.nextInt(obj.names.size() + 1);
            obj.names.add(i, name);
            obj.values.add(i, scalar(other));
          }
          return tree;
        }
        default: {
          // Move a value to another place of the same kind (a copy of another slot's value).
          how.append(" copy ").append(other.pointer()).append(" to ").append(slot.pointer());
          slot.set(copy(other.get()));
          return tree;
        }
      }
    }
  }
}
