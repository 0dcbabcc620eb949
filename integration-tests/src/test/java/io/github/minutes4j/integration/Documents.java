package io.github.minutes4j.integration;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attendance;
import io.github.minutes4j.core.Block;
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
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Venue;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** Hand-written documents the tests start from. */
final class Documents {

  /** The address of every real link of {@link #everyField()}. */
  static final String ADDRESS = "https://example.org/slides.pdf";

  private Documents() {}

  /**
   * Valid minutes in which every component of the model is set and every kind of text field and
   * link occurs at least once ({@link ModelCompletenessTest} proves it),
   * each with its own plain text ("t1", "t2", ...), so that a test can put a hostile string in any
   * one of them and still find the others.
   */
  static Minutes everyField() {
    LinkTarget address = LinkTarget.of(ADDRESS);
    Minutes minutes =
        Minutes.builder(
                Language.SWEDISH,
                new Organiser(
                    "organiser",
                    List.of(new Network("NUH", "network one"), new Network("NHD", "network two"))),
                DocumentKind.MEETING_NOTES,
                "title",
                LocalDate.of(2022, 6, 11))
            .addSession(
                Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0))
                    .venue(Venue.of("venue", "street", "city"))
                    .online(true)
                    .attendance(Attendance.of(HeadCount.about(10), HeadCount.exactly(13)))
                    .build())
            .addAgendaItems(
                AgendaItem.withHeading("heading")
                    .number("number")
                    .addPresenter(
                        new Person(Optional.of("name"), Optional.of("role"), Optional.of("org")))
                    .addBlocks(
                        Block.paragraph(
                            Inline.plain("plain"),
                            Inline.strong("strong"),
                            Inline.emphasis("emphasis"),
                            Inline.link("link", address),
                            Inline.link("placeholder", LinkTarget.placeholder())),
                        Block.subsection(
                            "subsection",
                            Block.paragraph("inner"),
                            Block.subsection("deeper", Block.paragraph("deepest"))),
                        new Block.ItemList(
                            true, List.of(Block.paragraph("first"), Block.paragraph("second"))))
                    .addLink(LinkKind.SLIDES, "slides", address)
                    .addLink(LinkKind.VIDEO, "video", LinkTarget.placeholder())
                    .build())
            .addNoteTaker(
                Person.named("taker").withRole("taker role").withOrganisation("taker org"))
            .participants(
                ParticipantList.headed(
                    "participants",
                    List.of(
                        Participant.of("member", Affiliation.member("NUH"), "region")
                            .withLink(address),
                        Participant.of("guest", Affiliation.Role.GUEST))))
            .build();
    int[] n = {0};
    // Distinct texts, so that a test finds each in its place.
    return ModelText.map(
        minutes,
        (path, kind, text) ->
            kind == ModelText.Kind.CODE
                    || kind == ModelText.Kind.MEMBER_CODE
                    || kind == ModelText.Kind.ADDRESS
                ? text
                : text + " t" + ++n[0]);
  }
}
