package io.github.minutes4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.core.validation.Violation;
import io.github.minutes4j.pdf.UnsupportedCharacterException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of hostile strings, each put in every text field of {@link Documents#everyField()} in
 * turn (with the fields that share its text, see {@link #sharing}): validation refuses it at
 * exactly those fields' paths (and every exporter refuses it and
 * writes nothing), or every format renders it inertly: JSON reads back equal, the HTML page has
 * exactly the elements and attributes it has with plain text, shows the string as text, and has
 * no link but http, https and mailto. The PDF side is in {@code PdfHostileInputTest}.
 */
class HostileTextTest {

  /** The network of the first participant of {@link Documents#everyField()}. */
  private static final String MEMBER_NETWORK = "NUH";

  private static Canaries canaries;
  private static final List<String> CASES = new ArrayList<>();
  private static int refused;
  private static int rendered;

  /** One hostile string and where validation refuses it. */
  record Hostile(String name, String text, Predicate<ModelText.Kind> refusedIn, String shown) {
    Hostile(String name, String text, Predicate<ModelText.Kind> refusedIn) {
      this(name, text, refusedIn, text);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final Predicate<ModelText.Kind> NOWHERE = kind -> false;
  private static final Predicate<ModelText.Kind> EVERYWHERE = kind -> true;
  private static final Predicate<ModelText.Kind> UNLESS_PLAIN = kind -> kind != ModelText.Kind.PLAIN;

  @BeforeAll
  static void startCanaries() throws IOException {
    canaries = Canaries.startSelfTested();
  }

  @AfterAll
  static void noRequestsAndNoReads() throws IOException {
    canaries.assertUntouchedAndClose();
    // Every string in every field: the corpus is as large as it says.
    assertEquals(corpus().count() * fields().size(), CASES.size());
    assertTrue(refused > 0 && rendered > 0, refused + " refused, " + rendered + " rendered");
    System.out.printf(
        "hostile text: %d strings x %d fields = %d cases, %d refused with their path (by JSON, HTML"
            + " and PDF), %d rendered inertly (JSON, HTML); PDF: %d strings printed inertly in every"
            + " field at once, %d refused for characters its fonts lack%n",
        corpus().count(), fields().size(), CASES.size(), refused, rendered, pdfs, pdfRefusals);
  }

  /** The hostile strings, with where validation refuses each. */
  static Stream<Hostile> corpus() {
    String server = canaries == null ? "http://127.0.0.1:1" : canaries.server();
    String file = canaries == null ? "file:///tmp/canary" : canaries.fileUrl();
    return Stream.of(
        new Hostile("script element", "<script>alert(1)</script>", NOWHERE),
        new Hostile("img onerror", "\"><img src=x onerror=alert(1)>", NOWHERE),
        new Hostile("svg onload", "'><svg onload=alert(1)>", NOWHERE),
        new Hostile("attribute breakers", "\"'><", NOWHERE),
        new Hostile("end of style", "</style><script>alert(1)</script>", NOWHERE),
        new Hostile("end of title", "</title><script>alert(1)</script>", NOWHERE),
        new Hostile("end of textarea", "</textarea></noscript></template><script>x</script>", NOWHERE),
        new Hostile("css url", "body{background:url(" + server + "/css-url)}", NOWHERE),
        new Hostile("style element with url", "<style>@import url(" + server + "/import);</style>", NOWHERE),
        new Hostile("link element", "<link rel=stylesheet href=" + server + "/link>", NOWHERE),
        new Hostile("img of the canary file", "<img src=\"" + file + "\">", NOWHERE),
        new Hostile("meta refresh", "<meta http-equiv=refresh content=\"0;url=" + server + "/refresh\">", NOWHERE),
        new Hostile("base element", "<base href=\"" + server + "/\">", NOWHERE),
        new Hostile("javascript url as text", "javascript:alert(document.cookie)", NOWHERE),
        new Hostile("anchor with javascript", "<a href=\"javascript:alert(1)\">click</a>", NOWHERE),
        new Hostile("comment and cdata", "<!-- x --> <![CDATA[ ]]> <!DOCTYPE html> ]]>", NOWHERE),
        new Hostile("character references", "&lt; &#60; &#x3C; &amp; &", NOWHERE),
        new Hostile("template syntax", "{{7*7}} ${7*7} #{7*7} <%= 7*7 %>", NOWHERE),
        new Hostile("percent-encoded markup", "%3Cscript%3Ealert(1)%3C/script%3E", NOWHERE),
        new Hostile("right to left with markup", "مرحبا <b>x</b> שלום", NOWHERE),
        new Hostile("zero-width characters", "zero\u200Bwidth\u200C\u200D\u2060\uFEFFjoin", NOWHERE),
        // Fixed finding: a text of invisible characters alone passed as not blank, and printed as
        // an empty heading or name; it is blank now, as white space only is. A plain span may
        // be blank, but not every span of a paragraph (see blankParagraphs).
        new Hostile("byte order mark alone", "\uFEFF", UNLESS_PLAIN),
        new Hostile("zero-width space and word joiner alone", "\u200B\u2060", UNLESS_PLAIN),
        new Hostile("no-break space and soft hyphen alone", "\u00A0\u00AD", UNLESS_PLAIN),
        new Hostile("emoji and astral", "👩🏽‍💻 🇸🇪 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \uD83D\uDE00", NOWHERE),
        new Hostile("combining marks", "e\u0301\u0302\u0303 Z\u0351\u0352\u0353\u0354", NOWHERE),
        new Hostile("bidi override", "\u202Etxt.exe", EVERYWHERE),
        new Hostile("bidi isolate", "a\u2066b\u2069c", EVERYWHERE),
        new Hostile("line separator", "a\u2028b", EVERYWHERE),
        new Hostile("nul", "a\u0000b", EVERYWHERE),
        new Hostile("bell and escape", "a\u0007\u001B[31mred", EVERYWHERE),
        new Hostile("line feed", "line\nbreak", EVERYWHERE),
        new Hostile("tab", "a\tb", EVERYWHERE),
        new Hostile("next line (C1)", "a\u0085b", EVERYWHERE),
        new Hostile("lone high surrogate", "a\uD800b", EVERYWHERE),
        new Hostile("lone low surrogate", "\uDC00", EVERYWHERE),
        new Hostile("noncharacter U+FFFE", "a\uFFFE", EVERYWHERE),
        // Fixed finding: @Text refused U+FFFE and U+FFFF only, not the other 64 noncharacters,
        // which the HTML page showed as U+FFFD; now it refuses all 66, and Private Use Area
        // characters too (no agreed meaning, no glyph in the PDF fonts, a Nu checker warning).
        new Hostile("noncharacter U+FDD0", "a\uFDD0b", EVERYWHERE),
        new Hostile("astral noncharacter U+10FFFF", "a\uDBFF\uDFFFb", EVERYWHERE),
        new Hostile("private use U+E000", "a\uE000b", EVERYWHERE),
        new Hostile("astral private use U+F0000", "a\uDB80\uDC00b", EVERYWHERE),
        new Hostile("white space only", "   ", UNLESS_PLAIN),
        new Hostile("one megabyte", "A".repeat(1 << 20), EVERYWHERE));
  }

  /** The path of a span of a paragraph or list item; group 1 is the paragraph's path. */
  private static final Pattern SPAN = Pattern.compile("(.+)\\.content\\[\\d+\\]\\.text");

  /** The path of the paragraph or list item that a span's text is in, or null for another text. */
  static String paragraphOf(String path) {
    Matcher span = SPAN.matcher(path);
    return span.matches() ? span.group(1) : null;
  }

  /**
   * The paragraphs and list items whose every span shows nothing (white space and invisible
   * characters only), which validation refuses at their paths: a blank plain span is fine only
   * beside one that shows.
   */
  static Set<String> blankParagraphs(Minutes minutes) {
    Map<String, Boolean> showNothing = new HashMap<>();
    for (ModelText.Piece piece : ModelText.of(minutes)) {
      String paragraph = paragraphOf(piece.path());
      if (paragraph != null) {
        showNothing.merge(
            paragraph, MinutesArbitraries.showsNothing(piece.text()), Boolean::logicalAnd);
      }
    }
    return showNothing.entrySet().stream()
        .filter(Map.Entry::getValue)
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every text field of the document: its path and kind. */
  static List<ModelText.Piece> fields() {
    List<ModelText.Piece> fields = new ArrayList<>();
    for (ModelText.Piece piece : ModelText.of(Documents.everyField())) {
      if (piece.kind() != ModelText.Kind.ADDRESS) {
        fields.add(piece);
      }
    }
    return fields;
  }

  /**
   * The paths at which a hostile string goes in place of a field's text: the field's own, and,
   * for a text that names another part (an attendee's name in the chair, a ballot or a
   * substitute's member; a proposal's id in a vote; an attachment's number; an item's number in an
   * arrival), every path with the same text, as renaming it would, so that the references hold.
   * {@link Documents#everyField()} gives every other text of its own.
   */
  static Set<String> sharing(Minutes base, ModelText.Piece field) {
    Set<String> paths = new TreeSet<>(Set.of(field.path()));
    if (field.kind() == ModelText.Kind.CODE || field.kind() == ModelText.Kind.MEMBER_CODE) {
      return paths;
    }
    for (ModelText.Piece piece : ModelText.of(base)) {
      boolean text =
          piece.kind() != ModelText.Kind.CODE
              && piece.kind() != ModelText.Kind.MEMBER_CODE
              && piece.kind() != ModelText.Kind.ADDRESS;
      if (text && piece.text().equals(field.text())) {
        paths.add(piece.path());
      }
    }
    return paths;
  }

  static Stream<Arguments> hostileStrings() {
    return corpus().map(Arguments::of);
  }

  /** The hostile strings some text field accepts. */
  static Stream<Arguments> acceptedStrings() {
    return corpus().filter(h -> !h.refusedIn().test(ModelText.Kind.PLAIN)).map(Arguments::of);
  }

  /**
   * The paths at which validation must refuse minutes with the string at this field, or an empty
   * set if it must accept them. A network code must be letters, digits and hyphens, so every
   * hostile string is refused there; and a participant's network code must name a declared
   * network, which no hostile string does.
   */
  static Set<String> expectedViolations(Hostile hostile, ModelText.Piece field) {
    Set<String> paths = new TreeSet<>();
    switch (field.kind()) {
      case CODE:
        paths.add(field.path());
        if (field.text().equals(MEMBER_NETWORK)) {
          // The participant of that network now names an undeclared one.
          paths.add("participants.entries[0].affiliation");
        }
        break;
      case MEMBER_CODE:
        paths.add("participants.entries[0].affiliation");
        if (hostile.refusedIn().test(field.kind())) {
          paths.add(field.path());
        }
        break;
      default:
        if (hostile.refusedIn().test(field.kind())) {
          paths.add(field.path());
        }
    }
    return paths;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileStrings")
  void isRefusedAtItsPathOrRenderedInertlyInEveryField(Hostile hostile) throws IOException {
    Minutes base = Documents.everyField();
    List<String> failures = new ArrayList<>();
    for (ModelText.Piece field : fields()) {
      CASES.add(hostile.name() + " @ " + field.path());
      Set<String> sharing = sharing(base, field);
      Map<String, String> placed = new HashMap<>();
      sharing.forEach(path -> placed.put(path, hostile.text()));
      Minutes minutes = ModelText.set(base, placed);
      Set<String> expected = new TreeSet<>();
      for (ModelText.Piece piece : ModelText.of(base)) {
        if (sharing.contains(piece.path())) {
          expected.addAll(expectedViolations(hostile, piece));
        }
      }
      expected.addAll(blankParagraphs(minutes));
      Set<String> actual =
          MinutesValidator.shared().validate(minutes).stream()
              .map(Violation::path)
              .collect(Collectors.toCollection(TreeSet::new));
      if (!expected.equals(actual)) {
        failures.add(field.path() + ": expected violations at " + expected + ", got " + actual);
        continue;
      }
      try {
        if (expected.isEmpty()) {
          assertRenderedInertly(minutes, base, field, hostile.shown());
          rendered++;
        } else {
          assertEveryExporterRefuses(minutes, expected);
          refused++;
        }
      } catch (AssertionError e) {
        failures.add(field.path() + ": " + e.getMessage());
      }
    }
    assertEquals(List.of(), failures, () -> String.join("\n", failures));
  }

  private static int pdfs;
  private static int pdfRefusals;

  /**
   * The PDF of each hostile string the validator accepts, put in every text field that accepts
   * it at once: the PDF shows it as text (compared without white space and invisible characters)
   * and links only to the document's own addresses; or, if the shipped fonts cannot draw some of
   * its characters (right-to-left scripts, emoji), the exporter refuses it with {@code
   * UnsupportedCharacterException} naming a path where each character is, and writes nothing.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedStrings")
  void isPrintedInertlyOrRefusedByThePdfExporter(Hostile hostile) {
    Minutes base = Documents.everyField();
    // A text that occurs more than once names another part (an attendee, a proposal): the same
    // string in all of them would make the attendees one person and the proposals one.
    Map<String, Long> occurrences =
        ModelText.of(base).stream()
            .collect(Collectors.groupingBy(ModelText.Piece::text, Collectors.counting()));
    Set<String> placed = new TreeSet<>();
    Minutes everywhere =
        ModelText.map(
            base,
            (path, kind, text) -> {
              boolean textField =
                  kind != ModelText.Kind.ADDRESS && kind != ModelText.Kind.CODE && kind != ModelText.Kind.MEMBER_CODE;
              if (textField && occurrences.get(text) == 1 && !hostile.refusedIn().test(kind)) {
                placed.add(path);
                return hostile.text();
              }
              return text;
            });
    // Blank text alone in a paragraph (or list item) leaves it showing nothing, which is refused:
    // the spans of such a paragraph keep their text.
    Set<String> blank = blankParagraphs(everywhere);
    Map<String, String> original =
        ModelText.of(base).stream()
            .collect(Collectors.toMap(ModelText.Piece::path, ModelText.Piece::text));
    Predicate<String> inBlank = path -> paragraphOf(path) != null && blank.contains(paragraphOf(path));
    placed.removeIf(inBlank);
    Minutes minutes =
        ModelText.map(
            everywhere, (path, kind, text) -> inBlank.test(path) ? original.get(path) : text);
    // Blank text goes only where a span beside it shows: the first paragraph's plain span.
    assertTrue(
        placed.size() >= (MinutesArbitraries.showsNothing(hostile.text()) ? 1 : 4),
        "accepted in " + placed);
    assertEquals(List.of(), MinutesValidator.shared().validate(minutes));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!PdfText.printable(hostile.shown())) {
      UnsupportedCharacterException e =
          assertThrows(UnsupportedCharacterException.class, () -> PdfText.PDF.export(minutes, ExportOptions.defaults(), out));
      assertTrue(e.characters().size() > 0);
      for (UnsupportedCharacterException.UnsupportedCharacter c : e.characters()) {
        if (hostile.text().codePoints().anyMatch(p -> p == c.codePoint())) {
          assertTrue(placed.contains(c.path()), c + " is not at one of " + placed);
        } else {
          // A replacement the page made (see the noncharacters): not in the minutes' text.
          assertTrue(hostile.shown().codePoints().anyMatch(p -> p == c.codePoint()), c.toString());
          assertEquals("", c.path(), c.toString());
        }
      }
      assertEquals(0, out.size(), "the PDF exporter wrote something");
      pdfRefusals++;
      return;
    }
    byte[] pdf = PdfText.pdf(minutes, ExportOptions.defaults());
    String body = PdfText.visibleBody(pdf);
    assertTrue(body.contains(PdfText.visible(hostile.shown())), () -> "not in the PDF's text: " + body);
    Set<String> addresses = PdfText.addresses(minutes);
    for (String link : PdfText.links(pdf)) {
      assertTrue(addresses.contains(link), "a link to " + link);
    }
    pdfs++;
  }

  static List<MinutesExporter> exporters() {
    return List.of(Formats.JSON, Formats.HTML, PdfText.PDF);
  }

  /** Each exporter throws the validator's exception with the same paths, and writes nothing. */
  static void assertEveryExporterRefuses(Minutes minutes, Set<String> paths) {
    for (MinutesExporter exporter : exporters()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      InvalidMinutesException e =
          assertThrows(
              InvalidMinutesException.class,
              () -> exporter.export(minutes, ExportOptions.defaults(), out),
              exporter.format().id());
      assertEquals(
          paths,
          e.violations().stream().map(Violation::path).collect(Collectors.toCollection(TreeSet::new)),
          exporter.format().id());
      assertEquals(0, out.size(), exporter.format().id() + " wrote something");
    }
  }

  static void assertRenderedInertly(Minutes minutes, Minutes base, ModelText.Piece field, String text) {
    assertEquals(minutes, Formats.read(Formats.json(minutes)), "JSON round trip");

    Document page = Formats.page(minutes, ExportOptions.defaults());
    Document plain = Formats.page(base, ExportOptions.defaults());
    assertEquals(Pages.shape(plain), Pages.shape(page), "the page's elements and attributes");
    assertEquals(List.of(), Pages.activeElements(page), "active elements");
    assertEquals(
        Pages.hrefSchemes(plain), Pages.hrefSchemes(page), "the links' schemes");
    String expected = Pages.normal(text);
    assertTrue(Pages.text(page).contains(expected), "the page does not show the text as text");
  }
}
