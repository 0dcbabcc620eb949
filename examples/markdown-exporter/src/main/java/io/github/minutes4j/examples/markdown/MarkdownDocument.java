package io.github.minutes4j.examples.markdown;

import static io.github.minutes4j.examples.markdown.MarkdownText.escape;
import static io.github.minutes4j.examples.markdown.MarkdownText.inlines;
import static io.github.minutes4j.examples.markdown.MarkdownText.lineStart;

import io.github.minutes4j.core.Adjournment;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attachment;
import io.github.minutes4j.core.Attendee;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.ConflictOfInterest;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Link;
import io.github.minutes4j.core.MemberRole;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.Notice;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Writes one set of minutes as Markdown, laid out like the reference documents were written:
 * organiser, date, a rule, the kind of document, the title, "Tid och plats", one heading per agenda
 * item, the note-takers and the participant list as a table. Formal minutes add the attendance
 * after the time and place, each item's proceedings ({@link Proceedings}), the attachments, the
 * next meeting, the adjustment, signature lines and the notice; an extract has only the chosen
 * items, the adjustment and an attestation line. Not thread-safe; one per export.
 */
final class MarkdownDocument {

  /** The deepest heading level Markdown has; deeper sub-sections get a bold line instead. */
  private static final int DEEPEST_HEADING = 6;

  /** The heading level of an agenda item; its sub-sections are one level deeper each. */
  private static final int ITEM_LEVEL = 4;

  /** Where a signature goes: a line of underscores, escaped so that it is not a rule. */
  private static final String SIGNATURE_LINE = "_".repeat(32);

  private final Minutes minutes;
  private final ExportOptions options;
  private final Labels labels;
  private final StringBuilder out = new StringBuilder(8_192);

  /** The places in the agenda of the items to write: all, or those of an extract. */
  private final List<Integer> items;

  /**
   * Prepares the document.
   *
   * @throws io.github.minutes4j.core.format.UnknownItemsException if the options ask for an
   *     extract of items the minutes do not have; the message names them
   */
  MarkdownDocument(Minutes minutes, ExportOptions options) {
    this.minutes = minutes;
    this.options = options;
    this.labels = options.labelsFor(minutes);
    this.items = options.extractedItems(minutes);
  }

  /** The whole document, ending with one line feed. */
  String render() {
    heading(1, minutes.organiser().name());
    List<String> networks = new ArrayList<>();
    for (Network network : minutes.organiser().networks()) {
      networks.add(escape(network.name()) + " (" + escape(network.code()) + ")");
    }
    if (!networks.isEmpty()) {
      paragraph(labels.join(networks));
    }
    paragraph(escape(labels.date(minutes.date())));
    minutes.chair().ifPresent(chair -> paragraph(labelled(Label.CHAIR, labels.person(chair))));
    block("---");
    // An extract ("protokollsutdrag") is headed as one, and has only the chosen items, the
    // adjustment and a line to attest it on; the order of the rest is that of the HTML page.
    boolean whole = !options.isExtract();
    heading(2, whole ? labels.documentKind(minutes.kind()) : labels.text(Label.EXTRACT));
    heading(3, minutes.title());
    timeAndPlace();
    if (whole) {
      attendance();
    }
    List<Optional<String>> numbers = minutes.itemNumbers();
    for (int place : items) {
      agendaItem(minutes.agenda().get(place), numbers.get(place));
    }
    if (whole) {
      noteTakers();
      attachments();
      nextMeeting();
    }
    adjustment();
    if (whole) {
      signatures();
      notice();
      if (options.includeParticipants()) {
        // A list without rows prints nothing: a heading over an empty table says nothing.
        minutes
            .participants()
            .filter(list -> !list.entries().isEmpty())
            .ifPresent(this::participants);
      }
    } else {
      attestation();
    }
    return out.toString();
  }

  private void timeAndPlace() {
    heading(ITEM_LEVEL, labels.text(Label.TIME_AND_PLACE));
    for (Session session : minutes.sessions()) {
      String line = labels.when(session);
      Optional<String> where = labels.where(session);
      if (where.isPresent()) {
        line += labels.listSeparator() + where.get();
      }
      paragraph(escape(line));
      for (Adjournment adjournment : session.adjournments()) {
        paragraph(
            labelled(
                Label.ADJOURNMENT, labels.timeRange(adjournment.start(), adjournment.end())));
      }
      labels.attendance(session.attendance()).ifPresent(sentence -> paragraph(escape(sentence)));
    }
  }

