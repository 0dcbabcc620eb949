package io.github.minutes4j.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Decision;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.ProtocolNote;
import io.github.minutes4j.core.Reservation;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The phrases about people agree with how many they are: two members who reserve themselves
 * "widersprachen" in German and "jättivät" in Finnish, one "widersprach" and "jätti"; the
 * adjusters' heading is a Finnish singular for one and an Arabic dual for two, and so is an
 * item's "Presenter" or "Presenters" in English and Arabic. The pages are kept
 * in {@code target/agreement/} for people to look at.
 */
class PeopleAgreementTest {

  /**
   * The protokoll (where Bo Berg reserves himself and enters a note alone) with one more item: two
   * members reserve themselves, two enter a note.
   */
  private static Minutes protokoll(Person... adjusters) {
    Minutes.Builder builder =
        FormalDocuments.protokoll().toBuilder()
            .addAgendaItems(
                AgendaItem.withHeading("Taxor 2027")
                    .addDecision(Decision.of("Kommunstyrelsen beslutar att anta taxorna."))
                    .addReservation(
                        new Reservation(
                            List.of(Person.named("Bo Berg"), Person.named("Cecilia Dahl")),
                            Optional.empty(),
                            Optional.empty()))
                    .addProtocolNote(
                        new ProtocolNote(
                            List.of(Person.named("Anna Ek"), Person.named("Cecilia Dahl")),
                            "Taxorna bör ses över efter ett år."))
                    .build());
    for (Person adjuster : adjusters) {
      builder.addAdjuster(adjuster);
    }
    return builder.build();
  }

  private static Document page(String name, Minutes minutes, String tag) {
    String html =
        Pages.html(minutes, ExportOptions.defaults().withLanguage(Language.ofTag(tag)));
    Pages.write(Pages.outputDir().resolve("agreement").resolve(name + ".html"), html);
    return Pages.parse(html);
  }

  /** The adjusters' term in the adjustment's facts. */
  private static String adjusters(Document page) {
    return page.selectFirst("section.adjustment dt").text();
  }

  private static List<String> sentences(Document page, String selector) {
    return page.select(selector).eachText().stream().map(t -> t.replace('\u00a0', ' ')).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "de | Bo Berg widersprach Beschluss d1. | Bo Berg, Cecilia Dahl widersprachen dem Beschluss."
            + " | Bo Berg gab folgende Protokollerklärung ab:"
            + " | Anna Ek, Cecilia Dahl gaben folgende Protokollerklärung ab:",
        "fi | Bo Berg jätti eriävän mielipiteen päätöksestä d1."
            + " | Bo Berg, Cecilia Dahl jättivät päätöksestä eriävän mielipiteen."
            + " | Bo Berg pyysi merkitsemään pöytäkirjaan seuraavan:"
            + " | Anna Ek, Cecilia Dahl pyysivät merkitsemään pöytäkirjaan seuraavan:"
      })
  void aReservationOrNoteBySeveralMembersHasAVerbForSeveral(
      String tag, String reservedByOne, String reservedByTwo, String noteByOne, String noteByTwo) {
    Document page = page("protokoll-" + tag, protokoll(), tag);

    assertEquals(
        List.of(reservedByOne, reservedByTwo), sentences(page, "div.reservation > p:not(.label)"));
    assertEquals(List.of(noteByOne, noteByTwo), sentences(page, "div.protocol-note > p"));
  }

  @Test
  void theAdjustersHeadingIsSingularForOneAndPluralOrDualForMore() {
    Document finnish = page("protokoll-fi-2", protokoll(Person.named("Cecilia Dahl")), "fi");
    Document arabic = page("protokoll-ar-2", protokoll(Person.named("Cecilia Dahl")), "ar");
    Document finnishOne = page("protokoll-fi", protokoll(), "fi");
    Document arabicOne = page("protokoll-ar", protokoll(), "ar");

    assertEquals("Pöytäkirjantarkastaja", adjusters(finnishOne));
    assertEquals("Pöytäkirjantarkastajat", adjusters(finnish));
    assertEquals("مراجعا المحضر", adjusters(arabic));
    assertEquals("مراجع المحضر", adjusters(arabicOne));
  }

  @Test
  void anItemsPresentersAreHeadedInTheirNumber() {
    Minutes minutes =
        FormalDocuments.protokoll().toBuilder()
            .addAgendaItems(
                AgendaItem.withHeading("Budget 2027")
                    .addPresenter(Person.named("Anna Ek"))
                    .addBlock(Block.paragraph("Presented."))
                    .build(),
                AgendaItem.withHeading("Plan 2027")
                    .addPresenters(Person.named("Anna Ek"), Person.named("Bo Berg"))
                    .addBlock(Block.paragraph("Presented."))
                    .build(),
                AgendaItem.withHeading("Taxor 2027")
                    .addPresenters(
                        Person.named("Anna Ek"), Person.named("Bo Berg"), Person.named("Cecilia Dahl"))
                    .addBlock(Block.paragraph("Presented."))
                    .build())
            .build();

    assertEquals(
        List.of("Presenter", "Presenters", "Presenters"),
        page("presenters-en", minutes, "en").select("dl.presenters > dt").eachText());
    assertEquals(
        List.of("المقدِّم", "المقدِّمان", "المقدِّمون"),
        page("presenters-ar", minutes, "ar").select("dl.presenters > dt").eachText());
  }

  @Test
  void theNoteTakersHeadingIsSingularForOne() {
    Minutes two = ReferenceMinutes.june2022();
    Minutes one = two.toBuilder().noteTakers(List.of(two.noteTakers().get(0))).build();

    assertEquals("Muistion laatijat", page("june2022-fi", two, "fi").getElementById("note-takers").text());
    assertEquals("Muistion laatija", page("june2022-fi-1", one, "fi").getElementById("note-takers").text());
    assertEquals("Referent", page("june2022-nb-1", one, "nb").getElementById("note-takers").text());
    assertEquals(
        "Pöytäkirjanpitäjä",
        page("protokoll-fi-secretary", protokoll(), "fi").getElementById("note-takers").text());
  }
}
