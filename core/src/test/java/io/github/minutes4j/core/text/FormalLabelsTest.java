package io.github.minutes4j.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.MemberRole;
import io.github.minutes4j.core.Moment;
import io.github.minutes4j.core.NextMeeting;
import io.github.minutes4j.core.ProposalKind;
import io.github.minutes4j.core.Venue;
import io.github.minutes4j.core.VoteChoice;
import io.github.minutes4j.core.VoteMethod;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The labels of formal minutes: wording by kind, the phrases and the names of the new enums. */
class FormalLabelsTest {

  private static final Labels SV = Labels.of(Language.SWEDISH);
  private static final Labels EN = Labels.of(Language.ENGLISH);
  private static final Labels DE = Labels.of(Language.GERMAN);

  @Test
  void aProtokollSaysOrganAndVidProtokolletAndMeetingNotesKeepTheirWords() {
    assertEquals("Organ", SV.text(Label.ORGANISER, DocumentKind.MINUTES));
    assertEquals("Vid protokollet", SV.text(Label.NOTE_TAKERS, DocumentKind.MINUTES));
    assertEquals("Arrangör", SV.text(Label.ORGANISER, DocumentKind.MEETING_NOTES));
    assertEquals("För anteckningarna", SV.text(Label.NOTE_TAKERS, DocumentKind.MEETING_NOTES));
    assertEquals("Tid och plats", SV.text(Label.TIME_AND_PLACE, DocumentKind.MINUTES));
    assertEquals("Meeting of", EN.text(Label.ORGANISER, DocumentKind.MINUTES));
    assertEquals("Minutes taken by", EN.text(Label.NOTE_TAKERS, DocumentKind.MINUTES));
    assertEquals("Notes taken by", EN.text(Label.NOTE_TAKERS, DocumentKind.MEETING_NOTES));
  }

  @Test
  void theCallersWordingOfTheSecretaryApplies() {
    Labels labels = SV.withOverrides(Map.of(Label.SECRETARY, "Sekreterare"));

    assertEquals("Sekreterare", labels.text(Label.NOTE_TAKERS, DocumentKind.MINUTES));
    assertEquals("För anteckningarna", labels.text(Label.NOTE_TAKERS, DocumentKind.MEETING_NOTES));
  }

  @Test
  void phrasesTakeTheirParts() {
    assertEquals(
        "Omröstningsresultat: 7 ja, 4 nej, 0 avstår.", SV.phrase(Label.VOTE_RESULT, "7", "4", "0"));
    assertEquals(
        "Result: 7 for, 4 against, 0 abstained.", EN.phrase(Label.VOTE_RESULT, "7", "4", "0"));
    assertEquals("Rätt utdraget intygar", SV.text(Label.ATTESTATION));
    assertEquals("Certified a true extract", EN.text(Label.ATTESTATION));
    assertEquals("Paragrafen justeras omedelbart.", SV.text(Label.ADJUSTED_IMMEDIATELY));
    assertEquals("Beslutet skickas till", SV.text(Label.RECIPIENTS));
    assertEquals("Bilaga 2", SV.phrase(Label.ATTACHMENT, "2"));
  }

  /**
   * A vote's totals read right for a count of one: "1 abstentions" and "1 Enthaltungen" contradicted
   * the number, so each set words the totals so that no noun agrees with a count.
   */
  @Test
  void aVotesTotalsReadRightForACountOfOne() {
    assertEquals(
        "Result: 1 for, 1 against, 1 abstained.", EN.phrase(Label.VOTE_RESULT, "1", "1", "1"));
    assertEquals(
        "Ergebnis: Ja 1, Nein 1, Enthaltung 1.", DE.phrase(Label.VOTE_RESULT, "1", "1", "1"));
    assertEquals(
        "Tulos: jaa 1, ei 1, tyhjiä 1.",
        Labels.of(Language.FINNISH).phrase(Label.VOTE_RESULT, "1", "1", "1"));
  }

  /**
   * A member who left at § 3 took part in § 3 ({@link io.github.minutes4j.core.Attendee}): the
   * German departure says "anwesend bis § 3" (present until), not "abwesend ab § 3" (absent from),
   * which said the opposite of what validation counts.
   */
  @Test
  void aGermanDepartureSaysTheMemberWasThereUntilTheMoment() {
    assertEquals("anwesend bis § 3", DE.phrase(Label.LEFT, DE.moment(Moment.atParagraph("§ 3"))));
    assertEquals(
        "anwesend bis 21:30 Uhr", DE.phrase(Label.LEFT, DE.moment(Moment.at(LocalTime.of(21, 30)))));
    assertEquals("anwesend ab § 2", DE.phrase(Label.ARRIVED, DE.moment(Moment.atParagraph("§ 2"))));
  }

