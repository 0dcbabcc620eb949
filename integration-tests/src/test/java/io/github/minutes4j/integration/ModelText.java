package io.github.minutes4j.integration;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Link;
import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Venue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every string of a {@link Minutes} value with its path, spelt as the validator spells paths
 * ({@code agenda[0].presenters[1].name}), and a way to rewrite them all. The tests use it to place
 * a hostile string in one field, to list what a page must show, and to give a document the same
 * structure with neutral text.
 */
final class ModelText {

  /** What a string is, which decides the rules it must follow. */
  enum Kind {
    /** A name, heading or label: {@code @Text}, at most 1,000 characters, not blank. */
    SHORT,
    /** A span of running text: at most 100,000 characters; plain spans may be blank. */
    SPAN,
    /** A plain span: like {@link #SPAN}, and may be white space only. */
    PLAIN,
    /** A network code: letters, digits and hyphens. */
    CODE,
    /** A participant's network code, which must name a declared network. */
    MEMBER_CODE,
    /** A link address. */
    ADDRESS
  }

  /** One string at its place. */
  record Piece(String path, Kind kind, String text) {}

  /** Rewrites one string at its place. */
  @FunctionalInterface
  interface Rewrite {
    String apply(String path, Kind kind, String text);
  }

  private final Rewrite rewrite;

  private ModelText(Rewrite rewrite) {
    this.rewrite = rewrite;
  }

  /** Every string of the minutes, in document order. */
  static List<Piece> of(Minutes minutes) {
    List<Piece> pieces = new ArrayList<>();
    map(
        minutes,
        (path, kind, text) -> {
          pieces.add(new Piece(path, kind, text));
          return text;
        });
    return pieces;
  }

  /** The minutes with every string rewritten; the structure stays as it is. */
  static Minutes map(Minutes minutes, Rewrite rewrite) {
    return new ModelText(rewrite).minutes(minutes);
  }

  /** The minutes with one string, at {@code path}, replaced. */
  static Minutes replace(Minutes minutes, String path, String replacement) {
    boolean[] found = {false};
    Minutes changed =
        map(
            minutes,
            (p, kind, text) -> {
              if (p.equals(path)) {
                found[0] = true;
                return replacement;
              }
              return text;
            });
    if (!found[0]) {
      throw new IllegalArgumentException("no string at " + path);
    }
    return changed;
  }

  private String text(String path, Kind kind, String text) {
    return rewrite.apply(path, kind, text);
  }

  private Optional<String> text(String path, Kind kind, Optional<String> text) {
    return text.map(t -> text(path, kind, t));
  }

