package io.github.minutes4j.examples.reference;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Venue;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Minutes with Arabic, Persian and Hebrew names and paragraphs, the acceptance data for
 * right-to-left text: the Persian ones have the letters ICU4J's shaper leaves unjoined (peh, tcheh,
 * gaf, farsi yeh) and a zero width non-joiner, the Arabic ones harakat, a lam-alef, brackets and
 * Arabic-Indic digits, the Hebrew one Latin digits.
 *
 * @since 0.2.0
 */
public final class RightToLeftMinutes {

  /** A text of the minutes. */
  public static final String ARABIC_NAME = "محمد عبد الله";
  /** A text of the minutes. */
  public static final String PERSIAN_NAME = "پگاه چگینی";
  /** A text of the minutes. */
  public static final String PERSIAN_NAME_2 = "فاطمه رضایی";
  /** A text of the minutes. */
  public static final String HEBREW_NAME = "יעל כהן";
  /** A text of the minutes. */
  public static final String ARABIC_ORGANISATION = "جمعية الصداقة";
  /** A text of the minutes. */
  public static final String HEBREW_ORGANISATION = "ארגון שלום";
  /** A text of the minutes. */
  public static final String ARABIC_PARAGRAPH = "نوقش جدول الأعمال (البند ٣) ووافق الجميع على الخطة.";
  /** A text of the minutes. */
  public static final String ARABIC_WITH_HARAKAT = "مَرْحَبًا بِكُمْ";
  /** A text of the minutes. */
  public static final String PERSIAN_PARAGRAPH = "می‌خواهیم گزارش را با هم بخوانیم.";
  /** A text of the minutes. */
  public static final String HEBREW_PARAGRAPH = "הפגישה הסתיימה בשעה 15:00 בהסכמה.";
  /** A text of the minutes. */
  public static final String MIXED_PARAGRAPH =
      ARABIC_NAME + " presenterade rapporten, och " + HEBREW_NAME + " svarade.";

  /** Every right-to-left name, organisation and paragraph, for the extracted-text checks. */
  public static final List<String> TEXTS =
      List.of(
          ARABIC_NAME,
          PERSIAN_NAME,
          PERSIAN_NAME_2,
          HEBREW_NAME,
          ARABIC_ORGANISATION,
          HEBREW_ORGANISATION,
          ARABIC_PARAGRAPH,
          ARABIC_WITH_HARAKAT,
          PERSIAN_PARAGRAPH,
          HEBREW_PARAGRAPH);

  private RightToLeftMinutes() {}

  /**
   * Minutes in a left-to-right language with right-to-left names and paragraphs in them.
   *
   * @param language the minutes' language, such as Swedish; never null
   * @return the minutes
   */
  public static Minutes mixed(Language language) {
    return Minutes.builder(
            language,
            Organiser.of("Region Halland", new Network("NUH", "Nätverket Uppdrag Hälsa")),
            DocumentKind.MEETING_NOTES,
            "Samråd med " + ARABIC_ORGANISATION,
            LocalDate.of(2026, 11, 20))
        .addSession(
            Session.on(LocalDate.of(2026, 11, 18), LocalTime.of(9, 0), LocalTime.of(11, 30))
                .venue(Venue.of("Regionhuset", "Södra vägen 9", "Halmstad"))
                .build())
        .addAgendaItems(
            AgendaItem.withHeading("Välkommen")
                .addPresenters(
                    Person.named(ARABIC_NAME).withRole("Tolk"),
                    Person.named(HEBREW_NAME).withRole("Ordförande"))
                .addBlocks(
                    Block.paragraph(MIXED_PARAGRAPH),
                    Block.paragraph(ARABIC_PARAGRAPH),
                    Block.paragraph(ARABIC_WITH_HARAKAT))
                .build(),
            AgendaItem.withHeading("Rapporter")
                .addBlocks(
                    Block.paragraph(PERSIAN_PARAGRAPH),
                    Block.paragraph(HEBREW_PARAGRAPH),
                    Block.paragraph(
                        Inline.plain("Nästa möte leds av "),
                        Inline.strong(PERSIAN_NAME),
                        Inline.plain(".")))
                .build())
        .addNoteTaker(Person.named(PERSIAN_NAME_2).withRole("Sekreterare"))
        .participants(
            ParticipantList.headed(
                "Deltagare",
                List.of(
                Participant.of(ARABIC_NAME, Affiliation.Role.GUEST, ARABIC_ORGANISATION),
                Participant.of(PERSIAN_NAME, Affiliation.member("NUH"), "Region Halland"),
                Participant.of(PERSIAN_NAME_2, Affiliation.member("NUH")),
                Participant.of(HEBREW_NAME, Affiliation.Role.GUEST, HEBREW_ORGANISATION),
                    Participant.of(
                        "Anna Berg", Affiliation.Role.COORDINATOR, "Region Halland"))))
        .build();
  }

  /** The Arabic document's texts, for the extracted-text checks. */
  public static final List<String> ARABIC_TEXTS =
      List.of(
          "محضر اجتماع شبكة الصحة",
          "مجلس المنطقة",
          "الترحيب والافتتاح",
          "افتتح الرئيس الاجتماع ورحّب بالحضور.",
          "تقرير اللجنة (٢٠٢٦)",
          "قدّمت اللجنة تقريرها السنوي وناقش الأعضاء الميزانية.",
          ARABIC_NAME,
          PERSIAN_NAME,
          ARABIC_ORGANISATION);

  /** The language of {@link #arabic()}: Arabic, whose labels minutes4j ships. */
  public static final Language ARABIC = Language.ofTag("ar");

  /**
   * Minutes written in Arabic throughout ({@link #ARABIC}), with a Swedish name among the
   * participants; they print with minutes4j's Arabic labels.
   *
   * @return the minutes
   */
  public static Minutes arabic() {
    return Minutes.builder(
            ARABIC,
            Organiser.of(ARABIC_TEXTS.get(1), new Network("NUH", "شبكة الصحة")),
            DocumentKind.MEETING_NOTES,
            ARABIC_TEXTS.get(0),
            LocalDate.of(2026, 11, 20))
        .addSession(
            Session.on(LocalDate.of(2026, 11, 18), LocalTime.of(9, 0), LocalTime.of(11, 30))
                .venue(Venue.of("قاعة المجلس", "شارع الملك ١٢", "الرياض"))
                .build())
        .addAgendaItems(
            AgendaItem.withHeading(ARABIC_TEXTS.get(2))
                .addPresenter(Person.named(ARABIC_NAME).withRole("الرئيس"))
                .addBlock(Block.paragraph(ARABIC_TEXTS.get(3)))
                .build(),
            AgendaItem.withHeading(ARABIC_TEXTS.get(4))
                .addBlocks(
                    Block.paragraph(ARABIC_TEXTS.get(5)),
                    Block.bulleted(
                        Block.paragraph("الموافقة على الميزانية"),
                        Block.paragraph("Anna Berg تتولى المتابعة")))
                .build())
        .addNoteTaker(Person.named(PERSIAN_NAME).withRole("أمين السر"))
        .participants(
            ParticipantList.headed(
                "الحاضرون",
                List.of(
                    Participant.of(ARABIC_NAME, Affiliation.Role.GUEST, ARABIC_ORGANISATION),
                    Participant.of(PERSIAN_NAME, Affiliation.member("NUH")),
                    Participant.of(
                        "Anna Berg", Affiliation.Role.COORDINATOR, "Region Halland"))))
        .build();
  }
}
