package io.github.minutes4j.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.html.HtmlMinutesExporter;
import io.github.minutes4j.json.JsonMinutesExporter;
import io.github.minutes4j.testfixtures.NuChecker;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Properties of the JSON and HTML formats over generated, valid minutes (see {@link
 * MinutesArbitraries} for what is generated). The tries are chosen to fit the module's time
 * budget; the Nu HTML Checker costs about 150 ms a page, so it sees fewer.
 */
class ExporterPropertiesTest {

  @Provide
  Arbitrary<Minutes> minutes() {
    return MinutesArbitraries.minutes();
  }

  @Provide
  Arbitrary<ExportOptions> options() {
    return MinutesArbitraries.options();
  }

  /** Writing JSON and reading it back gives equal minutes, whatever the text. */
  @Property(tries = 400)
  void jsonWriteThenReadGivesEqualMinutes(@ForAll("minutes") Minutes minutes) {
    byte[] json = Formats.json(minutes);
    assertEquals(minutes, Formats.read(json));
    GeneratedText.classify(minutes);
  }

  /**
   * Every string of the minutes that a page prints is in the page's text, and no string adds or
   * removes an element or an attribute: the page of the same minutes with neutral text has the
   * same shape.
   */
  @Property(tries = 200)
  void htmlShowsEveryStringAsTextAndNoneAsMarkup(
      @ForAll("minutes") Minutes minutes, @ForAll("options") ExportOptions options) {
    Document page = Formats.page(minutes, options);
    String text = Pages.text(page);
    for (ModelText.Piece piece : ModelText.of(minutes)) {
      if (!isPrinted(piece, minutes, options)) {
        continue;
      }
      String expected = Pages.normal(piece.text());
      assertTrue(
          text.contains(expected),
          () -> piece.path() + " is not on the page as text: «" + expected + "»");
    }
    assertEquals(
        Pages.shape(Formats.page(Pages.neutral(minutes), options)),
        Pages.shape(page),
        "the text of the minutes changed the page's elements or attributes");
    assertEquals(List.of(), Pages.activeElements(page));
    for (String scheme : Pages.hrefSchemes(page)) {
      assertTrue(
          scheme.isEmpty() || Pages.SAFE_SCHEMES.contains(scheme), "a link with scheme " + scheme);
    }
  }

  /**
   * Warnings of the Nu HTML Checker that are about the text a person wrote, not about the markup,
   * and that no exporter can avoid without changing the text: a text run or attribute value that
   * starts with a combining character (a span that begins with one, after an element), and the
   * checker's guess that text is in another language or direction than the page declares. Any text
   * the model allows may cause them. Warnings about text not in Normalization Form C (the page
   * writes NFC) or about the Private Use Area (the model refuses it) are not among them: those are
   * failures now.
   */
  static final List<String> TEXT_WARNINGS =
      List.of(
          "starts with a composing character",
          "This document appears to be written in",
          "Consider adding dir=\"rtl\"");

  /**
   * Every page passes the Nu HTML Checker: no errors at all, and no warnings but those about the
   * text itself ({@link #TEXT_WARNINGS}). The dates are any the model allows: it refuses years
   * outside 0001 to 9999 (a fixed finding: the page's {@code <time datetime>} got values such as
   * {@code +10000-01-01}, which are not HTML dates).
   */
  @Property(tries = 25)
  void htmlPassesTheNuChecker(
      @ForAll("minutes") Minutes minutes, @ForAll("options") ExportOptions options) {
    String html = Formats.html(minutes, options);
    List<String> problems = new ArrayList<>(NuChecker.problems(html));
    problems.removeIf(p -> p.startsWith("WARNING ") && TEXT_WARNINGS.stream().anyMatch(p::contains));
    assertEquals(List.of(), problems, () -> "the page has problems:\n" + String.join("\n", problems));
  }