  private void agendaItem(AgendaItem item, Optional<String> number) {
    heading(ITEM_LEVEL, number.map(n -> n + " ").orElse("") + item.heading());
    item.caseReference().ifPresent(reference -> paragraph(labelled(Label.CASE_REFERENCE, reference)));
    for (ConflictOfInterest conflict : item.conflictsOfInterest()) {
      String name = labels.person(conflict.member());
      paragraph(
          escape(
              conflict
                  .reason()
                  .map(reason -> fill(Label.CONFLICT_OF_INTEREST_REASON, name, reason))
                  .orElseGet(() -> fill(Label.CONFLICT_OF_INTEREST, name))));
    }
    if (!item.presenters().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (Person presenter : item.presenters()) {
        names.add(labels.person(presenter));
      }
      paragraph(
          labelled(labels.text(Label.PRESENTERS, names.size()), String.join(labels.groupSeparator(), names)));
    }
    blocks(item.content(), ITEM_LEVEL + 1);
    for (Link link : item.links()) {
      paragraph(inlines(List.of(Inline.link(link.label(), link.target()))) + placeholderNote(link));
    }
    new Proceedings(this, labels).write(item);
    if (!item.attachments().isEmpty()) {
      List<String> attachments = new ArrayList<>();
      for (String attachment : item.attachments()) {
        attachments.add(fill(Label.ATTACHMENT, attachment));
      }
      paragraph(labelled(Label.ATTACHMENTS, labels.join(attachments)));
    }
    if (!item.recipients().isEmpty()) {
      paragraph(labelled(Label.RECIPIENTS, labels.join(item.recipients())));
    }
    if (item.adjustedImmediately()) {
      paragraph("*" + escape(labels.text(Label.ADJUSTED_IMMEDIATELY)) + "*");
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
    heading(2, labels.text(Label.NOTE_TAKERS, minutes.kind(), minutes.noteTakers().size()));
    for (Person person : minutes.noteTakers()) {
      List<String> lines = new ArrayList<>();
      person.name().ifPresent(name -> lines.add(inlines(List.of(Inline.strong(name)))));
      List<String> details = new ArrayList<>();
      person.role().ifPresent(details::add);
      person.organisation().ifPresent(details::add);
      if (!details.isEmpty()) {
        lines.add(escape(labels.join(details)));
      }
      lines(lines);
    }
  }

  /**
   * The attendance of the body: those who decide (with whom a serving substitute serves for),
   * substitutes who do not, officials and others, and absent members, each with arrival and
   * departure.
   */
  private void attendance() {
    if (minutes.attendees().isEmpty()) {
      return;
    }
    heading(ITEM_LEVEL, labels.text(Label.ATTENDANCE));
    attendees(Label.DECIDING, a -> a.present() && a.role().decides());
    attendees(Label.SUBSTITUTES_PRESENT, a -> a.present() && a.role() == MemberRole.SUBSTITUTE);
    attendees(
        Label.OTHERS_PRESENT,
        a -> a.present() && (a.role() == MemberRole.OFFICIAL || a.role() == MemberRole.OTHER));
    attendees(Label.ABSENT, a -> !a.present());
  }

  private void attendees(Label heading, Predicate<Attendee> which) {
    List<String> lines = new ArrayList<>();
    for (Attendee attendee : minutes.attendees()) {
      if (!which.test(attendee)) {
        continue;
      }
      String name = labels.person(attendee.person());
      List<String> parts = new ArrayList<>();
      parts.add(attendee.group().map(group -> name + " (" + group + ")").orElse(name));
      if (attendee.substituteFor().isPresent()) {
        parts.add(fill(Label.SERVING_FOR, attendee.substituteFor().get()));
      } else if (attendee.role() != MemberRole.OFFICIAL) {
        parts.add(labels.memberRole(attendee.role()));
      }
      attendee.arrived().ifPresent(m -> parts.add(fill(Label.ARRIVED, labels.moment(m))));
      attendee.left().ifPresent(m -> parts.add(fill(Label.LEFT, labels.moment(m))));
      lines.add("- " + lineStart(escape(labels.join(parts))));
    }
    if (!lines.isEmpty()) {
      paragraph("**" + escape(labels.text(heading, lines.size())) + "**");
      block(String.join("\n", lines));
    }
  }

  private void attachments() {
    if (minutes.attachments().isEmpty()) {
      return;
    }
    heading(2, labels.text(Label.ATTACHMENTS));
    List<String> lines = new ArrayList<>();
    for (Attachment attachment : minutes.attachments()) {
      String line =
          fill(Label.ATTACHMENT, attachment.number()) + labels.labelSeparator() + attachment.title();
      line += attachment.reference().map(reference -> " (" + reference + ")").orElse("");
      lines.add("- " + lineStart(escape(line)));
    }
    block(String.join("\n", lines));
  }

  private void nextMeeting() {
    minutes
        .nextMeeting()
        .ifPresent(
            next -> {
              heading(2, labels.text(Label.NEXT_MEETING));
              String line = labels.when(next);
              paragraph(
                  escape(
                      labels
                          .where(next)
                          .map(where -> line + labels.listSeparator() + where)
                          .orElse(line)));
            });
  }

  /** The adjusters, and where and when the minutes are adjusted. */
  private void adjustment() {
    if (minutes.adjusters().isEmpty() && minutes.adjustment().isEmpty()) {
      return;
    }
    heading(2, labels.text(Label.ADJUSTMENT));
    if (!minutes.adjusters().isEmpty()) {
      List<String> names = new ArrayList<>();
      minutes.adjusters().forEach(adjuster -> names.add(labels.person(adjuster)));
      paragraph(
          labelled(labels.text(Label.ADJUSTERS, names.size()), labels.join(names)));
    }
    minutes
        .adjustment()
        .ifPresent(
            adjustment ->
                paragraph(
                    labelled(
                        Label.ADJUSTMENT_PLACE_AND_DATE,
                        adjustment.place()
                            + labels.listSeparator()
                            + labels.date(adjustment.date()))));
  }

  /** A line to sign on for the secretaries, the chair and the adjusters, each with the name. */
  private void signatures() {
    if (minutes.chair().isEmpty() && minutes.adjusters().isEmpty()) {
      return;
    }
    heading(2, labels.text(Label.SIGNATURES));
    for (Person secretary : minutes.noteTakers()) {
      signature(Label.SECRETARY_SIGNATURE, secretary);
    }
    minutes.chair().ifPresent(chair -> signature(Label.CHAIR, chair));
    for (Person adjuster : minutes.adjusters()) {
      signature(Label.ADJUSTER_SIGNATURE, adjuster);
    }
  }

  /** The notice ("anslag") of the adjusted minutes. */
  private void notice() {
    if (minutes.notice().isEmpty()) {
      return;
    }
    Notice notice = minutes.notice().get();
    heading(2, labels.text(Label.NOTICE));
    paragraph(escape(labels.text(Label.NOTICE_STATEMENT)));
    List<String> dates = new ArrayList<>();
    minutes.sessions().forEach(session -> dates.add(labels.date(session.date())));
    lines(
        List.of(
            labelled(Label.BODY, minutes.organiser().name()),
            labelled(Label.MEETING_DATE, labels.join(dates)),
            labelled(Label.NOTICE_POSTED, labels.date(notice.posted())),
            labelled(Label.NOTICE_REMOVED, labels.date(notice.removed())),
            labelled(Label.STORED_AT, notice.storedAt())));
    signature(Label.SIGNATURE, notice.certifiedBy());
  }

  /** The attestation of an extract, with a line to sign on. */
  private void attestation() {
    signature(Label.ATTESTATION, Optional.empty());
  }

  private void signature(Label role, Person person) {
    signature(role, Optional.of(person));
  }

  /** The role in italics, a line to sign on, and the name in clear below it. */
  private void signature(Label role, Optional<Person> person) {
    List<String> lines = new ArrayList<>();
    lines.add("*" + escape(labels.text(role)) + "*");
    lines.add(escape(SIGNATURE_LINE));
    person.ifPresent(p -> lines.add(escape(labels.person(p))));
    lines(lines);
  }

  /** Escaped lines as one paragraph, joined by hard line breaks (a backslash at a line's end). */
  void lines(List<String> escapedLines) {
    StringBuilder paragraph = new StringBuilder();
    for (String line : escapedLines) {
      if (paragraph.length() > 0) {
        paragraph.append("\\\n");
      }
      paragraph.append(lineStart(line));
    }
    block(paragraph.toString());
  }

  /** A label in italics and its value: "*Diarienummer:* KS 2026/311". */
  String labelled(Label label, String value) {
    return labelled(labels.text(label, minutes.kind()), value);
  }

  /**
   * A label's text in italics, with the labels' separator ("*Diarienummer:* KS 2026/311"; the
   * separator's space, if it has one, outside the italics), and a value.
   */
  String labelled(String label, String value) {
    String separator = labels.labelSeparator();
    String mark = separator.stripTrailing();
    return "*"
        + escape(label + mark)
        + "*"
        + separator.substring(mark.length())
        + escape(value);
  }

  /** A label's text with its parts put in for {0}, {1}, ... */
  String fill(Label label, String... parts) {
    return labels.phrase(label, parts);
  }

  /**
   * A label's text as it agrees with how many people it names ({@link Labels#text(Label, int)}),
   * with its parts put in: "{0} widersprachen dem Beschluss." for two members.
   */
  String fill(Label label, int people, String... parts) {
    return labels.phrase(label, people, parts);
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

  /** A table of escaped cells with a header row, in GitHub's syntax. */
  void table(List<String> header, List<List<String>> rows) {
    StringBuilder table = new StringBuilder();
    row(table, header.toArray(String[]::new));
    table.append('\n').append("| --- ".repeat(header.size())).append('|');
    for (List<String> cells : rows) {
      table.append('\n');
      row(table, cells.toArray(String[]::new));
    }
    block(table.toString());
  }

  private static void row(StringBuilder table, String... cells) {
    table.append('|');
    for (String cell : cells) {
      table.append(' ').append(cell).append(cell.isEmpty() ? "|" : " |");
    }
  }

  void heading(int level, String text) {
    block("#".repeat(level) + " " + escape(text).strip());
  }

  void paragraph(String escapedLine) {
    block(lineStart(escapedLine).stripTrailing());
  }

  /** Appends a block, separated from the one before by a blank line. */
  void block(String markdown) {
    if (out.length() > 0) {
      out.append('\n');
    }
    out.append(markdown).append('\n');
  }
}
