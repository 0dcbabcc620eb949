package io.github.minutes4j.examples.markdown;

import static io.github.minutes4j.examples.markdown.MarkdownText.escape;
import static io.github.minutes4j.examples.markdown.MarkdownText.lineStart;

import io.github.minutes4j.core.ActionItem;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Ballot;
import io.github.minutes4j.core.Decision;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Proposal;
import io.github.minutes4j.core.ProtocolNote;
import io.github.minutes4j.core.Reservation;
import io.github.minutes4j.core.Vote;
import io.github.minutes4j.core.VoteMethod;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.Labels;
import java.util.ArrayList;
import java.util.List;

/**
 * The proceedings of one agenda item as Markdown, in the order a protokoll gives them: proposals
 * with their movers, the order the chair put them, votes (an open vote's roll call as a table,
 * then the totals), decisions with their clauses as a numbered list, reservations and protocol
 * notes (written texts as block quotes), and the actions as a table. Each part is headed by a bold
 * line, as in a printed protokoll. Not thread-safe; one per item.
 */
final class Proceedings {

  private final MarkdownDocument document;
  private final Labels labels;

  Proceedings(MarkdownDocument document, Labels labels) {
    this.document = document;
    this.labels = labels;
  }

  void write(AgendaItem item) {
    proposals(item);
    for (Vote vote : item.votes()) {
      vote(vote);
    }
    for (Decision decision : item.decisions()) {
      decision(decision);
    }
    for (Reservation reservation : item.reservations()) {
      bold(Label.RESERVATION);
      int members = reservation.members().size();
      String who = names(reservation.members());
      document.paragraph(
          escape(
              reservation
                  .decision()
                  .map(id -> document.fill(Label.RESERVED_AGAINST, members, who, id))
                  .orElseGet(() -> document.fill(Label.RESERVED, members, who))));
      reservation
          .text()
          .ifPresent(
              text -> {
                document.paragraph("*" + escape(labels.text(Label.WRITTEN_RESERVATION)) + "*");
                document.block("> " + lineStart(escape(text)));
              });
    }
    for (ProtocolNote note : item.protocolNotes()) {
      bold(Label.PROTOCOL_NOTE);
      document.paragraph(
          escape(
              document.fill(
                  Label.PROTOCOL_NOTE_BY, note.authors().size(), names(note.authors()))));
      document.block("> " + lineStart(escape(note.text())));
    }
    actions(item.actions());
  }

  private void proposals(AgendaItem item) {
    if (!item.proposals().isEmpty()) {
      bold(Label.PROPOSALS);
      List<String> lines = new ArrayList<>();
      for (Proposal proposal : item.proposals()) {
        String kind = labels.proposalKind(proposal.kind());
        String head =
            proposal.id().map(id -> capitalised(proposalName(id)) + " (" + kind + ")").orElse(
                capitalised(kind));
        lines.add(
            "- "
                + lineStart(
                    escape(
                        head
                            + labels.listSeparator()
                            + names(proposal.movers())
                            + labels.labelSeparator()
                            + proposal.text())));
      }
      document.block(String.join("\n", lines));
    }
    if (!item.proposalOrder().isEmpty()) {
      List<String> order = new ArrayList<>();
      item.proposalOrder().forEach(id -> order.add(proposalName(id)));
      document.paragraph(document.labelled(Label.PROPOSAL_ORDER, labels.join(order)));
    }
  }

  private void vote(Vote vote) {
    document.paragraph(
        "**"
            + escape(labels.text(Label.VOTE))
            + "** "
            + escape("(" + labels.voteMethod(vote.method()) + ")"));
    List<String> sides = new ArrayList<>();
    vote.yesFor().ifPresent(id -> sides.add(document.fill(Label.VOTE_YES_FOR, proposalName(id))));
    vote.noFor().ifPresent(id -> sides.add(document.fill(Label.VOTE_NO_FOR, proposalName(id))));
    if (!sides.isEmpty()) {
      document.paragraph(escape(String.join(" ", sides)));
    }
    if (vote.method() == VoteMethod.OPEN && !vote.ballots().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (Ballot ballot : vote.ballots()) {
        rows.add(
            List.of(
                escape(labels.person(ballot.voter())),
                escape(labels.voteChoice(ballot.choice()))));
      }
      document.table(
          List.of(escape(labels.text(Label.VOTER)), escape(labels.text(Label.BALLOT))), rows);
    }
    document.paragraph(
        escape(
            document.fill(
                Label.VOTE_RESULT,
                String.valueOf(vote.tally().yes()),
                String.valueOf(vote.tally().no()),
                String.valueOf(vote.tally().abstained()))));
  }

  /** The introduction, then the clauses as a list numbered from 1. */
  private void decision(Decision decision) {
    bold(Label.DECISION);
    document.paragraph(escape(decision.introduction()));
    if (!decision.clauses().isEmpty()) {
      List<String> lines = new ArrayList<>();
      int number = 1;
      for (String clause : decision.clauses()) {
        lines.add(number++ + ". " + lineStart(escape(clause)));
      }
      document.block(String.join("\n", lines));
    }
  }

  private void actions(List<ActionItem> actions) {
    if (actions.isEmpty()) {
      return;
    }
    bold(Label.ACTIONS);
    List<List<String>> rows = new ArrayList<>();
    for (ActionItem action : actions) {
      rows.add(
          List.of(
              escape(action.task()),
              escape(names(action.owners())),
              action.due().map(due -> escape(labels.date(due))).orElse("")));
    }
    document.table(
        List.of(
            escape(labels.text(Label.ACTION_TASK)),
            escape(labels.text(Label.ACTION_OWNERS)),
            escape(labels.text(Label.ACTION_DUE))),
        rows);
  }

  private void bold(Label label) {
    document.paragraph("**" + escape(labels.text(label)) + "**");
  }

  private String proposalName(String id) {
    return document.fill(Label.PROPOSAL, id);
  }

  private String names(List<Person> people) {
    List<String> names = new ArrayList<>();
    people.forEach(person -> names.add(labels.person(person)));
    return labels.join(names);
  }

  private String capitalised(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return text.substring(0, Character.charCount(first)).toUpperCase(labels.language().locale())
        + text.substring(Character.charCount(first));
  }
}
