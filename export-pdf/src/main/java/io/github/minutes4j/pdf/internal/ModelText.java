package io.github.minutes4j.pdf.internal;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Link;
import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Venue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every piece of text in a set of minutes that a page of them prints, with its path in the model
 * written the way validation writes paths ({@code agenda[2].presenters[0].name}), so that an error
 * about a piece of text can say where it is.
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.1.0
 */
final class ModelText {

  /**
   * One piece of text.
   *
   * @param path where it is, such as {@code agenda[2].heading}
   * @param text the text
   */
  record Piece(String path, String text) {}

  private final List<Piece> pieces = new ArrayList<>();

  private ModelText() {}

  /**
   * The text of minutes, in reading order.
   *
   * @param minutes the minutes
   * @param withParticipants whether the participant list is printed
   * @return the pieces
   */
  static List<Piece> of(Minutes minutes, boolean withParticipants) {
    ModelText walk = new ModelText();
    walk.minutes(minutes, withParticipants);
    return List.copyOf(walk.pieces);
  }

  private void add(String path, String text) {
    pieces.add(new Piece(path, text));
  }

  private void add(String path, Optional<String> text) {
    text.ifPresent(t -> add(path, t));
  }

  private void minutes(Minutes minutes, boolean withParticipants) {
    add("title", minutes.title());
    add("organiser.name", minutes.organiser().name());
    List<Network> networks = minutes.organiser().networks();
    for (int i = 0; i < networks.size(); i++) {
      add("organiser.networks[" + i + "].code", networks.get(i).code());
      add("organiser.networks[" + i + "].name", networks.get(i).name());
    }
    List<Session> sessions = minutes.sessions();
    for (int i = 0; i < sessions.size(); i++) {
      Optional<Venue> venue = sessions.get(i).venue();
      if (venue.isPresent()) {
        String path = "sessions[" + i + "].venue.";
        add(path + "name", venue.get().name());
        add(path + "street", venue.get().street());
        add(path + "city", venue.get().city());
      }
    }
    List<AgendaItem> agenda = minutes.agenda();
    for (int i = 0; i < agenda.size(); i++) {
      agendaItem("agenda[" + i + "]", agenda.get(i));
    }
    List<Person> noteTakers = minutes.noteTakers();
    for (int i = 0; i < noteTakers.size(); i++) {
      person("noteTakers[" + i + "]", noteTakers.get(i));
    }
    if (withParticipants && minutes.participants().isPresent()) {
      participants(minutes.participants().get());
    }
  }

  private void agendaItem(String path, AgendaItem item) {
    add(path + ".heading", item.heading());
    for (int i = 0; i < item.presenters().size(); i++) {
      person(path + ".presenters[" + i + "]", item.presenters().get(i));
    }
    blocks(path + ".content", item.content());
    List<Link> links = item.links();
    for (int i = 0; i < links.size(); i++) {
      add(path + ".links[" + i + "].label", links.get(i).label());
      target(path + ".links[" + i + "].target", links.get(i).target());
    }
  }

  private void blocks(String path, List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      String here = path + "[" + i + "]";
      Block block = blocks.get(i);
      if (block instanceof Block.Paragraph) {
        spans(here + ".content", ((Block.Paragraph) block).content());
      } else if (block instanceof Block.Subsection) {
        Block.Subsection subsection = (Block.Subsection) block;
        add(here + ".heading", subsection.heading());
        blocks(here + ".content", subsection.content());
      } else if (block instanceof Block.ItemList) {
        List<Block.Paragraph> items = ((Block.ItemList) block).items();
        for (int j = 0; j < items.size(); j++) {
          spans(here + ".items[" + j + "].content", items.get(j).content());
        }
      } else {
        throw new IllegalArgumentException("unknown block " + block.getClass().getName());
      }
    }
  }

  private void spans(String path, List<Inline> spans) {
    for (int i = 0; i < spans.size(); i++) {
      Inline span = spans.get(i);
      add(path + "[" + i + "].text", span.text());
      if (span instanceof Inline.Hyperlink) {
        target(path + "[" + i + "].target", ((Inline.Hyperlink) span).target());
      }
    }
  }

  /** A link's address is printed after the link on paper. */
  private void target(String path, LinkTarget target) {
    add(path + ".address", target.address());
  }

  private void person(String path, Person person) {
    add(path + ".name", person.name());
    add(path + ".role", person.role());
    add(path + ".organisation", person.organisation());
  }

  private void participants(ParticipantList list) {
    add("participants.heading", list.heading());
    List<Participant> entries = list.entries();
    for (int i = 0; i < entries.size(); i++) {
      String path = "participants.entries[" + i + "]";
      Participant participant = entries.get(i);
      add(path + ".name", participant.name());
      if (participant.affiliation() instanceof Affiliation.NetworkMember) {
        add(
            path + ".affiliation.networkCode",
            ((Affiliation.NetworkMember) participant.affiliation()).networkCode());
      }
      add(path + ".organisation", participant.organisation());
      participant.link().ifPresent(target -> target(path + ".link", target));
    }
  }
}