  /** A page of text not in NFC, with every character the Nu checker may warn on: no warning. */
  @Example
  void htmlOfDecomposedTextHasNoWarningAtAll() {
    Minutes minutes =
        ModelText.map(
            Documents.everyField(),
            (path, kind, text) ->
                kind == ModelText.Kind.ADDRESS || kind == ModelText.Kind.CODE || kind == ModelText.Kind.MEMBER_CODE
                    ? text
                    : java.text.Normalizer.normalize(text + " Åsa Öberg på café", java.text.Normalizer.Form.NFD));
    String html = Formats.html(minutes, ExportOptions.defaults());
    assertEquals(List.of(), NuChecker.problems(html));
  }

  /**
   * The same minutes give the same bytes: exported twice, by a new exporter, and after a JSON
   * round trip (equal minutes built anew).
   */
  @Property(tries = 150)
  void theSameMinutesGiveTheSameBytes(
      @ForAll("minutes") Minutes minutes, @ForAll("options") ExportOptions options) {
    byte[] json = Formats.json(minutes);
    Minutes again = Formats.read(json);
    assertArrayEquals(json, Formats.export(new JsonMinutesExporter(), again, ExportOptions.defaults()));
    assertArrayEquals(
        Formats.export(Formats.JSON, minutes, options),
        Formats.export(new JsonMinutesExporter(), again, options));
    byte[] html = Formats.export(Formats.HTML, minutes, options);
    assertArrayEquals(html, Formats.export(Formats.HTML, minutes, options));
    assertArrayEquals(html, Formats.export(new HtmlMinutesExporter(), again, options));
    // The page parses to what it says.
    assertTrue(Jsoup.parse(new String(html, StandardCharsets.UTF_8)).title().length() > 0);
  }

  /**
   * Whether a page made of these minutes with these options prints the piece as text. A
   * participant list without rows prints nothing, not even its heading.
   */
  static boolean isPrinted(ModelText.Piece piece, Minutes minutes, ExportOptions options) {
    if (piece.kind() == ModelText.Kind.ADDRESS) {
      return false;
    }
    if (piece.path().startsWith("participants")
        && (!options.includeParticipants()
            || minutes.participants().map(list -> list.entries().isEmpty()).orElse(true))) {
      return false;
    }
    return !Pages.normal(piece.text()).isEmpty();
  }

  /** Records what kinds of text were generated, and checks that each kind comes up. */
  static final class GeneratedText {
    private GeneratedText() {}

    static void classify(Minutes minutes) {
      boolean astral = false;
      boolean combining = false;
      boolean rightToLeft = false;
      boolean huge = false;
      for (ModelText.Piece piece : ModelText.of(minutes)) {
        String t = piece.text();
        astral |= t.codePoints().anyMatch(c -> c > 0xFFFF);
        combining |= t.codePoints().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK);
        rightToLeft |=
            t.codePoints()
                .anyMatch(
                    c ->
                        Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                            || Character.getDirectionality(c)
                                == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
        huge |= t.length() >= 10_000;
      }
      Statistics.label("astral").collect(astral);
      Statistics.label("combining marks").collect(combining);
      Statistics.label("right to left").collect(rightToLeft);
      Statistics.label("a text of 10,000+ chars").collect(huge);
      Statistics.label("no agenda").collect(minutes.agenda().isEmpty());
      Statistics.label("participant list").collect(minutes.participants().isPresent());
      Statistics.label("astral").coverage(c -> c.check(true).percentage(p -> p > 30));
      Statistics.label("combining marks").coverage(c -> c.check(true).percentage(p -> p > 30));
      Statistics.label("right to left").coverage(c -> c.check(true).percentage(p -> p > 30));
      Statistics.label("a text of 10,000+ chars").coverage(c -> c.check(true).percentage(p -> p > 1));
      Statistics.label("no agenda").coverage(c -> c.check(true).percentage(p -> p > 5));
      Statistics.label("participant list").coverage(c -> c.check(true).percentage(p -> p > 30));
    }
  }
}