  /**
   * An item adjusted at the meeting had its minutes checked and signed there. "Dieser Punkt wurde
   * in der Sitzung genehmigt", "Punktet blev godkendt på mødet" and "Saken ble godkjent i møtet"
   * said that the item, that is its proposal, was approved, which a vote may have refused.
   */
  @Test
  void anItemAdjustedAtTheMeetingHadItsMinutesSigned() {
    assertEquals(
        "Die Niederschrift zu diesem Punkt wurde in der Sitzung geprüft und unterzeichnet.",
        DE.text(Label.ADJUSTED_IMMEDIATELY));
    assertEquals(
        "Protokollen for dette punkt blev godkendt og underskrevet på mødet.",
        Labels.of(Language.DANISH).text(Label.ADJUSTED_IMMEDIATELY));
    assertEquals(
        "Protokollen for denne saken ble godkjent og signert i møtet.",
        Labels.of(Language.NORWEGIAN_BOKMAL).text(Label.ADJUSTED_IMMEDIATELY));
  }

  /**
   * A break in an American or Canadian meeting is a recess: "Adjourned 8:10 PM–8:25 PM" read as
   * the end of a meeting that went on until 9:35 PM. British and Australian minutes keep
   * "Adjourned".
   */
  @Test
  void aBreakIsARecessInNorthAmerica() {
    for (String tag : List.of("en-US", "en-CA")) {
      assertEquals("Recess", Labels.of(Language.ofTag(tag)).text(Label.ADJOURNMENT), tag);
    }
    for (String tag : List.of("en", "en-GB", "en-AU")) {
      assertEquals("Adjourned", Labels.of(Language.ofTag(tag)).text(Label.ADJOURNMENT), tag);
    }
  }

  @Test
  void momentsAndTimeRanges() {
    LocalTime half = LocalTime.of(14, 30);

    assertEquals("under § 45", SV.moment(Moment.atParagraph("§ 45")));
    assertEquals("kl. 14.30", SV.moment(Moment.at(half)));
    assertEquals(
        "kl. 14.30 under § 45", SV.moment(new Moment(Optional.of("§ 45"), Optional.of(half))));
    assertEquals("at 14:30, during item 5", EN.moment(new Moment(Optional.of("5"), Optional.of(half))));
    assertEquals(
        "lämnade sammanträdet under § 45",
        SV.phrase(Label.LEFT, SV.moment(Moment.atParagraph("§ 45"))));
    assertEquals("kl. 10.15\u201310.30", SV.timeRange(LocalTime.of(10, 15), LocalTime.of(10, 30)));
    assertEquals("10:15\u201310:30", EN.timeRange(LocalTime.of(10, 15), LocalTime.of(10, 30)));
  }

  @Test
  void theNextMeetingIsWrittenAsASessionIs() {
    NextMeeting next =
        new NextMeeting(
            LocalDate.of(2026, 12, 15),
            Optional.of(LocalTime.of(9, 0)),
            Optional.of(Venue.room("Ugglan")));

    assertEquals("15 december 2026 kl. 09.00", SV.when(next));
    assertEquals(
        "15 december 2026",
        SV.when(new NextMeeting(LocalDate.of(2026, 12, 15), Optional.empty(), Optional.empty())));
    assertEquals(Optional.of("Ugglan"), SV.where(next));
  }

  @Test
  void theNewEnumsHaveNames() {
    assertEquals("tjänstgörande ersättare", SV.memberRole(MemberRole.SERVING_SUBSTITUTE));
    assertEquals("återremiss", SV.proposalKind(ProposalKind.REFERRAL_BACK));
    assertEquals("Avstår", SV.voteChoice(VoteChoice.ABSTAIN));
    assertEquals("Sluten omröstning", SV.voteMethod(VoteMethod.CLOSED));
    assertEquals("Secret ballot", EN.voteMethod(VoteMethod.CLOSED));
    for (String prefix : List.of("member.", "proposal.", "choice.", "method.")) {
      assertTrue(Labels.keys().stream().anyMatch(k -> k.startsWith(prefix)), prefix);
    }
  }

  /** A label set written for 0.2 lacks the formal labels: they come from English, and it is said. */
  @Test
  void aSetWithoutTheFormalLabelsFallsBackAndSaysWhich() {
    LabelProvider old = ProvidedSet.of("se", Map.of("TIME_AND_PLACE", "Áigi ja báiki"));
    Labels labels = LabelSets.of(List.of(old)).labels(Language.ofTag("se"), Language.ENGLISH);

    assertTrue(labels.resolution().fallbackUsed());
    assertTrue(labels.resolution().keysFromFallback().contains("ATTESTATION"));
    assertTrue(labels.resolution().describe().contains("ATTESTATION"), labels.resolution().describe());
    assertEquals("Certified a true extract", labels.text(Label.ATTESTATION));
  }
}
