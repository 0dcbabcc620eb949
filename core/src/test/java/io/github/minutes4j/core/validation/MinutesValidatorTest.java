package io.github.minutes4j.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attendance;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Decision;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.HeadCount;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.LinkKind;
import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Reservation;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Venue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MinutesValidatorTest {

  private static final MinutesValidator VALIDATOR = MinutesValidator.shared();

  static Minutes.Builder valid() {
    return Minutes.builder(
            Language.SWEDISH,
            Organiser.of("Nätverken", new Network("NUH", "Nätverket Uppdrag Hälsa")),
            DocumentKind.MEETING_NOTES,
            "Ett möte",
            LocalDate.of(2022, 6, 11))
        .addSession(
            Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0))
                .venue(Venue.of("SKR's lokaler", "Hornsgatan 20", "Stockholm"))
                .online(true)
                .attendance(Attendance.of(HeadCount.about(10), HeadCount.exactly(13)))
                .build())
        .addAgendaItem(
            AgendaItem.withHeading("Introduktion")
                .addPresenter(Person.byRole("Ordförande"))
                .addBlock(Block.paragraph(Inline.strong("Anna"), Inline.plain(", välkomnar.")))
                .addLink(LinkKind.SLIDES, "Länk till bilder", LinkTarget.placeholder())
                .build())
        .participants(
            ParticipantList.headed(
                "Deltagarförteckning",
                List.of(Participant.of("Anna", Affiliation.member("NUH"), "Halland"))));
  }

  /** Valid minutes with one more agenda item, agenda[1], that links to the address. */
  private static Minutes withLink(String address) {
    return valid()
        .addAgendaItem(
            AgendaItem.withHeading("Länkar")
                .addLink(LinkKind.OTHER, "Länk", LinkTarget.of(address))
                .build())
        .build();
  }

  private static Map<String, String> violationsOf(Minutes minutes) {
    return EngineAgreement.validate(minutes).stream()
        .collect(
            Collectors.toMap(
                Violation::path, Violation::message, (a, b) -> a + " | " + b, TreeMap::new));
  }

  /**
   * A line break in a text (a Windows file's CR LF, a form's text area) is named as one, with how
   * to say what it meant: a block per paragraph, or a space.
   */
  @Test
  void aLineBreakIsNamedWithHowToExpressIt() {
    Minutes minutes =
        valid()
            .addAgendaItem(
                AgendaItem.withHeading("Radslut")
                    .addBlocks(
                        Block.paragraph("Första raden\r\nAndra raden"),
                        Block.paragraph("Första\nAndra"),
                        Block.paragraph("Första\u2029Andra"))
                    .build())
            .build();

    Map<String, String> violations = violationsOf(minutes);

    String fix =
        "; a text is one line: make each paragraph a block of its own (each line of a list an"
            + " item), or replace the line break with a space";
    assertEquals(
        "contains a line break (U+000D U+000A, a Windows line ending) at index 12" + fix,
        violations.get("agenda[1].content[0].content[0].text"));
    assertEquals(
        "contains a line break (U+000A) at index 6" + fix,
        violations.get("agenda[1].content[1].content[0].text"));
    assertEquals(
        "contains a line break (U+2029) at index 6" + fix,
        violations.get("agenda[1].content[2].content[0].text"));
  }

  @Test
  void validMinutesHaveNoViolations() {
    assertEquals(List.of(), EngineAgreement.validate(valid().build()));
  }

  @Test
  void reportsEveryViolationAtOnceWithItsPath() {
    Minutes minutes =
        valid()
            .title(" ")
            .addAgendaItem(
                AgendaItem.withHeading("")
                    .addPresenters(
                        Person.named("Bo"),
                        new Person(Optional.of("a\u0007b"), Optional.empty(), Optional.empty()))
                    .addLink(LinkKind.VIDEO, "Film", LinkTarget.of("javascript:alert(1)"))
                    .build())
            .participants(
                ParticipantList.headed(
                    "Deltagare",
                    List.of(Participant.of("Eva", Affiliation.member("XYZ"), "Skåne"))))
            .build();

    Map<String, String> violations = violationsOf(minutes);

    assertEquals(
        List.of(
            "agenda[1].heading",
            "agenda[1].links[0].target.address",
            "agenda[1].presenters[1].name",
            "participants.entries[0].affiliation",
            "title"),
        List.copyOf(violations.keySet()));
    assertEquals("must not be empty", violations.get("agenda[1].heading"));
    assertEquals("must not be blank", violations.get("title"));
    assertTrue(
        violations
            .get("agenda[1].presenters[1].name")
            .contains("control character U+0007 at index 1"),
        violations.toString());
    assertTrue(
        violations.get("agenda[1].links[0].target.address").contains("scheme 'javascript:'"),
        violations.toString());
    assertTrue(
        violations.get("participants.entries[0].affiliation").contains("'XYZ'")
            && violations.get("participants.entries[0].affiliation").contains("NUH"),
        violations.toString());
  }

  @Test
  void violationsComeInPathOrderWithListPositionsByNumber() {
    Minutes.Builder builder = valid();
    for (int i = 1; i <= 11; i++) {
      builder.addAgendaItem(AgendaItem.withHeading(" ").build());
    }
    Minutes minutes = builder.title(" ").build();

    List<String> paths =
        EngineAgreement.validate(minutes).stream().map(Violation::path).collect(Collectors.toList());

    assertEquals(
        List.of(
            "agenda[1].heading",
            "agenda[2].heading",
            "agenda[3].heading",
            "agenda[4].heading",
            "agenda[5].heading",
            "agenda[6].heading",
            "agenda[7].heading",
            "agenda[8].heading",
            "agenda[9].heading",
            "agenda[10].heading",
            "agenda[11].heading",
            "title"),
        paths);
  }

  @Test
  void sessionMustEndAfterItStarts() {
    Minutes minutes =
        valid()
            .addSession(
                Session.on(LocalDate.of(2021, 12, 9), LocalTime.of(15, 0), LocalTime.of(13, 0))
                    .build())
            .build();

    Map<String, String> violations = violationsOf(minutes);

    assertEquals(List.of("sessions[1].end"), List.copyOf(violations.keySet()));
    assertTrue(violations.get("sessions[1].end").startsWith("must be after the start (15:00)"));
  }

  @Test
  void personNeedsNameOrRoleAndCountsCannotBeNegative() {
    Minutes minutes =
        valid()
            .addNoteTaker(new Person(Optional.empty(), Optional.empty(), Optional.of("SKR")))
            .addSession(
                Session.on(LocalDate.of(2021, 12, 9), LocalTime.of(9, 0), LocalTime.of(12, 0))
                    .attendance(Attendance.of(HeadCount.exactly(-1), HeadCount.exactly(2)))
                    .build())
            .build();

    Map<String, String> violations = violationsOf(minutes);

    assertEquals(
        List.of("noteTakers[0]", "sessions[1].attendance.onSite.count"),
        List.copyOf(violations.keySet()));
    assertTrue(violations.get("noteTakers[0]").startsWith("must have a name or a role"));
    assertEquals("must be zero or more", violations.get("sessions[1].attendance.onSite.count"));
  }

  @Test
  void subsectionsNestAtMostThreeDeep() {
    Block tooDeep =
        Block.subsection(
            "1",
            Block.subsection(
                "2", Block.subsection("3", Block.subsection("4", Block.paragraph("x")))));
    Minutes minutes =
        valid().addAgendaItem(AgendaItem.withHeading("Djupt").addBlock(tooDeep).build()).build();

    Map<String, String> violations = violationsOf(minutes);

    assertEquals(List.of("agenda[1].content[0]"), List.copyOf(violations.keySet()));
    assertTrue(violations.get("agenda[1].content[0]").contains("4 levels deep"));
  }

  @Test
  void theQuickPassChecksTheSizeOfAListAtItsBounds() {
    // The pass checks @Size of a list itself (ConstraintPass.CollectionSize): at most 100
    // note-takers, and any number from none.
    Minutes none = valid().noteTakers(List.of()).build();
    Minutes most =
        valid().noteTakers(Collections.nCopies(100, Person.byRole("Sekreterare"))).build();
    Minutes tooMany =
        valid().noteTakers(Collections.nCopies(101, Person.byRole("Sekreterare"))).build();

    assertTrue(VALIDATOR.passes(none));
    assertTrue(VALIDATOR.passes(most));
    assertEquals(List.of(), EngineAgreement.validate(most));
    assertEquals(List.of("noteTakers"), List.copyOf(violationsOf(tooMany).keySet()));
  }

  @Test
  void theBuiltInPatternAndSizeConstraintsAreReported() {
    Minutes minutes =
        valid()
            .organiser(Organiser.of("Nätverken", new Network("NUH", "Ett"), new Network("N U", "Två")))
            .noteTakers(Collections.nCopies(101, Person.byRole("Sekreterare")))
            .build();

    Map<String, String> violations = violationsOf(minutes);

    assertEquals(List.of("noteTakers", "organiser.networks[1].code"), List.copyOf(violations.keySet()));
    assertEquals(
        "must be 1 to 16 letters, digits or hyphens, such as NUH",
        violations.get("organiser.networks[1].code"));
  }

  @Test
  void theQuickPassFindsValidMinutesValidWithoutTheEngine() {
    assertTrue(VALIDATOR.passes(valid().build()));
    assertTrue(VALIDATOR.passes(withLink("https://example.org/a")));
    // An affiliation that is an enumeration constant, not a record: the engine cascades into it.
    assertTrue(
        VALIDATOR.passes(
            valid()
                .participants(
                    ParticipantList.headed(
                        "Deltagarförteckning",
                        List.of(Participant.of("Bo", Affiliation.Role.GUEST, "Halland"))))
                .build()));
  }

  /**
   * "ÅL" typed decomposed (A, a combining ring U+030A, L), as a Mac or a form may send it, is the
   * same code as "ÅL" typed with the one letter: it is kept composed, follows the rule for codes,
   * and participants match it however either was typed.
   */
  @Test
  void aNetworkCodeWrittenDecomposedIsKeptComposedAndMatchesItsParticipants() {
    String decomposed = "A\u030AL";
    String composed = "\u00C5L";
    Minutes minutes =
        valid()
            .organiser(Organiser.of("Nätverken", new Network(decomposed, "Nätverket Åland")))
            .participants(
                ParticipantList.of(
                    List.of(
                        Participant.of("Anna", Affiliation.member(composed), "Åland"),
                        Participant.of("Bo", Affiliation.member(decomposed), "Åland"))))
            .build();

    assertEquals(Map.of(), violationsOf(minutes));
    assertEquals(composed, minutes.organiser().networks().get(0).code());
    assertEquals(
        new Affiliation.NetworkMember(composed),
        minutes.participants().orElseThrow().entries().get(1).affiliation());
    assertEquals(new Network(composed, "N"), new Network(decomposed, "N"));
  }

  @Test
  void duplicateNetworkCodesAreReported() {
    Minutes minutes =
        valid()
            .organiser(
                Organiser.of("N", new Network("NUH", "A"), new Network("NUH", "B")))
            .build();

    Map<String, String> violations = violationsOf(minutes);

    assertEquals(List.of("organiser.networks[1].code"), List.copyOf(violations.keySet()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "data:text/html,x",
        "file:///etc/passwd",
        "vbscript:msgbox",
        "/relative/path",
        " https://example.org",
        "https://exa mple.org",
        "http://",
        "mailto:nobody"
      })
  void hostileOrRelativeLinksAreRefused(String address) {
    Minutes minutes = withLink(address);

    assertEquals(
        List.of("agenda[1].links[0].target.address"),
        List.copyOf(violationsOf(minutes).keySet()));
  }

  /**
   * A character an address cannot hold where it is (pasted with it, or typed by hand) is named
   * with its place and the escape to write instead.
   */
  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "https://example.org/a?b=<c> => has the character '<' (U+003C) at index 24, which an address"
            + " cannot hold there (query); percent-encode it as %3C, or remove it if it was copied"
            + " with the address",
        "https://example.org/a|b => has the character '|' (U+007C) at index 21, which an address"
            + " cannot hold there (path); percent-encode it as %7C, or remove it if it was copied"
            + " with the address",
        "https://example.org/50%-rabatt => has '%' (U+0025) at index 22 that is not followed by two"
            + " hexadecimal digits; write %25 for a percent sign, or correct the escape"
      })
  void aCharacterAnAddressCannotHoldIsNamedWithItsEscape(String address, String message) {
    assertEquals(
        Map.of("agenda[1].links[0].target.address", message),
        violationsOf(withLink(address)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/a?b=c#d", "http://skr.se", "mailto:a@b.se"})
  void safeLinksAreAccepted(String address) {
    Minutes minutes = withLink(address);

    assertEquals(Map.of(), violationsOf(minutes));
  }

  /**
   * A text that shows nothing is blank, though {@link String#isBlank()} says it is not: it would
   * print as an empty heading or name. A plain span may be blank, as between two strong spans.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\u200B|U+200B at index 0",
        "\u2060\u2060|U+2060 at index 0",
        "\u00AD|U+00AD at index 0",
        "\uFEFF|U+FEFF at index 0",
        "' \u00A0\u200B'|U+00A0 at index 1",
        "\u3164|U+3164 at index 0",
        "\u034F\uFE0F\u200D\u202F|U+034F at index 0"
      })
  void aTextThatShowsNothingIsBlank(String text, String first) {
    Minutes minutes = valid().title(text).build();

    assertEquals(
        Map.of(
            "title",
            "must not be blank: it shows nothing, as it holds only white space and invisible"
                + " characters ("
                + first
                + "); write the text, or leave the part out if there is none"),
        violationsOf(minutes));
    Minutes span =
        valid()
            .addAgendaItem(
                AgendaItem.withHeading("Rubrik")
                    .addBlock(
                        Block.paragraph(
                            Inline.strong("Anna"), Inline.plain(text), Inline.strong("Berg")))
                    .build())
            .build();
    assertEquals(Map.of(), violationsOf(span), "a plain span may be blank");
  }

  private static final String SHOWS_NOTHING =
      "shows nothing: every span holds only white space and invisible characters; write the"
          + " text, or remove the paragraph";

  /**
   * A paragraph whose every span is blank (white space, no-break spaces, invisible characters)
   * would print as an empty paragraph, so it is refused at its own path, wherever it is: in an
   * item's content, in a sub-section, as a list item. Each span alone is allowed (a blank plain
   * span) or refused at its own path (a blank strong or emphasised span).
   */
  @ParameterizedTest
  @ValueSource(strings = {" ", "\u200B", "\u00A0", "\u2060\u00A0 ", "\u3000\uFEFF"})
  void aParagraphThatShowsNothingIsRefusedWhereverItIs(String blank) {
    Block.Paragraph one = Block.paragraph(Inline.plain(blank));
    Block.Paragraph several = Block.paragraph(Inline.plain(blank), Inline.plain(" "));
    Minutes minutes =
        valid()
            .addAgendaItem(
                AgendaItem.withHeading("Tomma stycken")
                    .addBlock(Block.paragraph("Det här syns."))
                    .addBlock(one)
                    .addBlock(Block.subsection("Nuläge", Block.paragraph("Syns."), several))
                    .addBlock(Block.bulleted(Block.paragraph("Syns."), one))
                    .addBlock(Block.numbered(several))
                    .build())
            .build();

    assertEquals(
        Map.of(
            "agenda[1].content[1]", SHOWS_NOTHING,
            "agenda[1].content[2].content[1]", SHOWS_NOTHING,
            "agenda[1].content[3].items[1]", SHOWS_NOTHING,
            "agenda[1].content[4].items[0]", SHOWS_NOTHING),
        violationsOf(minutes));
  }

  /** Blank strong and emphasised spans among blank plain ones: each span and the paragraph. */
  @Test
  void aParagraphOfBlankStyledAndPlainSpansIsRefusedAsWellAsItsStyledSpans() {
    Minutes minutes =
        valid()
            .addAgendaItem(
                AgendaItem.withHeading("Tomt")
                    .addBlock(
                        Block.paragraph(
                            Inline.strong("\u00A0"), Inline.plain(" "), Inline.emphasis(" ")))
                    .build())
            .build();

    Map<String, String> violations = violationsOf(minutes);

    assertEquals(SHOWS_NOTHING, violations.get("agenda[1].content[0]"));
    assertEquals("must not be blank", violations.get("agenda[1].content[0].content[2].text"));
    assertEquals(3, violations.size(), violations.toString());
  }

  /** One span that shows is enough, wherever it is; blank plain spans around it are spacing. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void aParagraphWithOneSpanThatShowsIsValid(int showing) {
    List<Inline> spans = new ArrayList<>(
        List.of(Inline.plain(" "), Inline.plain("\u200B"), Inline.plain("\u00A0")));
    spans.set(showing, showing == 1 ? Inline.strong("Anna") : Inline.plain("."));
    Minutes minutes =
        valid()
            .addAgendaItem(
                AgendaItem.withHeading("Stycken")
                    .addBlock(new Block.Paragraph(spans))
                    .addBlock(
                        Block.paragraph(
                            Inline.strong("Anna"), Inline.plain(" "), Inline.emphasis("Berg")))
                    .addBlock(Block.bulleted(new Block.Paragraph(spans)))
                    .build())
            .build();

    assertEquals(Map.of(), violationsOf(minutes));
  }

  /** Invisible characters beside a character that shows, and format characters that show. */
  @ParameterizedTest
  @ValueSource(
      strings = {"\u200BAnna", "Anna\u00AD", "\u00A0a", "\u0600\u0661\u0662", "\u06DD\u0661"})
  void aTextWithACharacterThatShowsIsNotBlank(String text) {
    assertEquals(Map.of(), violationsOf(valid().title(text).build()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u202Eb", "a\u2066b", "a\uD800b", "a\u0000b", "a\u2028b", "a\u0085b"})
  void invisibleAndControlCharactersAreRefused(String text) {
    Minutes minutes = valid().title(text).build();

    assertEquals(List.of("title"), List.copyOf(violationsOf(minutes).keySet()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a\uFDD0b", "a\uFDEFb", "a\uFFFEb", "a\uFFFFb", "a\uD83F\uDFFEb", "a\uDBFF\uDFFFb"
      })
  void everyNoncharacterIsRefused(String text) {
    Minutes minutes = valid().title(text).build();

    String message = violationsOf(minutes).get("title");
    assertTrue(message != null && message.startsWith("contains the noncharacter U+"), message);
    assertTrue(message.contains(" at index 1;"), message);
  }

  @Test
  void all66NoncharactersAreRefusedAndTheirNeighboursAccepted() {
    int refused = 0;
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      boolean noncharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
      boolean neighbour = c == 0xFDCF || c == 0xFDF0 || (c & 0xFFFF) == 0xFFFD;
      if (!noncharacter && !neighbour) {
        continue;
      }
      String text = "a" + Character.toString(c);
      Minutes minutes = valid().title(text).build();
      if (noncharacter) {
        String message = violationsOf(minutes).get("title");
        String expected = String.format("contains the noncharacter U+%04X at index 1;", c);
        assertTrue(message != null && message.startsWith(expected), message);
        refused++;
      } else if (Character.getType(c) != Character.PRIVATE_USE) {
        assertEquals(Map.of(), violationsOf(minutes), Integer.toHexString(c));
      }
    }
    assertEquals(66, refused);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uE000", "\uF8FF", "\uDB80\uDC00", "\uDBFF\uDFFD"})
  void privateUseCharactersAreRefusedWithTheirCodePoint(String character) {
    Minutes minutes = valid().title("x" + character).build();

    String message = violationsOf(minutes).get("title");
    assertEquals(
        "contains the private-use character "
            + String.format("U+%04X", character.codePointAt(0))
            + " at index 1; it has no standard meaning and no glyph in the PDF fonts; replace it"
            + " with a standard character",
        message);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.org/\u202Egpj.exe",
        "https://example.org/a\u2066b\u2069",
        "https://example.org/\u200Ex",
        "https://example.org/\u200Fx",
        "https://example.org/\u061Cx"
      })
  void bidiControlsInAnAddressAreRefusedWithTheCharacterAndIndex(String address) {
    int index = 20;
    if (address.charAt(index) == 'a') {
      index++;
    }
    Minutes minutes = withLink(address);

    assertEquals(
        "contains the invisible bidirectional control character "
            + String.format("U+%04X", (int) address.charAt(index))
            + " at index "
            + index
            + ", which can make the address read differently from where it leads; remove it or"
            + " percent-encode it",
        violationsOf(minutes).get("agenda[1].links[0].target.address"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://exa\u200Bmple.org/",
        "https://example.org/\u00ADx",
        "https://example.org/\uFEFFx",
        "https://example.org/\u2060x",
        "https://example.org/\uFDD0x",
        "https://example.org/\uE000x",
        "https://example.org/\uD800x",
        "mailto:a\u200D@example.org"
      })
  void invisibleOrMeaninglessCharactersInAnAddressAreRefused(String address) {
    Minutes minutes = withLink(address);

    String message = violationsOf(minutes).get("agenda[1].links[0].target.address");
    assertTrue(message != null && message.startsWith("contains the "), message);
    assertTrue(message.matches("contains the [a-z -]+ U\\+[0-9A-F]{4} at index \\d+, .*"), message);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"https://example.org/\u00E5\u65E5\uD83D\uDE00", "mailto:\u00E5sa@example.org"})
  void visibleNonAsciiCharactersInAnAddressAreAccepted(String address) {
    Minutes minutes = withLink(address);

    assertEquals(Map.of(), violationsOf(minutes));
  }

  @Test
  void datesMustHaveAYearFrom1To9999() {
    Minutes minutes =
        valid()
            .date(LocalDate.MIN)
            .addSessions(
                Session.on(LocalDate.of(10_000, 1, 1), LocalTime.of(10, 0), LocalTime.of(11, 0))
                    .build(),
                Session.on(LocalDate.of(0, 12, 31), LocalTime.of(10, 0), LocalTime.of(11, 0))
                    .build(),
                Session.on(LocalDate.of(1, 1, 1), LocalTime.of(10, 0), LocalTime.of(11, 0)).build(),
                Session.on(LocalDate.of(9999, 12, 31), LocalTime.of(10, 0), LocalTime.of(11, 0))
                    .build())
            .build();

    Map<String, String> violations = violationsOf(minutes);

    assertEquals(
        List.of("date", "sessions[1].date", "sessions[2].date"), List.copyOf(violations.keySet()));
    assertEquals(
        "is -999999999-01-01, in the year -999999999; minutes can only be dated from the year 1 to"
            + " 9999 (what HTML, PDF and JSON dates can hold), so correct the year",
        violations.get("date"));
    assertTrue(
        violations.get("sessions[1].date").startsWith("is +10000-01-01, in the year 10000;"));
    assertTrue(violations.get("sessions[2].date").startsWith("is 0000-12-31, in the year 0;"));
  }

  @Test
  void textIsLimitedInLength() {
    Minutes minutes = valid().title("x".repeat(Text.SHORT + 1)).build();

    assertEquals(
        "is 1001 characters long; shorten it to at most 1000", violationsOf(minutes).get("title"));
  }

  /** Minutes with one more item, agenda[1], whose decision has a reservation with the text. */
  private static Minutes withReservation(String text) {
    return valid()
        .addAgendaItem(
            AgendaItem.withHeading("Budget")
                .addDecision(Decision.of("Kommunstyrelsen beslutar att anta budgeten"))
                .addReservation(
                    new Reservation(
                        List.of(Person.named("Carl Dahl")), Optional.empty(), Optional.of(text)))
                .build())
        .build();
  }

  @Test
  void aWrittenReservationMayBeLongButNotEndless() {
    String fiveThousand = "Vi reserverar oss mot beslutet. ".repeat(200).substring(0, 5_000);
    assertEquals(Map.of(), violationsOf(withReservation(fiveThousand)));

    assertEquals(
        Map.of(
            "agenda[1].reservations[0].text",
            "is 100001 characters long; shorten it to at most 100000"),
        violationsOf(withReservation("x".repeat(Text.LONG + 1))));
  }

  @Test
  void requireValidThrowsWithAllViolations() {
    Minutes invalid = valid().title("").sessions(List.of()).build();

    InvalidMinutesException thrown =
        assertThrows(InvalidMinutesException.class, () -> VALIDATOR.requireValid(invalid));

    assertEquals(
        List.of("sessions", "title"),
        thrown.violations().stream().map(Violation::path).collect(Collectors.toList()));
    assertTrue(thrown.getMessage().contains("2 problems"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("sessions: must have at least one session"));
  }
}
