package io.github.minutes4j.html.internal;

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
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.Logo;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.Labels;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Writes one page of minutes, top to bottom, in a single pass. Create one per export.
 *
 * <p>The outline: {@code header} (kind, the {@code h1} title, organiser with its networks, date),
 * then {@code main} with the sections "Tid och plats" ({@code h2#time-and-place}), one per agenda
 * item ({@code h2#item-1}, {@code #item-2}, ...; sub-sections get the following heading levels),
 * the note-takers ({@code h2#note-takers}) and the participant table, whose caption holds its
 * heading ({@code h2#participants}). The ids are stable, so that other tools (the PDF exporter's
 * bookmarks) can point at them.
 *
 * <p>Every link goes through one method: a placeholder becomes text with a note, a real address an
 * {@code a} element whose name {@code LinkNames} keeps unique.
 *
 * <p>When labels are printed in another language than the minutes are written in, the elements
 * that hold the minutes' own text carry a {@code lang} attribute of their own, so that a screen
 * reader reads each in its language.
 *
 * <p>Internal to the module (its package is not exported); no compatibility promise.
 *
 * @since 0.1.0
 */
public final class MinutesPage {

  /** The id of the "Tid och plats" heading. */
  public static final String TIME_AND_PLACE_ID = "time-and-place";

  /** The id of the note-takers' heading. */
  public static final String NOTE_TAKERS_ID = "note-takers";

  /** The id of the participant list's heading. */
  public static final String PARTICIPANTS_ID = "participants";

  /** The id of the note under the participant list about names whose links are placeholders. */
  public static final String PARTICIPANTS_NOTE_ID = "participants-note";

  /** The id of the table of contents' heading, and the class of its {@code nav}. */
  public static final String CONTENTS_ID = "contents";

  /** The class of the logo's {@code img}. */
  public static final String LOGO_CLASS = "logo";

  /** The class of the {@code footer} with the footer text. */
  public static final String FOOTER_CLASS = "document-footer";

  /** The prefix of the ids of agenda items' headings, numbered from 1. */
  public static final String ITEM_ID_PREFIX = "item-";

  /**
   * The {@code dir} of every element that holds the minutes' own text: each such paragraph,
   * heading, list item and table cell takes the direction of its first strong character, so that
   * an Arabic, Persian or Hebrew paragraph in Swedish minutes runs right to left, and a Swedish one
   * in Arabic minutes left to right, without reordering the page around it.
   */
  private static final String AUTO = "auto";

  private static final String TITLE_SEPARATOR = " \u2013 ";
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

  private final Minutes minutes;
  private final ExportOptions options;
  private final Labels labels;
  private final HtmlWriter html;
  private final LinkNames linkNames = new LinkNames();
  /** The {@code lang} of elements holding the minutes' own text; null if the page's lang fits. */
  private final String contentLang;
  /** The page's {@code dir}: the minutes' language's direction; null for left to right. */
  private final String pageDir;
  /**
   * The {@code dir} of an isolate around dates and other label phrases that may begin with a
   * number, such as "20 November 2026", where the labels run the other way than the page (English
   * labels of Arabic minutes): without it a right-to-left page would show "November 2026 20".
   * Null otherwise.
   */
  private final String labelsDir;
  /** Whether long words in headings get soft hyphens: for screens, not for print. */
  private final boolean softHyphens;

  /**
   * Prepares a page for screens, with soft hyphens in the long words of Swedish headings.
   *
   * @param minutes valid minutes; never null
   * @param options the export options; never null
   * @param out where to write; neither flushed nor closed here
   */
  public MinutesPage(Minutes minutes, ExportOptions options, Writer out) {
    this(minutes, options, out, true);
  }

  /**
   * Prepares a page.
   *
   * @param minutes valid minutes; never null
   * @param options the export options; never null
   * @param out where to write; neither flushed nor closed here
   * @param softHyphens whether long words of Swedish headings get soft hyphens, so that a narrow
   *     screen breaks them at a syllable; false for print, whose column is wide and whose
   *     extracted text stays as the minutes wrote it
   */
  public MinutesPage(Minutes minutes, ExportOptions options, Writer out, boolean softHyphens) {
    this.softHyphens = softHyphens;
    this.minutes = Objects.requireNonNull(minutes, "minutes");
    this.options = Objects.requireNonNull(options, "options");
    this.labels = options.labelsFor(minutes);
    this.html = new HtmlWriter(out);
    // The page is in the labels' language (the fallback's when the minutes' has no labels); the
    // minutes' own text is marked with theirs where the two differ.
    this.contentLang =
        labels.language().equals(minutes.language()) ? null : minutes.language().tag();
    // The page runs in the direction of the minutes' language, not of the labels': an Arabic
    // document printed with fallback labels (English) is still an Arabic document, whose lists,
    // tables and paragraphs start on the right; the labels keep their own order inside it.
    TextDirection page = TextDirection.of(minutes.language().locale());
    TextDirection words = TextDirection.of(labels.language().locale());
    this.pageDir = page == TextDirection.RTL ? page.attribute() : null;
    this.labelsDir = page == words ? null : words.attribute();
  }

  /**
   * Writes the whole page.
   *
   * @throws IOException if writing fails
   */
  public void write() throws IOException {
    html.markup("<!DOCTYPE html>").newline();
    html.open("html", "lang", labels.language().tag(), "dir", pageDir).newline();
    head();
    html.open("body").newline();
    header();
    if (options.look().tableOfContents()) {
      contents();
    }
    html.open("main").newline();
    timeAndPlace();
    List<AgendaItem> agenda = minutes.agenda();
    for (int i = 0; i < agenda.size(); i++) {
      agendaItem(agenda.get(i), ITEM_ID_PREFIX + (i + 1));
    }
    noteTakers();
    if (options.includeParticipants() && minutes.participants().isPresent()) {
      participants(minutes.participants().get());
    }
    html.close("main").newline();
    Optional<String> footer = options.look().footerText();
    if (footer.isPresent()) {
      html.open("footer", "class", FOOTER_CLASS).newline();
      html.element("p", footer.get(), "dir", AUTO).newline();
      html.close("footer").newline();
    }
    html.close("body").newline();
    html.close("html").newline();
  }

  private void head() throws IOException {
    Stylesheet style = Stylesheet.of(options.pageSize());
    String organiser = minutes.organiser().name();
    html.open("head").newline();
    html.open("meta", "charset", "utf-8").newline();
    html.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .newline();
    html.open(
            "meta",
            "http-equiv",
            "Content-Security-Policy",
            "content",
            options.look().logo().isPresent()
                ? Stylesheet.CONTENT_SECURITY_POLICY_WITH_LOGO
                : Stylesheet.CONTENT_SECURITY_POLICY)
        .newline();
    html.element(
            "title",
            minutes.title()
                + TITLE_SEPARATOR
                + labels.documentKind(minutes.kind())
                + TITLE_SEPARATOR
                + organiser)
        .newline();
    html.open("meta", "name", "author", "content", organiser).newline();
    html.open("meta", "name", "description", "content", description()).newline();
    html.open("meta", "name", "generator", "content", "minutes4j").newline();
    String accent = options.look().accentColour().map(Stylesheet::accent).orElse("");
    html.open("style").markup(style.css()).markup(accent).close("style").newline();
    html.close("head").newline();
  }

  /** Such as "Minnesanteckningar: Title. Organiser, 2 juni 2022 kl. 10.00–15.00." */
  private String description() {
    StringJoiner sessions = new StringJoiner("; ");
    for (Session session : minutes.sessions()) {
      sessions.add(labels.when(session));
    }
    return labels.documentKind(minutes.kind())
        + ": "
        + minutes.title()
        + ". "
        + minutes.organiser().name()
        + ", "
        + sessions
        + ".";
  }

  private void header() throws IOException {
    html.open("header", "class", "masthead").newline();
    Optional<Logo> logo = options.look().logo();
    if (logo.isPresent()) {
      // An image, never inline SVG: a browser runs no script and loads nothing for an image.
      html.open("img", "class", LOGO_CLASS, "src", logo.get().dataUri(), "alt",
              logo.get().alternativeText())
          .newline();
    }
    html.element("p", labels.documentKind(minutes.kind()), "class", "kind").newline();
    html.element("h1", heading(minutes.title()), "lang", contentLang, "dir", AUTO).newline();
    html.open("dl", "class", "facts").newline();
    html.open("div").element("dt", labels.text(Label.ORGANISER)).open("dd");
    html.element("bdi", minutes.organiser().name(), "lang", contentLang);
    List<Network> networks = minutes.organiser().networks();
    if (!networks.isEmpty()) {
      html.newline().open("dl", "class", "networks").newline();
      for (Network network : networks) {
        html.open("div").element("dt", network.code());
        html.element("dd", network.name(), "lang", contentLang, "dir", AUTO)
            .close("div")
            .newline();
      }
      html.close("dl").newline();
    }
    html.close("dd").close("div").newline();
    html.open("div").element("dt", labels.text(Label.DOCUMENT_DATE)).open("dd");
    date(minutes.date());
    html.close("dd").close("div").newline();
    html.close("dl").newline();
    html.close("header").newline();
  }

  /**
   * A heading from the minutes, with soft hyphens in long words if the minutes are Swedish, so
   * that a narrow screen breaks a long compound at a syllable, with a hyphen.
   */
  private String heading(String text) {
    boolean swedish = minutes.language().locale().getLanguage().equals("sv");
    return softHyphens && swedish ? SoftHyphens.swedish(text) : text;
  }

  /** A list of links to the sections, numbered; the PDF adds each section's page number. */
  private void contents() throws IOException {
    html.open("nav", "class", CONTENTS_ID, "aria-labelledby", CONTENTS_ID).newline();
    html.element("h2", labels.text(Label.CONTENTS), "id", CONTENTS_ID).newline();
    html.open("ol").newline();
    contentsEntry(labels.text(Label.TIME_AND_PLACE), TIME_AND_PLACE_ID, false);
    List<AgendaItem> agenda = minutes.agenda();
    for (int i = 0; i < agenda.size(); i++) {
      contentsEntry(agenda.get(i).heading(), ITEM_ID_PREFIX + (i + 1), true);
    }
    if (!minutes.noteTakers().isEmpty()) {
      contentsEntry(labels.text(Label.NOTE_TAKERS), NOTE_TAKERS_ID, false);
    }
    if (options.includeParticipants() && minutes.participants().isPresent()) {
      ParticipantList list = minutes.participants().get();
      // A heading of the document's own is in its language; the label is in the page's.
      contentsEntry(
          labels.participantsHeading(list),
          PARTICIPANTS_ID,
          list.heading().isPresent());
    }
    html.close("ol").newline();
    html.close("nav").newline();
  }

  /**
   * An entry of the table of contents; {@code own} for the minutes' own text, which is in their
   * language and takes the direction of its first strong character, as the heading it links to.
   */
  private void contentsEntry(String text, String id, boolean own) throws IOException {
    html.open("li", "dir", own ? AUTO : null);
    html.element("a", text, "href", "#" + id, "lang", own ? contentLang : null);
    html.close("li").newline();
  }

  private void date(LocalDate date) throws IOException {
    labelPhraseStart();
    html.element("time", labels.date(date), "datetime", date.toString());
    labelPhraseEnd();
  }

  /** Opens the isolate of a label phrase where the labels run the other way than the page. */
  private void labelPhraseStart() throws IOException {
    if (labelsDir != null) {
      html.open("bdi", "dir", labelsDir);
    }
  }

  private void labelPhraseEnd() throws IOException {
    if (labelsDir != null) {
      html.close("bdi");
    }
  }

  private void timeAndPlace() throws IOException {
    sectionStart("when-where", TIME_AND_PLACE_ID);
    html.element("h2", labels.text(Label.TIME_AND_PLACE), "id", TIME_AND_PLACE_ID).newline();
    List<Session> sessions = minutes.sessions();
    if (sessions.size() == 1) {
      html.open("div", "class", "session").newline();
      session(sessions.get(0));
      html.close("div").newline();
    } else {
      html.open("ul", "class", "sessions").newline();
      for (Session session : sessions) {
        html.open("li", "class", "session").newline();
        session(session);
        html.close("li").newline();
      }
      html.close("ul").newline();
    }
    html.close("section").newline();
  }

  private void session(Session session) throws IOException {
    html.open("p", "class", "when");
    labelPhraseStart();
    when(session);
    labelPhraseEnd();
    html.close("p").newline();
    Optional<String> where = labels.where(session);
    if (where.isPresent()) {
      html.open("p", "class", "where");
      where(where.get(), session.venue());
      html.close("p").newline();
    }
    Optional<String> attendance = labels.attendance(session.attendance());
    if (attendance.isPresent()) {
      html.open("p", "class", "attendance");
      labelPhraseStart();
      html.text(attendance.get());
      labelPhraseEnd();
      html.close("p").newline();
    }
  }

  /**
   * Writes the phrase "Regionhuset, Södra vägen 9, Halmstad" (or "..., och på distans") with each
   * part of the venue isolated in a {@code bdi} element: two right-to-left parts side by side,
   * such as an Arabic street and city, would otherwise run together as one right-to-left run and
   * print in the wrong order. Should the phrase not contain the venue as written here, it is
   * written as it is.
   */
  private void where(String phrase, Optional<Venue> venue) throws IOException {
    List<String> parts = new ArrayList<>();
    venue.ifPresent(
        v -> {
          parts.add(v.name());
          v.street().ifPresent(parts::add);
          v.city().ifPresent(parts::add);
        });
    int at = parts.isEmpty() ? -1 : phrase.indexOf(String.join(", ", parts));
    if (at < 0) {
      html.text(phrase);
      return;
    }
    html.text(phrase.substring(0, at));
    for (int i = 0; i < parts.size(); i++) {
      html.text(i == 0 ? "" : ", ");
      html.element("bdi", parts.get(i));
    }
    html.text(phrase.substring(at + String.join(", ", parts).length()));
  }

  /**
   * Writes "2 juni 2022 kl. 10.00–15.00" with the date and each recorded time in {@code time}
   * elements, finding each in the phrase the labels make. Should a language's phrase not contain
   * them in this order, the whole phrase becomes one {@code time} element of the date.
   */
  private void when(Session session) throws IOException {
    String phrase = labels.when(session);
    String date = labels.date(session.date());
    List<LocalTime> times = new ArrayList<>();
    session.start().ifPresent(times::add);
    session.end().ifPresent(times::add);
    int dateAt = phrase.indexOf(date);
    int[] at = new int[times.size()];
    int from = dateAt < 0 ? -1 : dateAt + date.length();
    for (int i = 0; i < times.size() && from >= 0; i++) {
      String text = labels.time(times.get(i));
      at[i] = phrase.indexOf(text, from);
      from = at[i] < 0 ? -1 : at[i] + text.length();
    }
    if (from < 0) {
      html.element("time", phrase, "datetime", session.date().toString());
      return;
    }
    html.text(phrase.substring(0, dateAt));
    html.element("time", date, "datetime", session.date().toString());
    int written = dateAt + date.length();
    for (int i = 0; i < times.size(); i++) {
      String text = labels.time(times.get(i));
      html.text(phrase.substring(written, at[i]));
      time(session.date(), times.get(i), text);
      written = at[i] + text.length();
    }
    html.text(phrase.substring(written));
  }

  private void time(LocalDate date, LocalTime time, String text) throws IOException {
    html.element("time", text, "datetime", DATE_TIME.format(date.atTime(time)));
  }

  private void agendaItem(AgendaItem item, String id) throws IOException {
    sectionStart("item", id);
    html.open("h2", "id", id, "lang", contentLang, "dir", AUTO);
    if (item.number().isPresent()) {
      // "3.1 Heading": the number is part of the heading's name, for screen readers and bookmarks.
      html.element("span", item.number().get(), "class", "item-number").text(" ");
    }
    html.text(heading(item.heading())).close("h2").newline();
    if (!item.presenters().isEmpty()) {
      html.open("dl", "class", "presenters").newline();
      html.element("dt", labels.text(Label.PRESENTERS)).newline();
      for (Person presenter : item.presenters()) {
        html.open("dd", "lang", contentLang);
        person(presenter, false);
        html.close("dd").newline();
      }
      html.close("dl").newline();
    }
    Optional<String> context = Optional.of(item.heading());
    if (!item.content().isEmpty()) {
      html.open("div", "class", "content", "lang", contentLang).newline();
      for (Block block : item.content()) {
        block(block, 3, context);
      }
      html.close("div").newline();
    }
    if (!item.links().isEmpty()) {
      html.open("ul", "class", "links").newline();
      for (Link link : item.links()) {
        html.open("li", "dir", AUTO);
        link(link.label(), link.target(), context, true);
        html.close("li").newline();
      }
      html.close("ul").newline();
    }
    html.close("section").newline();
  }

  /**
   * Writes a block of an item's content.
   *
   * @param level the heading level of a sub-section here: 3 directly under an item's {@code h2}
   */
  private void block(Block block, int level, Optional<String> context) throws IOException {
    if (block instanceof Block.Paragraph) {
      html.open("p", "dir", AUTO);
      spans(((Block.Paragraph) block).content(), context);
      html.close("p").newline();
    } else if (block instanceof Block.Subsection) {
      Block.Subsection subsection = (Block.Subsection) block;
      // Validation keeps sub-sections at most Block.MAX_DEPTH deep, so h5 is the deepest; h6 would
      // be reused rather than invent an h7.
      String tag = "h" + Math.min(level, 6);
      html.open("section", "class", "subsection").newline();
      html.element(tag, heading(subsection.heading()), "dir", AUTO).newline();
      for (Block child : subsection.content()) {
        block(child, level + 1, context);
      }
      html.close("section").newline();
    } else if (block instanceof Block.ItemList) {
      Block.ItemList list = (Block.ItemList) block;
      String tag = list.ordered() ? "ol" : "ul";
      html.open(tag).newline();
      for (Block.Paragraph item : list.items()) {
        html.open("li", "dir", AUTO);
        spans(item.content(), context);
        html.close("li").newline();
      }
      html.close(tag).newline();
    } else {
      throw new IllegalArgumentException("unknown block " + block.getClass().getName());
    }
  }

  private void spans(List<Inline> spans, Optional<String> context) throws IOException {
    for (Inline span : spans) {
      if (span instanceof Inline.Plain) {
        html.text(span.text());
      } else if (span instanceof Inline.Strong) {
        html.element("strong", span.text());
      } else if (span instanceof Inline.Emphasis) {
        html.element("em", span.text());
      } else if (span instanceof Inline.Hyperlink) {
        link(span.text(), ((Inline.Hyperlink) span).target(), context, false);
      } else {
        throw new IllegalArgumentException("unknown span " + span.getClass().getName());
      }
    }
  }

  /**
   * Writes a link: an {@code a} element whose name is unique on the page, or for a placeholder
   * the text and a note that the address is not published yet.
   */
  private void link(
      String text, LinkTarget target, Optional<String> context, boolean alwaysWithContext)
      throws IOException {
    if (target.isPlaceholder()) {
      html.element("span", text, "class", "link-text");
      html.markup(" ");
      html.element(
          "span",
          "(" + labels.text(Label.LINK_PLACEHOLDER) + ")",
          "class",
          "placeholder-note",
          "lang",
          contentLang == null ? null : labels.language().tag());
      return;
    }
    String address = target.address().orElseThrow();
    String suffix = linkNames.suffix(text, address, context, alwaysWithContext);
    html.open("a", "href", address).text(text);
    if (!suffix.isEmpty()) {
      html.element("span", suffix, "class", "visually-hidden");
    }
    html.close("a");
  }

  private void noteTakers() throws IOException {
    if (minutes.noteTakers().isEmpty()) {
      return;
    }
    sectionStart("note-takers", NOTE_TAKERS_ID);
    html.element("h2", labels.text(Label.NOTE_TAKERS), "id", NOTE_TAKERS_ID).newline();
    html.open("ul", "class", "people", "lang", contentLang).newline();
    for (Person person : minutes.noteTakers()) {
      html.open("li");
      person(person, true);
      html.close("li").newline();
    }
    html.close("ul").newline();
    html.close("section").newline();
  }

  /**
   * Writes "Ralph Harlid, Koordinator, Region Halland", each part isolated in a {@code bdi}
   * element: a name in Arabic or Hebrew then keeps its own direction without pulling the comma
   * and the next part into it, as the Unicode Bidirectional Algorithm would do without isolation.
   *
   * @param markName whether the name is set in bold ({@code class="person-name"})
   */
  private void person(Person person, boolean markName) throws IOException {
    String separator = "";
    Optional<String> name = person.name();
    if (name.isPresent()) {
      html.element("bdi", name.get(), "class", markName ? "person-name" : null);
      separator = ", ";
    }
    for (Optional<String> part : List.of(person.role(), person.organisation())) {
      if (part.isPresent()) {
        html.text(separator);
        html.element("bdi", part.get());
        separator = ", ";
      }
    }
  }

  private void participants(ParticipantList list) throws IOException {
    // Names whose link is a placeholder are plain text, and one note under the table says so:
    // a note on every row would bury the list.
    boolean placeholders =
        list.entries().stream()
            .anyMatch(p -> p.link().filter(LinkTarget::isPlaceholder).isPresent());
    // On a narrow screen a wide table scrolls sideways inside its section instead of widening the
    // page; the section is focusable so that keyboard users can scroll it too.
    html.open(
            "section",
            "class",
            "participants",
            "aria-labelledby",
            PARTICIPANTS_ID,
            "tabindex",
            "0")
        .newline();
    html.open("table", "aria-describedby", placeholders ? PARTICIPANTS_NOTE_ID : null).newline();
    html.open("caption");
    // A heading of the document's own is in its language; the label is in the page's.
    String headingLang = list.heading().isPresent() ? contentLang : null;
    html.element(
        "h2",
        heading(labels.participantsHeading(list)),
        "id",
        PARTICIPANTS_ID,
        "lang",
        headingLang,
        "dir",
        list.heading().isPresent() ? AUTO : null);
    html.close("caption").newline();
    html.open("thead").newline().open("tr");
    html.element("th", labels.text(Label.PARTICIPANT_NAME), "scope", "col");
    html.element("th", labels.text(Label.PARTICIPANT_AFFILIATION), "scope", "col");
    html.element("th", labels.text(Label.PARTICIPANT_ORGANISATION), "scope", "col");
    html.close("tr").newline().close("thead").newline();
    html.open("tbody").newline();
    for (Participant participant : list.entries()) {
      html.open("tr").open("td", "lang", contentLang, "dir", AUTO);
      Optional<LinkTarget> link = participant.link().filter(t -> !t.isPlaceholder());
      if (link.isPresent()) {
        // Should two rows share a name, as two people called Anna Berg may, their affiliation and
        // organisation tell their links apart.
        String context =
            labels.affiliation(participant.affiliation())
                + participant.organisation().map(o -> ", " + o).orElse("");
        link(participant.name(), link.get(), Optional.of(context), false);
      } else {
        html.text(participant.name());
      }
      html.close("td");
      // A network's code is the minutes' text; a role's name ("Gäst") is a label.
      boolean role = participant.affiliation() instanceof Affiliation.Role;
      html.element(
          "td",
          labels.affiliation(participant.affiliation()),
          "lang",
          contentLang == null ? null : role ? labels.language().tag() : contentLang,
          "dir",
          role ? null : AUTO);
      html.element(
          "td", participant.organisation().orElse(""), "lang", contentLang, "dir", AUTO);
      html.close("tr").newline();
    }
    html.close("tbody").newline();
    html.close("table").newline();
    if (placeholders) {
      html.element(
              "p",
              labels.text(Label.PARTICIPANT_LINKS_PLACEHOLDER),
              "id",
              PARTICIPANTS_NOTE_ID,
              "class",
              "placeholder-note")
          .newline();
    }
    html.close("section").newline();
  }

  private void sectionStart(String cssClass, String headingId) throws IOException {
    html.open("section", "class", cssClass, "aria-labelledby", headingId).newline();
  }
}
