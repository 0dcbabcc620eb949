package io.github.minutes4j.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.PageSize;
import io.github.minutes4j.core.text.LabelSets;
import io.github.minutes4j.examples.reference.FormalReferenceMinutes;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import io.github.minutes4j.examples.reference.RightToLeftMinutes;
import io.github.minutes4j.testfixtures.NuChecker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Nu HTML Checker (the engine of validator.w3.org/nu), run in-process, finds neither errors
 * nor warnings in the pages, the inline CSS included. The pages it checks are kept in {@code
 * target/nu/}.
 */
class NuHtmlCheckerTest {

  static Stream<Arguments> pages() {
    List<Arguments> pages = new ArrayList<>();
    Pages.referenceDocumentsInEachLanguage()
        .forEach(
            arguments -> {
              Object[] a = arguments.get();
              Language language = (Language) a[2];
              pages.add(
                  Arguments.of(
                      a[0] + "-" + language.tag(),
                      a[1],
                      ExportOptions.defaults().withLanguage(language)));
            });
    // The formal reference documents (a protokoll and English AGM minutes), in each language.
    for (ReferenceMinutes.ReferenceDocument document : FormalReferenceMinutes.all()) {
      for (Language language : LabelSets.shipped()) {
        pages.add(
            Arguments.of(
                document.name() + "-" + language.tag(),
                document.minutes(),
                ExportOptions.defaults().withLanguage(language)));
      }
    }
    pages.add(Arguments.of("hostile-sv", Pages.hostile(), ExportOptions.defaults()));
    for (Language language : LabelSets.shipped()) {
      pages.add(
          Arguments.of(
              "rtl-mixed-" + language.tag(),
              RightToLeftMinutes.mixed(language),
              ExportOptions.defaults()));
    }
    // Text not in NFC, which the page writes in NFC: no warning.
    pages.add(Arguments.of("decomposed-sv", EscapingTest.decomposed(), ExportOptions.defaults()));
    pages.add(
        Arguments.of(
            "hostile-en-letter-without-participants",
            Pages.hostile(),
            ExportOptions.defaults()
                .withLanguage(Language.ENGLISH)
                .withPageSize(PageSize.LETTER)
                .withParticipants(false)));
    pages.add(
        Arguments.of(
            "branded-png-sv",
            ReferenceMinutes.june2022(),
            Pages.branded(ExportOptions.defaults(), Pages.PNG_LOGO)));
    pages.add(
        Arguments.of(
            "branded-svg-hostile-en",
            Pages.hostile(),
            Pages.branded(
                ExportOptions.defaults().withLanguage(Language.ENGLISH),
                Pages.SVG_LOGO.getBytes(StandardCharsets.UTF_8))));
    // Formal minutes: every part of a protokoll and of English minutes, an extract, and the
    // protokoll in every shipped language with a table of contents.
    pages.add(Arguments.of("formal-protokoll-sv", FormalDocuments.protokoll(), ExportOptions.defaults()));
    pages.add(
        Arguments.of("formal-minutes-en", FormalDocuments.annualMeeting(), ExportOptions.defaults()));
    pages.add(
        Arguments.of(
            "formal-extract-sv",
            FormalDocuments.protokoll(),
            ExportOptions.defaults().withExtract("§ 42", "§ 43").withTableOfContents(true)));
    // A right-to-left protokoll with the fallback labels.
    pages.add(
        Arguments.of(
            "formal-protokoll-ar",
            FormalDocuments.protokoll().toBuilder().language(Language.ofTag("ar")).build(),
            ExportOptions.defaults()));
    // Native digits asked for by the language tag (ar-u-nu-arab, fa-u-nu-arabext): the tag is
    // the page's or the text's lang.
    Pages.nativeDigitPages().forEach(pages::add);
    for (Language language : LabelSets.shipped()) {
      pages.add(
          Arguments.of(
              "formal-protokoll-toc-" + language.tag(),
              FormalDocuments.protokoll(),
              ExportOptions.defaults().withLanguage(language).withTableOfContents(true)));
    }
    return pages.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void pageHasNoErrorsAndNoWarnings(String name, Minutes minutes, ExportOptions options)
      throws Exception {
    Path file =
        Pages.write(Pages.outputDir().resolve("nu").resolve(name + ".html"), Pages.html(minutes, options));
    List<String> problems = new ArrayList<>(NuChecker.problems(file));
    if (options.look().logo().isPresent()) {
      // The checker's own CSP check blocks every data: image whatever img-src says (it warns for
      // "img-src data:", "img-src *" and "img-src 'self' data: blob:" alike), while browsers
      // show the logo under "img-src data:" (docs/images/html-look-*.png). Only that one
      // warning, for the logo's data: URI, is allowed.
      problems.removeIf(
          p ->
              p.startsWith("WARNING ")
                  && p.contains("Resource violates Content Security Policy (meta tag): image data:image/")
                  && p.endsWith("blocked by img-src directive."));
    }
    assertEquals(List.of(), problems, file + " has problems:\n" + String.join("\n", problems));
  }

  @Test
  void anArabicPageHasNoErrorsAndNoWarnings() throws Exception {
    Path file =
        Pages.write(Pages.outputDir().resolve("nu").resolve("rtl-arabic.html"), Pages.arabicPage());
    List<String> problems = NuChecker.problems(file);
    assertEquals(List.of(), problems, file + " has problems:\n" + String.join("\n", problems));
  }

  /** Shows that the check can fail: a page with known mistakes gets errors. */
  @Test
  void theCheckerReportsErrors() throws Exception {
    String broken =
        "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"></head>"
            + "<body><p><div>x</div></p><a href=\"#\">x</a><img src=\"a.png\"></body></html>";
    List<String> problems = NuChecker.problems(broken);
    assertTrue(problems.size() >= 3, "expected at least 3 problems, got " + problems);
  }
}
