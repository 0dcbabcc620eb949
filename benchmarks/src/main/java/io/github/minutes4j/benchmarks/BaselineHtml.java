package io.github.minutes4j.benchmarks;

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
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.Labels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTML baseline: the page {@code HtmlMinutesExporter} writes, rendered by hand into one {@link
 * StringBuilder}, the way one would without a library: the same elements, attributes, labels,
 * stylesheet and link names, and every text escaped ({@code & < > " '}). No validation, no writer
 * layers, A4 and the document's own language only (the benchmarks' options).
 *
 * <p>{@link HtmlBenchmark} checks at set-up that this gives exactly the exporter's bytes for every
 * document it measures, so the two do the same work.
 */
public final class BaselineHtml {

  private static final String CSS =
      "\n" + readCss() + "@page { size: A4; margin: 20mm 18mm 22mm; }\n";
  private static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
  private static final String DASH = " \u2013 ";

  private final Minutes minutes;
  private final Labels labels;
  private final StringBuilder out;
  private final Map<String, String> addressByName = new HashMap<>();

  private BaselineHtml(Minutes minutes, StringBuilder out) {
    this.minutes = minutes;
    this.labels = Labels.of(minutes.language());
    this.out = out;
  }

  /**
   * Renders a page.
   *
   * @param minutes the minutes, not validated
   * @return the page as UTF-8
   */
  public static byte[] render(Minutes minutes) {
    StringBuilder out = new StringBuilder(16 * 1024);
    new BaselineHtml(minutes, out).page();
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void page() {
    out.append("<!DOCTYPE html>\n<html lang=\"").append(labels.language().tag()).append("\">\n");
    String organiser = minutes.organiser().name();
    String kind = labels.documentKind(minutes.kind());
    out.append("<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"");
    escape(CSP);
    out.append("\">\n<title>");
    escape(minutes.title() + DASH + kind + DASH + organiser);
    out.append("</title>\n<meta name=\"author\" content=\"");
    escape(organiser);
    out.append("\">\n<meta name=\"description\" content=\"");
    StringBuilder sessions = new StringBuilder();
    for (Session session : minutes.sessions()) {
      if (sessions.length() > 0) {
        sessions.append("; ");
      }
      sessions.append(labels.when(session));
    }
    escape(kind + ": " + minutes.title() + ". " + organiser + ", " + sessions + ".");
    out.append("\">\n<meta name=\"generator\" content=\"minutes4j\">\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");

    out.append("<header class=\"masthead\">\n<p class=\"kind\">");
    escape(kind);
    out.append("</p>\n<h1>");
    escape(minutes.title());
    out.append("</h1>\n<dl class=\"facts\">\n<div><dt>");
    escape(labels.text(Label.ORGANISER));
    out.append("</dt><dd><bdi>");
    escape(organiser);
    out.append("</bdi>");
    List<Network> networks = minutes.organiser().networks();
    if (!networks.isEmpty()) {
      out.append("\n<dl class=\"networks\">\n");
      for (Network network : networks) {
        out.append("<div><dt>");
        escape(network.code());
        out.append("</dt><dd><bdi>");
        escape(network.name());
        out.append("</bdi></dd></div>\n");
      }
      out.append("</dl>\n");
    }
    out.append("</dd></div>\n<div><dt>");
    escape(labels.text(Label.DOCUMENT_DATE));
    out.append("</dt><dd>");
    date(minutes.date(), labels.date(minutes.date()));
    out.append("</dd></div>\n</dl>\n</header>\n<main>\n");

    out.append("<section class=\"when-where\" aria-labelledby=\"time-and-place\">\n")
        .append("<h2 id=\"time-and-place\">");
    escape(labels.text(Label.TIME_AND_PLACE));
    out.append("</h2>\n");
    if (minutes.sessions().size() == 1) {
      out.append("<div class=\"session\">\n");
      session(minutes.sessions().get(0));
      out.append("</div>\n");
    } else {
      out.append("<ul class=\"sessions\">\n");
      for (Session session : minutes.sessions()) {
        out.append("<li class=\"session\">\n");
        session(session);
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");

    List<AgendaItem> agenda = minutes.agenda();
    for (int i = 0; i < agenda.size(); i++) {
      item(agenda.get(i), i + 1);
    }
    noteTakers();
    if (minutes.participants().isPresent()) {
      participants(minutes.participants().get());
    }
    out.append("</main>\n</body>\n</html>\n");
  }

  private void session(Session session) {
    out.append("<p class=\"when\">");
    String phrase = labels.when(session);
    String date = labels.date(session.date());
    String start = labels.time(session.start().orElseThrow());
    String end = labels.time(session.end().orElseThrow());
    int dateAt = phrase.indexOf(date);
    int startAt = dateAt < 0 ? -1 : phrase.indexOf(start, dateAt + date.length());
    int endAt = startAt < 0 ? -1 : phrase.indexOf(end, startAt + start.length());
    if (endAt < 0) {
      date(session.date(), phrase);
    } else {
      escape(phrase.substring(0, dateAt));
      date(session.date(), date);
      escape(phrase.substring(dateAt + date.length(), startAt));
      time(session.date(), session.start().orElseThrow(), start);
      escape(phrase.substring(startAt + start.length(), endAt));
      time(session.date(), session.end().orElseThrow(), end);
      escape(phrase.substring(endAt + end.length()));
    }
    out.append("</p>\n");
    Optional<String> where = labels.where(session);
    if (where.isPresent()) {
      out.append("<p class=\"where\">");
      where(where.get(), session.venue());
      out.append("</p>\n");
    }
    Optional<String> attendance = labels.attendance(session.attendance());
    if (attendance.isPresent()) {
      out.append("<p class=\"attendance\">");
      escape(attendance.get());
      out.append("</p>\n");
    }
  }

  /** "Regionhuset, Södra vägen 9, Halmstad" with each part of the venue in a {@code bdi}. */
  private void where(String phrase, Optional<Venue> venue) {
    List<String> parts = new ArrayList<>();
    if (venue.isPresent()) {
      parts.add(venue.get().name());
      venue.get().street().ifPresent(parts::add);
      venue.get().city().ifPresent(parts::add);
    }
    String joined = String.join(", ", parts);
    int at = parts.isEmpty() ? -1 : phrase.indexOf(joined);
    if (at < 0) {
      escape(phrase);
      return;
    }
    escape(phrase.substring(0, at));
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append("<bdi>");
      escape(parts.get(i));
      out.append("</bdi>");
    }
    escape(phrase.substring(at + joined.length()));
  }

  private void date(LocalDate date, String text) {
    out.append("<time datetime=\"").append(date).append("\">");
    escape(text);
    out.append("</time>");
  }

  private void time(LocalDate date, LocalTime time, String text) {
    out.append("<time datetime=\"").append(date).append('T');
    twoDigits(time.getHour());
    out.append(':');
    twoDigits(time.getMinute());
    out.append("\">");
    escape(text);
    out.append("</time>");
  }

  private void twoDigits(int value) {
    if (value < 10) {
      out.append('0');
    }
    out.append(value);
  }

  private void item(AgendaItem item, int number) {
    out.append("<section class=\"item\" aria-labelledby=\"item-")
        .append(number)
        .append("\">\n<h2 id=\"item-")
        .append(number)
        .append("\">");
    if (item.number().isPresent()) {
      out.append("<span class=\"item-number\">");
      escape(item.number().get());
      out.append("</span> ");
    }
    escape(item.heading());
    out.append("</h2>\n");
    if (!item.presenters().isEmpty()) {
      out.append("<dl class=\"presenters\">\n<dt>");
      escape(labels.text(Label.PRESENTERS, item.presenters().size()));
      out.append("</dt>\n");
      for (Person presenter : item.presenters()) {
        out.append("<dd>");
        person(presenter, false);
        out.append("</dd>\n");
      }
      out.append("</dl>\n");
    }
    String context = item.heading();
    if (!item.content().isEmpty()) {
      out.append("<div class=\"content\">\n");
      for (Block block : item.content()) {
        block(block, 3, context);
      }
      out.append("</div>\n");
    }
    if (!item.links().isEmpty()) {
      out.append("<ul class=\"links\">\n");
      for (Link link : item.links()) {
        out.append("<li>");
        link(link.label(), link.target(), context, true);
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  private void block(Block block, int level, String context) {
    if (block instanceof Block.Paragraph) {
      out.append("<p>");
      spans(((Block.Paragraph) block).content(), context);
      out.append("</p>\n");
    } else if (block instanceof Block.Subsection) {
      Block.Subsection subsection = (Block.Subsection) block;
      int h = Math.min(level, 6);
      out.append("<section class=\"subsection\">\n<h").append(h).append(">");
      escape(subsection.heading());
      out.append("</h").append(h).append(">\n");
      for (Block child : subsection.content()) {
        block(child, level + 1, context);
      }
      out.append("</section>\n");
    } else {
      Block.ItemList list = (Block.ItemList) block;
      String tag = list.ordered() ? "ol" : "ul";
      out.append('<').append(tag).append(">\n");
      for (Block.Paragraph item : list.items()) {
        out.append("<li>");
        spans(item.content(), context);
        out.append("</li>\n");
      }
      out.append("</").append(tag).append(">\n");
    }
  }

  private void spans(List<Inline> spans, String context) {
    for (Inline span : spans) {
      if (span instanceof Inline.Plain) {
        escape(span.text());
      } else if (span instanceof Inline.Strong) {
        out.append("<strong>");
        escape(span.text());
        out.append("</strong>");
      } else if (span instanceof Inline.Emphasis) {
        out.append("<em>");
        escape(span.text());
        out.append("</em>");
      } else {
        link(span.text(), ((Inline.Hyperlink) span).target(), context, false);
      }
    }
  }

  private void link(String text, LinkTarget target, String context, boolean alwaysWithContext) {
    if (target.isPlaceholder()) {
      out.append("<span class=\"link-text\">");
      escape(text);
      out.append("</span> <span class=\"placeholder-note\">(");
      escape(labels.text(Label.LINK_PLACEHOLDER));
      out.append(")</span>");
      return;
    }
    String address = target.address().get();
    // A link's accessible name is unique per address: the item's heading is added where needed,
    // then a number, as the exporter does.
    String suffix = "";
    if (alwaysWithContext || !isFree(text, address)) {
      suffix = DASH + context;
    }
    String name = text + suffix;
    for (int ordinal = 2; !isFree(name, address); ordinal++) {
      name = text + suffix + " (" + ordinal + ")";
    }
    addressByName.put(name, address);
    out.append("<a href=\"");
    escape(address);
    out.append("\">");
    escape(text);
    if (name.length() > text.length()) {
      out.append("<span class=\"visually-hidden\">");
      escape(name.substring(text.length()));
      out.append("</span>");
    }
    out.append("</a>");
  }

  private boolean isFree(String name, String address) {
    String taken = addressByName.get(name);
    return taken == null || taken.equals(address);
  }

  private void noteTakers() {
    if (minutes.noteTakers().isEmpty()) {
      return;
    }
    out.append("<section class=\"note-takers\" aria-labelledby=\"note-takers\">\n")
        .append("<h2 id=\"note-takers\">");
    escape(labels.text(Label.NOTE_TAKERS, minutes.kind(), minutes.noteTakers().size()));
    out.append("</h2>\n<ul class=\"people\">\n");
    for (Person person : minutes.noteTakers()) {
      out.append("<li>");
      person(person, true);
      out.append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  /** "Name, Role, Organisation", each part in a {@code bdi}, the name in bold if asked. */
  private void person(Person person, boolean markName) {
    String separator = "";
    if (person.name().isPresent()) {
      out.append(markName ? "<bdi class=\"person-name\">" : "<bdi>");
      escape(person.name().get());
      out.append("</bdi>");
      separator = ", ";
    }
    for (Optional<String> part : List.of(person.role(), person.organisation())) {
      if (part.isPresent()) {
        out.append(separator).append("<bdi>");
        escape(part.get());
        out.append("</bdi>");
        separator = ", ";
      }
    }
  }

  private void participants(ParticipantList list) {
    boolean placeholders = false;
    for (Participant participant : list.entries()) {
      if (participant.link().isPresent() && participant.link().get().isPlaceholder()) {
        placeholders = true;
        break;
      }
    }
    out.append(
        "<section class=\"participants\" aria-labelledby=\"participants\" tabindex=\"0\">\n");
    out.append(placeholders ? "<table aria-describedby=\"participants-note\">\n" : "<table>\n");
    out.append("<caption><h2 id=\"participants\">");
    escape(labels.participantsHeading(list));
    out.append("</h2></caption>\n<thead>\n<tr><th scope=\"col\">");
    escape(labels.text(Label.PARTICIPANT_NAME));
    out.append("</th><th scope=\"col\">");
    escape(labels.text(Label.PARTICIPANT_AFFILIATION));
    out.append("</th><th scope=\"col\">");
    escape(labels.text(Label.PARTICIPANT_ORGANISATION));
    out.append("</th></tr>\n</thead>\n<tbody>\n");
    for (Participant participant : list.entries()) {
      out.append("<tr><td><bdi>");
      String affiliation = labels.affiliation(participant.affiliation());
      Optional<LinkTarget> link = participant.link();
      if (link.isPresent() && !link.get().isPlaceholder()) {
        String context =
            participant.organisation().isPresent()
                ? affiliation + ", " + participant.organisation().get()
                : affiliation;
        link(participant.name(), link.get(), context, false);
      } else {
        escape(participant.name());
      }
      // A role's name ("Gäst") is a label; a network's code is the minutes' own text, isolated
      // as the names are.
      boolean role = participant.affiliation() instanceof Affiliation.Role;
      out.append(role ? "</bdi></td><td>" : "</bdi></td><td><bdi>");
      escape(affiliation);
      out.append(role ? "</td><td>" : "</bdi></td><td>");
      if (participant.organisation().isPresent()) {
        out.append("<bdi>");
        escape(participant.organisation().get());
        out.append("</bdi>");
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    if (placeholders) {
      out.append("<p id=\"participants-note\" class=\"placeholder-note\">");
      escape(labels.text(Label.PARTICIPANT_LINKS_PLACEHOLDER));
      out.append("</p>\n");
    }
    out.append("</section>\n");
  }

  private void escape(String text) {
    int plain = 0;
    for (int i = 0; i < text.length(); i++) {
      String replacement;
      switch (text.charAt(i)) {
        case '&':
          replacement = "&amp;";
          break;
        case '<':
          replacement = "&lt;";
          break;
        case '>':
          replacement = "&gt;";
          break;
        case '"':
          replacement = "&quot;";
          break;
        case '\'':
          replacement = "&#39;";
          break;
        default:
          continue;
      }
      out.append(text, plain, i).append(replacement);
      plain = i + 1;
    }
    out.append(text, plain, text.length());
  }

  private static String readCss() {
    try (InputStream in =
        BaselineHtml.class.getResourceAsStream("/io/github/minutes4j/html/internal/minutes.css")) {
      if (in == null) {
        throw new IllegalStateException(
            "minutes.css of the HTML exporter is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
