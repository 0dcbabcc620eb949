package io.github.minutes4j.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.examples.reference.RightToLeftMinutes;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Native digits and punctuation of Arabic-script pages: the digits the page's labels write
 * (dates, times, tallies) follow the language tag's {@code -u-nu-} extension, machine-readable
 * values and the minutes' own text do not.
 */
class NativeDigitsTest {

  private static final Pattern WESTERN = Pattern.compile("[0-9]");

  @Test
  void anArabicDocumentWritesWesternDigitsUnlessItsTagAsksForOthers() {
    Document western = Pages.parse(Pages.arabicPage());
    assertEquals("18 نوفمبر 2026، الساعة 09:00–11:30", western.selectFirst("p.when").text());

    Document page =
        Pages.parse(
            Pages.html(
                RightToLeftMinutes.arabic().toBuilder().language(Pages.ARABIC_DIGITS).build()));
    assertEquals("ar-u-nu-arab", page.selectFirst("html").attr("lang"));
    assertEquals("rtl", page.selectFirst("html").attr("dir"));
    assertEquals("١٨ نوفمبر ٢٠٢٦، الساعة ٠٩:٠٠–١١:٣٠", page.selectFirst("p.when").text());
    // Machines read the datetime attributes: they stay ISO 8601.
    assertEquals("2026-11-18", page.selectFirst("p.when time").attr("datetime"));
    assertEquals("2026-11-18T09:00", page.select("p.when time").get(1).attr("datetime"));
    assertEquals("٢٠ نوفمبر ٢٠٢٦", page.selectFirst(".facts time").text());
    // The user's own digits stay as written: "شارع الملك ١٢", "تقرير اللجنة (٢٠٢٦)".
    assertEquals("قاعة المجلس، شارع الملك ١٢، الرياض", page.selectFirst(".where").text());
    assertEquals("تقرير اللجنة (٢٠٢٦)", page.getElementById("item-2").text());
    assertFalse(WESTERN.matcher(page.body().text()).find(), page.body().text());
  }

  @Test
  void persianMinutesWithEnglishLabelsTakePersianDigitsAndArabicPunctuation() {
    Document page =
        Pages.parse(
            Pages.html(
                RightToLeftMinutes.arabic().toBuilder().language(Pages.PERSIAN_DIGITS).build()));
    // The labels are the fallback's, English; the minutes' text keeps the whole tag.
    assertEquals("en", page.selectFirst("html").attr("lang"));
    assertEquals("fa-u-nu-arabext", page.selectFirst("h1").attr("lang"));
    assertEquals("rtl", page.selectFirst("html").attr("dir"));
    assertEquals("۱۸ November ۲۰۲۶, ۰۹:۰۰–۱۱:۳۰", page.selectFirst("p.when").text());
    assertEquals("قاعة المجلس، شارع الملك ١٢، الرياض", page.selectFirst(".where").text());
    assertEquals(
        RightToLeftMinutes.PERSIAN_NAME + "، أمين السر", page.selectFirst(".people li").text());
  }

  @Test
  void aProtokollInArabicWithArabicIndicDigitsKeepsItsParagraphNumbers() {
    Document page =
        Pages.parse(
            Pages.html(
                FormalDocuments.protokoll(),
                ExportOptions.defaults().withLanguage(Pages.ARABIC_DIGITS)));
    // Paragraph numbers are names (counted from § 41 here, or written by the minutes): Western.
    assertEquals(
        "§ 41", page.selectFirst("#item-1 .item-number").text().replace('\u00a0', ' '));
    Element result = page.selectFirst("p.vote-result");
    assertTrue(
        Pattern.compile("نتيجة التصويت: نعم [٠-٩]+، لا [٠-٩]+، امتناع [٠-٩]+\\.")
            .matcher(result.text())
            .matches(),
        result.text());
    for (Element time : page.select("time")) {
      assertFalse(WESTERN.matcher(time.text()).find(), time.outerHtml());
      assertFalse(time.attr("datetime").isEmpty());
    }
    assertTrue(page.select("time").size() > 3);
    // The separators are Arabic: between the members who reserved themselves, and in lists.
    for (Element people : page.select(".attendees li")) {
      assertFalse(people.text().contains(", "), people.outerHtml());
    }
  }

  @Test
  void theSameProtokollInSwedishIsUnchanged() {
    Document page = Pages.parse(Pages.html(FormalDocuments.protokoll()));
    assertEquals(
        Language.SWEDISH.tag(), page.selectFirst("html").attr("lang"));
    assertTrue(page.selectFirst("p.vote-result").text().matches("Omröstningsresultat: \\d+ ja, \\d+ nej, \\d+ avstår\\."));
  }
}
