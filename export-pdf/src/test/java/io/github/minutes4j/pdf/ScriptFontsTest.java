package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names in Ethiopic (Amharic, Tigrinya), Armenian and Georgian script print with the shipped Noto
 * Sans fonts, which issue 14 asked for: "text must never be refused for being in a living script
 * that a free font covers". Before these fonts shipped, such minutes were refused ("no font has
 * it"). The names stand in the participant list, as presenters and a note-taker, in paragraphs,
 * in headings and in bold text; PDFBox reads each back in logical order, the fonts are embedded as
 * subsets, and veraPDF finds the file PDF/UA-1 and PDF/A-2u compliant.
 */
class ScriptFontsTest {

  /** An Amharic name (Ethiopic script). */
  static final String AMHARIC_NAME = "አበበ በቀለ";

  /** A Tigrinya name (Ethiopic script). */
  static final String TIGRINYA_NAME = "ሰላም ተስፋይ";

  /** An Armenian name. */
  static final String ARMENIAN_NAME = "Արմեն Սարգսյան";

  /** A Georgian name. */
  static final String GEORGIAN_NAME = "ნინო ბერიძე";

  /** The paragraph that names all four. */
  static final String PARAGRAPH =
      TIGRINYA_NAME + ", " + ARMENIAN_NAME + " och " + GEORGIAN_NAME + " hälsade alla välkomna.";

  /** The bold sentence, its names in bold. */
  static final String BOLD_SENTENCE =
      "Nästa möte leds av " + ARMENIAN_NAME + ", " + AMHARIC_NAME + " och " + GEORGIAN_NAME + ".";

  /** Minutes in Swedish with the four names in every kind of place. */
  static Minutes minutes() {
    return Minutes.builder(
            Language.SWEDISH,
            Organiser.of("Region Halland", new Network("NUH", "Nätverket Uppdrag Hälsa")),
            DocumentKind.MEETING_NOTES,
            "Samråd med nya regionmedborgare",
            LocalDate.of(2026, 11, 20))
        .addSession(
            Session.on(LocalDate.of(2026, 11, 18), LocalTime.of(9, 0), LocalTime.of(11, 30))
                .venue(Venue.of("Regionhuset", "Södra vägen 9", "Halmstad"))
                .build())
        .addAgendaItems(
            AgendaItem.withHeading("Välkommen, " + TIGRINYA_NAME)
                .addPresenters(
                    Person.named(AMHARIC_NAME).withRole("Tolk"),
                    Person.named(GEORGIAN_NAME).withRole("Ordförande"))
                .addBlock(Block.paragraph(PARAGRAPH))
                .build(),
            AgendaItem.withHeading("Rapport från " + ARMENIAN_NAME + " och " + GEORGIAN_NAME)
                .addPresenter(Person.named(ARMENIAN_NAME).withRole("Utredare"))
                .addBlock(
                    Block.paragraph(
                        Inline.plain("Nästa möte leds av "),
                        Inline.strong(ARMENIAN_NAME),
                        Inline.plain(", "),
                        Inline.strong(AMHARIC_NAME),
                        Inline.plain(" och "),
                        Inline.strong(GEORGIAN_NAME),
                        Inline.plain(".")))
                .build())
        .addNoteTaker(Person.named(TIGRINYA_NAME).withRole("Sekreterare"))
        .participants(
            ParticipantList.headed(
                "Deltagare",
                List.of(
                    Participant.of(AMHARIC_NAME, Affiliation.member("NUH"), "Region Halland"),
                    Participant.of(TIGRINYA_NAME, Affiliation.Role.GUEST, "Eritreanska föreningen"),
                    Participant.of(ARMENIAN_NAME, Affiliation.member("NUH")),
                    Participant.of(GEORGIAN_NAME, Affiliation.Role.GUEST, "Region Halland"),
                    Participant.of("Anna Berg", Affiliation.Role.COORDINATOR, "Region Halland"))))
        .build();
  }

  @Test
  void ethiopicArmenianAndGeorgianNamesPrintInLogicalOrder() throws Exception {
    byte[] pdf = Pdfs.write("scripts-ethiopic-armenian-georgian", Pdfs.render(minutes()));
    Pdfs.assertReadBackAndConforms(
        "ethiopic, armenian, georgian",
        pdf,
        List.of(
            "Välkommen, " + TIGRINYA_NAME, // a heading
            "Rapport från " + ARMENIAN_NAME + " och " + GEORGIAN_NAME,
            AMHARIC_NAME + ", Tolk", // presenters
            GEORGIAN_NAME + ", Ordförande",
            ARMENIAN_NAME + ", Utredare",
            PARAGRAPH,
            BOLD_SENTENCE,
            TIGRINYA_NAME + ", Sekreterare", // the note-taker
            AMHARIC_NAME + " NUH Region Halland", // rows of the participant list
            TIGRINYA_NAME + " Gäst Eritreanska föreningen",
            ARMENIAN_NAME + " NUH",
            GEORGIAN_NAME + " Gäst Region Halland"),
        List.of(PARAGRAPH, BOLD_SENTENCE));
  }

  /**
   * Each script's regular and bold face is embedded as a subset (a tagged name, and a font
   * program with fewer glyphs than the file in the jar), beside Liberation Sans.
   */
  @Test
  void theScriptsFontsAreEmbeddedAsSubsets() throws Exception {
    Map<String, Integer> glyphs = Pdfs.embeddedGlyphs(Pdfs.render(minutes()));
    Pdfs.assertSubsets(
        glyphs,
        List.of(
            "NotoSansEthiopic-Regular",
            "NotoSansEthiopic-Bold",
            "NotoSansArmenian-Regular",
            "NotoSansArmenian-Bold",
            "NotoSansGeorgian-Regular",
            "NotoSansGeorgian-Bold"));
    assertEquals(
        List.of(
            "LiberationSans",
            "LiberationSans-Bold",
            "NotoSansArmenian-Bold",
            "NotoSansArmenian-Regular",
            "NotoSansEthiopic-Bold",
            "NotoSansEthiopic-Regular",
            "NotoSansGeorgian-Bold",
            "NotoSansGeorgian-Regular"),
        List.copyOf(glyphs.keySet()),
        "no other font, Arabic and Hebrew included, is embedded");
  }
}
