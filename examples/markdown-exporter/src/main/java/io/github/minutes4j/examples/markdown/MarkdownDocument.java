package io.github.minutes4j.examples.markdown;

import static io.github.minutes4j.examples.markdown.MarkdownText.escape;
import static io.github.minutes4j.examples.markdown.MarkdownText.inlines;
import static io.github.minutes4j.examples.markdown.MarkdownText.lineStart;

import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Link;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.spi.ExportOptions;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes one set of minutes as Markdown, laid out like the reference documents were written:
 * organiser, date, a rule, the kind of document, the title, "Tid och plats", one heading per agenda
 * item, the note-takers and the participant list as a table. Not thread-safe; one per export.
 */
final class MarkdownDocument {

  /** The deepest heading level Markdown has; deeper sub-sections get a bold line instead. */
  private static final int DEEPEST_HEADING = 6;

  /** The heading level of an agenda item; its sub-sections are one level deeper each. */
  private static final int ITEM_LEVEL = 4;

  private final Minutes minutes;
  private final ExportOptions options;
  private final Labels labels;
  private final StringBuilder out = new StringBuilder(8_192);

  MarkdownDocument(Minutes minutes, ExportOptions options) {
    this.minutes = minutes;
    this.options = options;
    this.labels = options.labelsFor(minutes);
  }

  /** The whole document, ending with one line feed. */
  String render() {
    heading(1, minutes.organiser().name());
    List<String> networks = new ArrayList<>();
    for (Network network : minutes.organiser().networks()) {
      networks.add(escape(network.name()) + " (" + escape(network.code()) + ")");
    }
    if (!networks.isEmpty()) {
      paragraph(String.join(", ", networks));
    }
    paragraph(escape(labels.date(minutes.date())));
    block("---");
    heading(2, labels.documentKind(minutes.kind()));
    heading(3, minutes.title());
    timeAndPlace();
    for (AgendaItem item : minutes.agenda()) {
      agendaItem(item);
    }
    noteTakers();
    if (options.includeParticipants()) {
      minutes.participants().ifPresent(this::participants);
    }
    return out.toString();
  }

  private void timeAndPlace() {
    heading(ITEM_LEVEL, labels.text(Label.TIME_AND_PLACE));
    for (Session session : minutes.sessions()) {
      String line = labels.when(session);
      Optional<String> where = labels.where(session);
      if (where.isPresent()) {
        line += ", " + where.get();
      }
      paragraph(escape(line));
      labels.attendance(session.attendance()).ifPresent(sentence -> paragraph(escape(sentence)));
    }
  }

  private void agendaItem(AgendaItem item) {
    heading(ITEM_LEVEL, item.number().map(number -> number + " ").orElse("") + item.heading());
    if (!item.presenters().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (Person presenter : item.presenters()) {
        names.add(labels.person(presenter));
      }
      paragraph(
          "*" + escape(labels.text(Label.PRESENTERS)) + ":* " + escape(String.join("; ", names)));
    }
    blocks(item.content(), ITEM_LEVEL + 1);
    for (Link link : item.links()) {
      paragraph(inlines(List.of(Inline.link(link.label(), link.target()))) + placeholderNote(link));
    }
  }

  private String placeholderNote(Link link) {
    return link.target().isPlaceholder()
        ? " (" + escape(labels.text(Label.LINK_PLACEHOLDER)) + ")"
        : "";
  }

  private void blocks(List<Block> blocks, int level) {
    boolean previousWasList = false;
    boolean alternate = false;
    for (Block block : blocks) {
      if (block instanceof Block.Paragraph) {
        paragraph(inlines(((Block.Paragraph) block).content()));
        previousWasList = false;
      } else if (block instanceof Block.Subsection) {
        Block.Subsection subsection = (Block.Subsection) block;
        if (level <= DEEPEST_HEADING) {
          heading(level, subsection.heading());
        } else {
          paragraph(inlines(List.of(Inline.strong(subsection.heading()))));
        }
        blocks(subsection.content(), level + 1);
        previousWasList = false;
      } else {
        // Two lists in a row would merge into one unless their markers differ.
        alternate = previousWasList && !alternate;
        itemList((Block.ItemList) block, alternate);
        previousWasList = true;
      }
    }
  }

  private void itemList(Block.ItemList list, boolean alternate) {
    StringBuilder lines = new StringBuilder();
    int number = 1;
    for (Block.Paragraph item : list.items()) {
      if (lines.length() > 0) {
        lines.append('\n');
      }
      String marker =
          list.ordered() ? number++ + (alternate ? ")" : ".") : (alternate ? "*" : "-");
      lines.append(marker).append(' ').append(lineStart(inlines(item.content())));
    }
    block(lines.toString());
  }

  private void noteTakers() {
    if (minutes.noteTakers().isEmpty()) {
      return;
    }
    heading(2, labels.text(Label.NOTE_TAKERS));
    for (Person person : minutes.noteTakers()) {
      List<String> lines = new ArrayList<>();
      person.name().ifPresent(name -> lines.add(inlines(List.of(Inline.strong(name)))));
      List<String> details = new ArrayList<>();
      person.role().ifPresent(details::add);
      person.organisation().ifPresent(details::add);
      if (!details.isEmpty()) {
        lines.add(escape(String.join(", ", details)));
      }
      // A backslash at the end of a line is a hard line break, as in the reference documents.
      StringBuilder paragraph = new StringBuilder();
      for (String line : lines) {
        if (paragraph.length() > 0) {
          paragraph.append("\\\n");
        }
        paragraph.append(lineStart(line));
      }
      block(paragraph.toString());
    }
  }

  private void participants(ParticipantList list) {
    heading(2, labels.participantsHeading(list));
    StringBuilder table = new StringBuilder();
    row(
        table,
        escape(labels.text(Label.PARTICIPANT_NAME)),
        escape(labels.text(Label.PARTICIPANT_AFFILIATION)),
        escape(labels.text(Label.PARTICIPANT_ORGANISATION)));
    table.append("\n| --- | --- | --- |");
    for (Participant participant : list.entries()) {
      table.append('\n');
      String name =
          participant
              .link()
              .map(target -> inlines(List.of(Inline.link(participant.name(), target))))
              .orElse(escape(participant.name()));
      row(
          table,
          name,
          escape(labels.affiliation(participant.affiliation())),
          participant.organisation().map(MarkdownText::escape).orElse(""));
    }
    block(table.toString());
  }

  private static void row(StringBuilder table, String... cells) {
    table.append('|');
    for (String cell : cells) {
      table.append(' ').append(cell).append(cell.isEmpty() ? "|" : " |");
    }
  }

  private void heading(int level, String text) {
    block("#".repeat(level) + " " + escape(text).strip());
  }

  private void paragraph(String escapedLine) {
    block(lineStart(escapedLine).stripTrailing());
  }

  /** Appends a block, separated from the one before by a blank line. */
  private void block(String markdown) {
    if (out.length() > 0) {
      out.append('\n');
    }
    out.append(markdown).append('\n');
  }
}
