package io.github.minutes4j.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutes4j.core.Attendance;
import io.github.minutes4j.core.HeadCount;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Moment;
import io.github.minutes4j.core.Session;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DecimalStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Native digits on request, through the language tag's Unicode extension {@code nu}. */
class LabelDigitsTest {

  private static final Session SESSION =
      Session.on(LocalDate.of(2026, 11, 18), LocalTime.of(9, 30), LocalTime.of(15, 0))
          .attendance(Attendance.of(HeadCount.about(10), HeadCount.exactly(13)))
          .build();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Western digits by default, also for Arabic, whose JDK locale would write Arabic-Indic.
        "ar | 18 نوفمبر 2026، الساعة 09:30–15:00 | 13 | عدد الحاضرين في المكان: نحو 10، وعن بُعد: 13.",
        "ar-u-nu-latn | 18 نوفمبر 2026، الساعة 09:30–15:00 | 13 | عدد الحاضرين في المكان: نحو 10، وعن بُعد: 13.",
        "ar-u-nu-arab | ١٨ نوفمبر ٢٠٢٦، الساعة ٠٩:٣٠–١٥:٠٠ | ١٣ | عدد الحاضرين في المكان: نحو ١٠، وعن بُعد: ١٣.",
        "ar-EG-u-nu-arab | ١٨ نوفمبر ٢٠٢٦، الساعة ٠٩:٣٠–١٥:٠٠ | ١٣ | عدد الحاضرين في المكان: نحو ١٠، وعن بُعد: ١٣.",
        // Persian digits (U+06F0...) with the fallback's (English) words.
        "fa-u-nu-arabext | 18 November 2026, 09:30–15:00 | ۱۳ | About ۱۰ people attended on site and ۱۳ people remotely.",
        "sv | 18 november 2026 kl. 09.30–15.00 | 13 | Ca 10 personer deltog på plats och 13 personer på distans."
      })
  void datesTimesAndCountsTakeTheDigitsTheTagAsksFor(
      String tag, String when, String thirteen, String attendance) {
    Labels labels = Labels.of(Language.ofTag(tag));

    assertEquals(
        tag.startsWith("fa") ? "۱۸ November ۲۰۲۶, ۰۹:۳۰–۱۵:۰۰" : when, labels.when(SESSION));
    assertEquals(thirteen, labels.number(13));
    assertEquals(Optional.of(tag.startsWith("fa") ? "About ۱۰ people attended on site and ۱۳ people remotely." : attendance),
        labels.attendance(SESSION.attendance()));
  }

  @Test
  void theTagKeepsItsExtensionAndIsServedByTheSetWithoutIt() {
    Language language = Language.ofTag("AR-u-NU-arab");

    assertEquals("ar-u-nu-arab", language.tag());
    assertEquals(language, Language.ofTag(language.tag()), "reads back from what is written");
    Labels labels = Labels.of(language);
    assertEquals(language, labels.language(), "the page's lang keeps the extension");
    assertEquals(Language.ofTag("ar"), labels.resolution().servedBy());
    assertEquals(List.of(), labels.resolution().keysFromFallback());
  }

  @Test
  void theDigitsOfTheLabelTextsFollowButThoseOfOverridesAndParagraphsDoNot() {
    Labels arabic = Labels.of(Language.ofTag("ar-u-nu-arab"));

    assertEquals(DecimalStyle.of(Language.ofTag("ar-u-nu-arab").locale()), arabic.digits());
    assertEquals('\u0660', arabic.digits().getZeroDigit());
    assertEquals(DecimalStyle.STANDARD, Labels.of(Language.ofTag("ar")).digits());
    // "count.exact.one=1" is a label text: its digit is written natively.
    assertEquals("١", arabic.count(HeadCount.exactly(1)));
    assertEquals("نحو ١", arabic.count(HeadCount.about(1)));
    // A paragraph number is a name the minutes wrote; the time is the labels'.
    assertEquals(
        "الساعة ١٤:٠٥ أثناء البند § 45",
        arabic.moment(new Moment(Optional.of("§ 45"), Optional.of(LocalTime.of(14, 5)))));
    assertEquals(
        "Bilaga 2",
        arabic.withOverrides(Map.of(Label.ATTACHMENT, "Bilaga 2")).text(Label.ATTACHMENT));
    assertEquals("١٢٣٤٥٦٧٨٩٠", arabic.number(1234567890));
  }
}