  private Minutes minutes(Minutes m) {
    Organiser organiser = m.organiser();
    List<Network> networks = new ArrayList<>();
    for (int i = 0; i < organiser.networks().size(); i++) {
      Network network = organiser.networks().get(i);
      String at = "organiser.networks[" + i + "].";
      networks.add(
          new Network(
              text(at + "code", Kind.CODE, network.code()),
              text(at + "name", Kind.SHORT, network.name())));
    }
    Organiser newOrganiser =
        new Organiser(text("organiser.name", Kind.SHORT, organiser.name()), networks);
    String title = text("title", Kind.SHORT, m.title());
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < m.sessions().size(); i++) {
      sessions.add(session("sessions[" + i + "].", m.sessions().get(i)));
    }
    List<AgendaItem> agenda = new ArrayList<>();
    for (int i = 0; i < m.agenda().size(); i++) {
      agenda.add(item("agenda[" + i + "].", m.agenda().get(i)));
    }
    List<Person> noteTakers = people("noteTakers", m.noteTakers());
    Optional<ParticipantList> participants = m.participants().map(this::participants);
    return new Minutes(
        m.language(), newOrganiser, m.kind(), m.date(), title, sessions, agenda, noteTakers,
        participants);
  }

  private Session session(String at, Session s) {
    Optional<Venue> venue =
        s.venue()
            .map(
                v ->
                    new Venue(
                        text(at + "venue.name", Kind.SHORT, v.name()),
                        text(at + "venue.street", Kind.SHORT, v.street()),
                        text(at + "venue.city", Kind.SHORT, v.city())));
    return new Session(s.date(), s.start(), s.end(), venue, s.online(), s.attendance());
  }

  private AgendaItem item(String at, AgendaItem item) {
    String heading = text(at + "heading", Kind.SHORT, item.heading());
    List<Person> presenters = people(at + "presenters", item.presenters());
    List<Block> content = blocks(at + "content", item.content());
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < item.links().size(); i++) {
      Link link = item.links().get(i);
      String linkAt = at + "links[" + i + "].";
      links.add(
          new Link(
              link.kind(),
              text(linkAt + "label", Kind.SHORT, link.label()),
              target(linkAt + "target", link.target())));
    }
    return new AgendaItem(heading, presenters, content, links);
  }

  private List<Block> blocks(String at, List<Block> blocks) {
    List<Block> result = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      result.add(block(at + "[" + i + "]", blocks.get(i)));
    }
    return result;
  }

  private Block block(String at, Block block) {
    if (block instanceof Block.Paragraph) {
      return paragraph(at, (Block.Paragraph) block);
    }
    if (block instanceof Block.Subsection) {
      Block.Subsection subsection = (Block.Subsection) block;
      return new Block.Subsection(
          text(at + ".heading", Kind.SHORT, subsection.heading()),
          blocks(at + ".content", subsection.content()));
    }
    Block.ItemList list = (Block.ItemList) block;
    List<Block.Paragraph> items = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      items.add(paragraph(at + ".items[" + i + "]", list.items().get(i)));
    }
    return new Block.ItemList(list.ordered(), items);
  }

  private Block.Paragraph paragraph(String at, Block.Paragraph paragraph) {
    List<Inline> spans = new ArrayList<>();
    for (int i = 0; i < paragraph.content().size(); i++) {
      String spanAt = at + ".content[" + i + "].";
      Inline span = paragraph.content().get(i);
      if (span instanceof Inline.Plain) {
        spans.add(new Inline.Plain(text(spanAt + "text", Kind.PLAIN, span.text())));
      } else if (span instanceof Inline.Strong) {
        spans.add(new Inline.Strong(text(spanAt + "text", Kind.SPAN, span.text())));
      } else if (span instanceof Inline.Emphasis) {
        spans.add(new Inline.Emphasis(text(spanAt + "text", Kind.SPAN, span.text())));
      } else {
        Inline.Hyperlink link = (Inline.Hyperlink) span;
        spans.add(
            new Inline.Hyperlink(
                text(spanAt + "text", Kind.SHORT, link.text()),
                target(spanAt + "target", link.target())));
      }
    }
    return new Block.Paragraph(spans);
  }

  private LinkTarget target(String at, LinkTarget target) {
    return new LinkTarget(text(at + ".address", Kind.ADDRESS, target.address()));
  }

  private List<Person> people(String at, List<Person> people) {
    List<Person> result = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      Person person = people.get(i);
      String personAt = at + "[" + i + "].";
      result.add(
          new Person(
              text(personAt + "name", Kind.SHORT, person.name()),
              text(personAt + "role", Kind.SHORT, person.role()),
              text(personAt + "organisation", Kind.SHORT, person.organisation())));
    }
    return result;
  }

  private ParticipantList participants(ParticipantList list) {
    Optional<String> heading = text("participants.heading", Kind.SHORT, list.heading());
    List<Participant> entries = new ArrayList<>();
    for (int i = 0; i < list.entries().size(); i++) {
      Participant p = list.entries().get(i);
      String at = "participants.entries[" + i + "].";
      Affiliation affiliation = p.affiliation();
      if (affiliation instanceof Affiliation.NetworkMember) {
        affiliation =
            new Affiliation.NetworkMember(
                text(
                    at + "affiliation.networkCode",
                    Kind.MEMBER_CODE,
                    ((Affiliation.NetworkMember) affiliation).networkCode()));
      }
      entries.add(
          new Participant(
              text(at + "name", Kind.SHORT, p.name()),
              affiliation,
              text(at + "organisation", Kind.SHORT, p.organisation()),
              p.link().map(target -> target(at + "link", target))));
    }
    return new ParticipantList(heading, entries);
  }
}
