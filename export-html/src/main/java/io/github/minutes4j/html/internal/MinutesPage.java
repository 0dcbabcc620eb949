package io.github.minutes4j.html.internal;

import io.github.minutes4j.core.ActionItem;
import io.github.minutes4j.core.Adjournment;
import io.github.minutes4j.core.Adjustment;
import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attachment;
import io.github.minutes4j.core.Attendee;
import io.github.minutes4j.core.Ballot;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.ConflictOfInterest;
import io.github.minutes4j.core.Decision;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Link;
import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.MemberRole;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.NextMeeting;
import io.github.minutes4j.core.Notice;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Proposal;
import io.github.minutes4j.core.ProtocolNote;
import io.github.minutes4j.core.Reservation;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Venue;
import io.github.minutes4j.core.Vote;
import io.github.minutes4j.core.VoteMethod;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.internal.TimeOfDay;
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
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Predicate;

/**
 * Writes one page of minutes, top to bottom, in a single pass. Create one per export.
 *
 * <p>The outline: {@code header} (kind, the {@code h1} title, organiser with its networks, date),
 * then {@code main} with the sections "Tid och plats" ({@code h2#time-and-place}), one per agenda
 * item ({@code h2#item-1}, {@code #item-2}, ...; sub-sections get the following heading levels),
 * the note-takers ({@code h2#note-takers}) and the participant table, whose caption holds its
 * heading ({@code h2#participants}). The ids are stable, so that other tools (the PDF exporter's
 * bookmarks) can point at them. An item's heading starts with its shown number ({@link
 * Minutes#itemNumbers()}), such as "§ 41".
 *
 * <p>Formal minutes add, in {@code main}: the attendance ({@code section.attendance}, {@code
 * h2#attendance}) after "Tid och plats"; in each item the case reference, conflicts of interest,
 * proposals, the order of putting, votes with their roll call, decisions, reservations, protocol
 * notes, actions, the attachments referred to, the recipients and the immediate adjustment (the
 * classes are those of the markup contract of issue 13); after the items the attachments ({@code
 * #attachments}), the next meeting ({@code #next-meeting}), the adjustment ({@code #adjustment}),
 * the signatures ({@code #signatures}, a {@code div.signature} per signatory) and the notice
 * ({@code #notice}). An extract ({@link ExportOptions#isExtract()}) has the header, the time and
 * place, the chosen items, the adjustment and the attestation ({@code p.attestation}) only.
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

  /**
   * The class of a link whose text already shows its address, such as a bare URL in running text:
   * the print stylesheet does not print the address after it a second time.
   */
  public static final String SHOWS_ADDRESS_CLASS = "shows-address";

  /** The id of the attendance's heading. */
  public static final String ATTENDANCE_ID = "attendance";

  /** The id of the attachments' heading. */
  public static final String ATTACHMENTS_ID = "attachments";

  /** The id of the next meeting's heading. */
  public static final String NEXT_MEETING_ID = "next-meeting";

  /** The id of the adjustment's heading. */
  public static final String ADJUSTMENT_ID = "adjustment";

  /** The id of the signatures' heading. */
  public static final String SIGNATURES_ID = "signatures";

  /** The id of the notice's heading. */
  public static final String NOTICE_ID = "notice";

  /** The prefix of the ids of agenda items' headings, numbered from 1. */
  public static final String ITEM_ID_PREFIX = "item-";

  private static final String TITLE_SEPARATOR = " \u2013 ";

  /** Between the parts of a short name that a line must not end inside, such as "§ 117". */
  private static final char NO_BREAK_SPACE = '\u00a0';

  /** The time of a {@code datetime}: hours and minutes, or with the seconds the text shows. */
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

  private final Minutes minutes;
  private final ExportOptions options;
  private final Labels labels;
  private final HtmlWriter html;
  private final LinkNames linkNames;
  /** The {@code lang} of elements holding the minutes' own text; null if the page's lang fits. */
  private final String contentLang;
  /** The page's {@code dir}: the minutes' language's direction; null for left to right. */
  private final String pageDir;
  /** The direction of the minutes' language, which their running text takes. */
  private final TextDirection textDirection;
  /**
   * The {@code dir} of an isolate around dates and other label phrases that may begin with a
   * number, such as "20 November 2026", where the labels run the other way than the page (English
   * labels of Arabic minutes): without it a right-to-left page would show "November 2026 20".
   * Null otherwise.
   */
  private final String labelsDir;
  /**
   * Between the parts of every list the page joins ("Anna Ek, Bo Berg", "Linda Persson Melin,
   * handläggare, SKR", "Regionhuset, Södra vägen 9, Halmstad"): the labels' {@link
   * Labels#listSeparator()}, as in {@link Labels#person} and {@link Labels#where}, such as "، " in
   * Arabic and in Persian (whose labels fall back to English but whose punctuation follows its
   * script).
   */
  private final String listSeparator;
  /**
   * Whether long words in headings get soft hyphens: on screens (not in print), and in Swedish
   * minutes only.
   */
  private final boolean softHyphens;
  /** The shown number of each agenda item. */
  private final List<Optional<String>> itemNumbers;
  /** The places in the agenda of the items on this page: all, or an extract's. */
  private final List<Integer> items;

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
    this.minutes = Objects.requireNonNull(minutes, "minutes");
    this.softHyphens =
        softHyphens && minutes.language().locale().getLanguage().equals("sv");
    this.options = Objects.requireNonNull(options, "options");
    this.labels = options.labelsFor(minutes);
    this.html = new HtmlWriter(out);
    this.linkNames = new LinkNames(labels::number);
    // The page is in the labels' language (the fallback's when the minutes' has no labels); the
    // minutes' own text is marked with theirs where the two differ.
    this.contentLang =
        labels.language().equals(minutes.language()) ? null : minutes.language().tag();
    this.listSeparator = labels.listSeparator();
    // The page runs in the direction of the minutes' language, not of the labels': an Arabic
    // document printed with fallback labels (English) is still an Arabic document, whose lists,
    // tables and paragraphs start on the right; the labels keep their own order inside it.
    TextDirection page = TextDirection.of(minutes.language().locale());
    TextDirection words = TextDirection.of(labels.language().locale());
    this.pageDir = page == TextDirection.RTL ? page.attribute() : null;
    this.textDirection = page;
    this.labelsDir = page == words ? null : words.attribute();
    // "§ 117" never breaks between "§" and "117" at a line end.
    this.itemNumbers =
        minutes.itemNumbers().stream().map(number -> number.map(MinutesPage::noBreak)).toList();
    // Before anything is written: an extract of numbers the minutes lack fails here.
    this.items = options.extractedItems(minutes);
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
    boolean whole = !options.isExtract();
    if (whole) {
      attendance();
    }
    List<AgendaItem> agenda = minutes.agenda();
    for (int i : items) {
      agendaItem(agenda.get(i), i);
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
      Optional<ParticipantList> participants = shownParticipants();
      if (participants.isPresent()) {
        participants(participants.get());
      }
    } else {
      attestation();
    }
    html.close("main").newline();
    Optional<String> footer = options.look().footerText();
    if (footer.isPresent()) {
      html.open("footer", "class", FOOTER_CLASS).newline();
      html.element("p", footer.get(), "dir", dir(footer.get())).newline();
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
            minutes.title() + TITLE_SEPARATOR + kindName() + TITLE_SEPARATOR + organiser)
        .newline();
    html.open("meta", "name", "author", "content", organiser).newline();
    html.open("meta", "name", "description", "content", description()).newline();
    html.open("meta", "name", "generator", "content", "minutes4j").newline();
    String accent = options.look().accentColour().map(Stylesheet::accent).orElse("");
    html.open("style").markup(style.css(), style.cssUtf8());
    html.markup(accent).close("style").newline();
    html.close("head").newline();
  }

  /** Such as "Minnesanteckningar: Title. Organiser, 2 juni 2022 kl. 10.00–15.00." */
  private String description() {
    StringJoiner sessions = new StringJoiner(labels.groupSeparator());
    for (Session session : minutes.sessions()) {
      sessions.add(labels.when(session));
    }
    return kindName()
        + labels.labelSeparator()
        + minutes.title()
        + ". "
        + minutes.organiser().name()
        + listSeparator
        + sessions
        + ".";
  }

  /** "Protokoll", or "Protokollsutdrag" for an extract. */
  private String kindName() {
    return options.isExtract() ? labels.text(Label.EXTRACT) : labels.documentKind(minutes.kind());
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
    html.element("p", kindName(), "class", "kind").newline();
    html.element("h1", heading(minutes.title()), "lang", contentLang, "dir", dir(minutes.title())).newline();
    html.open("dl", "class", "facts").newline();
    factTerm(labels.text(Label.ORGANISER, minutes.kind()));
    html.open("dd");
    html.element("bdi", minutes.organiser().name(), "lang", contentLang);
    List<Network> networks = minutes.organiser().networks();
    if (!networks.isEmpty()) {
      html.newline().open("dl", "class", "networks").newline();
      for (Network network : networks) {
        html.open("div").element("dt", network.code());
        html.open("dd", "lang", contentLang).element("bdi", network.name()).close("dd")
            .close("div")
            .newline();
      }
      html.close("dl").newline();
    }
    html.close("dd").close("div").newline();
    fact(Label.DOCUMENT_DATE, () -> date(minutes.date()));
    if (minutes.chair().isPresent()) {
      fact(Label.CHAIR, () -> people(List.of(minutes.chair().get())));
    }
    html.close("dl").newline();
    html.close("header").newline();
  }

  /** One fact of a {@code dl.facts}: "Datum: 17 november 2026". */
  private void fact(Label term, Part value) throws IOException {
    fact(labels.text(term, minutes.kind()), value);
  }

  private void fact(String term, Part value) throws IOException {
    factTerm(term);
    html.open("dd");
    value.write();
    html.close("dd").close("div").newline();
  }

  /**
   * Opens a fact's {@code div} and writes its term. Where the labels run against the page (English
   * labels on a right-to-left page), the term with its colon (from the stylesheet) is isolated in
   * the labels' direction, or it would read ":Date", and the space after it stands outside it,
   * between term and value, where it would otherwise end up on the far side of the colon.
   */
  private void factTerm(String term) throws IOException {
    html.open("div").element("dt", term, "dir", labelsDir);
    if (labelsDir != null) {
      html.text(" ");
    }
  }

  /**
   * A heading from the minutes, with soft hyphens in long words if the minutes are Swedish, so
   * that a narrow screen breaks a long compound at a syllable, with a hyphen.
   */
  private String heading(String text) {
    return softHyphens ? SoftHyphens.swedish(text) : text;
  }

  /** A list of links to the sections, numbered; the PDF adds each section's page number. */
  private void contents() throws IOException {
    html.open("nav", "class", CONTENTS_ID, "aria-labelledby", CONTENTS_ID).newline();
    html.element("h2", labels.text(Label.CONTENTS), "id", CONTENTS_ID).newline();
    html.open("ol").newline();
    contentsEntry(labels.text(Label.TIME_AND_PLACE), TIME_AND_PLACE_ID, false);
    if (!options.isExtract() && !minutes.attendees().isEmpty()) {
      contentsEntry(labels.text(Label.ATTENDANCE), ATTENDANCE_ID, false);
    }
    List<AgendaItem> agenda = minutes.agenda();
    for (int i : items) {
      contentsEntry(
          itemNumbers.get(i).map(n -> n + " ").orElse("") + agenda.get(i).heading(),
          ITEM_ID_PREFIX + (i + 1),
          true);
    }
    if (options.isExtract()) {
      if (hasAdjustment()) {
        contentsEntry(labels.text(Label.ADJUSTMENT), ADJUSTMENT_ID, false);
      }
      html.close("ol").newline();
      html.close("nav").newline();
      return;
    }
    if (!minutes.noteTakers().isEmpty()) {
      contentsEntry(
          labels.text(Label.NOTE_TAKERS, minutes.kind(), minutes.noteTakers().size()),
          NOTE_TAKERS_ID,
          false);
    }
    if (!minutes.attachments().isEmpty()) {
      contentsEntry(labels.text(Label.ATTACHMENTS), ATTACHMENTS_ID, false);
    }
    if (minutes.nextMeeting().isPresent()) {
      contentsEntry(labels.text(Label.NEXT_MEETING), NEXT_MEETING_ID, false);
    }
    if (hasAdjustment()) {
      contentsEntry(labels.text(Label.ADJUSTMENT), ADJUSTMENT_ID, false);
    }
    if (hasSignatures()) {
      contentsEntry(labels.text(Label.SIGNATURES), SIGNATURES_ID, false);
    }
    if (minutes.notice().isPresent()) {
      contentsEntry(labels.text(Label.NOTICE), NOTICE_ID, false);
    }
    Optional<ParticipantList> participants = shownParticipants();
    if (participants.isPresent()) {
      ParticipantList list = participants.get();
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
   * language and takes the direction the heading it links to takes (see {@link #dir}).
   */
  private void contentsEntry(String text, String id, boolean own) throws IOException {
    html.open("li", "dir", own ? dir(text) : null);
    html.element("a", text, "href", "#" + id, "lang", own ? contentLang : null);
    html.close("li").newline();
  }

  private void date(LocalDate date) throws IOException {
    labelPhraseStart();
    html.element("time", labels.date(date), "datetime", date.toString());
    labelPhraseEnd();
  }

  /**
   * An element holding a label's text, isolated where the labels run the other way than the page,
   * so that "Paragrafen justeras omedelbart." keeps its full stop at its end on a right-to-left
   * page; then a new line.
   */
  private void labelText(String tag, String text, String... attributes) throws IOException {
    html.open(tag, attributes);
    labelPhraseStart();
    html.text(text);
    labelPhraseEnd();
    html.close(tag).newline();
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
    if (!session.adjournments().isEmpty()) {
      html.open("p", "class", "adjournments");
      labelPhraseStart();
      html.text(labels.text(Label.ADJOURNMENT)).text(" ");
      String separator = "";
      for (Adjournment adjournment : session.adjournments()) {
        html.text(separator);
        timed(
            labels.timeRange(adjournment.start(), adjournment.end()),
            session.date(),
            List.of(adjournment.start(), adjournment.end()));
        separator = listSeparator;
      }
      labelPhraseEnd();
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
    List<String> parts = venue.map(Labels::venueParts).orElse(List.of());
    String joined = labels.join(parts);
    int at = parts.isEmpty() ? -1 : phrase.indexOf(joined);
    if (at < 0) {
      html.text(phrase);
      return;
    }
    html.text(phrase.substring(0, at));
    for (int i = 0; i < parts.size(); i++) {
      html.text(i == 0 ? "" : listSeparator);
      html.element("bdi", parts.get(i));
    }
    html.text(phrase.substring(at + joined.length()));
  }

  /**
   * Writes "2 juni 2022 kl. 10.00–15.00" with the date and each recorded time in {@code time}
   * elements, finding each in the phrase the labels make. Should a language's phrase not contain
   * them in this order, the whole phrase becomes one {@code time} element of the date.
   */
  private void when(Session session) throws IOException {
    List<LocalTime> times = new ArrayList<>();
    session.start().ifPresent(times::add);
    session.end().ifPresent(times::add);
    dated(labels.when(session), session.date(), times);
  }

  /** A phrase with a date and times in it, as {@link #when(Session)} writes it. */
  private void dated(String phrase, LocalDate day, List<LocalTime> times) throws IOException {
    String date = labels.date(day);
    List<String> texts = timeTexts(times);
    int dateAt = phrase.indexOf(date);
    if (dateAt < 0 || !timesFollow(phrase, dateAt + date.length(), texts)) {
      html.element("time", phrase, "datetime", day.toString());
      return;
    }
    html.text(phrase.substring(0, dateAt));
    html.element("time", date, "datetime", day.toString());
    timed(phrase.substring(dateAt + date.length()), day, times, texts);
  }

  /** The times as the labels write them, each formatted once. */
  private List<String> timeTexts(List<LocalTime> times) {
    List<String> texts = new ArrayList<>(times.size());
    for (LocalTime time : times) {
      texts.add(labels.time(time));
    }
    return texts;
  }

  /** Whether the times' texts are in the phrase, in order, from an index on. */
  private static boolean timesFollow(String phrase, int from, List<String> texts) {
    int at = from;
    for (String text : texts) {
      at = phrase.indexOf(text, at);
      if (at < 0) {
        return false;
      }
      at += text.length();
    }
    return true;
  }

  /**
   * Writes a phrase with each of the times, in order, in a {@code time} element of that day; the
   * phrase as text if the times are not all found in it.
   */
  private void timed(String phrase, LocalDate day, List<LocalTime> times) throws IOException {
    timed(phrase, day, times, timeTexts(times));
  }

  /** As {@link #timed(String, LocalDate, List)}, with the times' texts. */
  private void timed(String phrase, LocalDate day, List<LocalTime> times, List<String> texts)
      throws IOException {
    if (!timesFollow(phrase, 0, texts)) {
      html.text(phrase);
      return;
    }
    int written = 0;
    for (int i = 0; i < times.size(); i++) {
      String text = texts.get(i);
      int at = phrase.indexOf(text, written);
      html.text(phrase.substring(written, at));
      time(day, times.get(i), text);
      written = at + text.length();
    }
    html.text(phrase.substring(written));
  }

  private void time(LocalDate date, LocalTime time, String text) throws IOException {
    html.element("time", text, "datetime", dateTime(date, time));
  }

  /**
   * A valid local date and time string, "2022-06-02T10:00": the date as {@link
   * LocalDate#toString()} writes it (as for the {@code datetime} of a date), then hours and
   * minutes, and the seconds when the text shows them ({@link TimeOfDay#secondsShown}),
   * "2022-06-02T10:00:30", without a fraction, as the text.
   */
  static String dateTime(LocalDate date, LocalTime time) {
    return date + "T" + (TimeOfDay.secondsShown(time) ? SECONDS : MINUTES).format(time);
  }

  private void agendaItem(AgendaItem item, int place) throws IOException {
    String id = ITEM_ID_PREFIX + (place + 1);
    sectionStart("item", id);
    html.open("h2", "id", id, "lang", contentLang, "dir", dir(item.heading()));
    Optional<String> number = itemNumbers.get(place);
    if (number.isPresent()) {
      // "§ 41 Heading": the number is part of the heading's name, for screen readers and bookmarks.
      html.element("span", number.get(), "class", "item-number").text(" ");
    }
    html.text(heading(item.heading())).close("h2").newline();
    if (item.caseReference().isPresent()) {
      html.open("p", "class", "case-reference");
      labelPhraseStart();
      labelled(labels.text(Label.CASE_REFERENCE));
      html.element("bdi", item.caseReference().get(), "lang", contentLang);
      labelPhraseEnd();
      html.close("p").newline();
    }
    if (!item.presenters().isEmpty()) {
      html.open("dl", "class", "presenters").newline();
      html.element("dt", labels.text(Label.PRESENTERS, item.presenters().size())).newline();
      for (Person presenter : item.presenters()) {
        html.open("dd", "lang", contentLang);
        person(presenter, false);
        html.close("dd").newline();
      }
      html.close("dl").newline();
    }
    conflictsOfInterest(item.conflictsOfInterest());
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
        html.open("li", "dir", dir(link.label()));
        link(link.label(), link.target(), context, true);
        html.close("li").newline();
      }
      html.close("ul").newline();
    }
    proposals(item.proposals());
    proposalOrder(item.proposalOrder());
    for (Vote vote : item.votes()) {
      vote(vote);
    }
    for (Decision decision : item.decisions()) {
      decision(decision);
    }
    for (Reservation reservation : item.reservations()) {
      reservation(reservation);
    }
    for (ProtocolNote note : item.protocolNotes()) {
      protocolNote(note);
    }
    actions(item.actions());
    itemAttachments(item.attachments());
    if (!item.recipients().isEmpty()) {
      html.open("p", "class", "recipients");
      labelPhraseStart();
      labelled(labels.text(Label.RECIPIENTS));
      texts(item.recipients());
      labelPhraseEnd();
      html.close("p").newline();
    }
    if (item.adjustedImmediately()) {
      labelText("p", labels.text(Label.ADJUSTED_IMMEDIATELY), "class", "adjusted-immediately");
    }
    html.close("section").newline();
  }

  /**
   * Writes "Diarienummer: " as a {@code span.label} with the {@linkplain Labels#labelSeparator()
   * label separator} (its spaces after the span), before the value.
   */
  private void labelled(String label) throws IOException {
    String separator = labels.labelSeparator();
    String mark = separator.stripTrailing();
    html.element("span", label + mark, "class", "label").text(separator.substring(mark.length()));
  }

  /** Writes texts of the minutes, such as recipients, each isolated, separated by commas. */
  private void texts(List<String> texts) throws IOException {
    String separator = "";
    for (String text : texts) {
      html.text(separator).element("bdi", text, "lang", contentLang);
      separator = listSeparator;
    }
  }

  private void conflictsOfInterest(List<ConflictOfInterest> conflicts) throws IOException {
    if (conflicts.isEmpty()) {
      return;
    }
    html.open("div", "class", "conflicts-of-interest").newline();
    for (ConflictOfInterest conflict : conflicts) {
      html.open("p");
      labelPhraseStart();
      if (conflict.reason().isPresent()) {
        phrase(
            labels.text(Label.CONFLICT_OF_INTEREST_REASON),
            () -> people(List.of(conflict.member())),
            () -> html.element("bdi", conflict.reason().get(), "lang", contentLang));
      } else {
        phrase(labels.text(Label.CONFLICT_OF_INTEREST), () -> people(List.of(conflict.member())));
      }
      labelPhraseEnd();
      html.close("p").newline();
    }
    html.close("div").newline();
  }

  private void proposals(List<Proposal> proposals) throws IOException {
    if (proposals.isEmpty()) {
      return;
    }
    html.open("div", "class", "proposals").newline();
    html.element("h3", labels.text(Label.PROPOSALS)).newline();
    html.open("ul").newline();
    for (Proposal proposal : proposals) {
      html.open("li", "data-proposal", proposal.id().orElse(null));
      labelPhraseStart();
      // "Yrkande A (bifall) – Anna Ek (S): text"
      html.open("span", "class", "proposal-name");
      if (proposal.id().isPresent()) {
        html.text(capitalise(proposalName(proposal.id().get())))
            .text(" (" + labels.proposalKind(proposal.kind()) + ")");
      } else {
        html.text(capitalise(labels.proposalKind(proposal.kind())));
      }
      html.close("span").text(" \u2013 ");
      html.open("span", "class", "movers");
      people(proposal.movers());
      html.close("span").text(labels.labelSeparator());
      html.element("bdi", proposal.text(), "class", "proposal-text", "lang", contentLang);
      labelPhraseEnd();
      html.close("li").newline();
    }
    html.close("ul").newline();
    html.close("div").newline();
  }

  /** "yrkande A": a proposal by its id, in running text. */
  private String proposalName(String id) {
    return noBreak(labels.phrase(Label.PROPOSAL, id));
  }

  /**
   * A short name, such as "§ 117" or "yrkande B", with no-break spaces, so that a line never ends
   * inside it. The model keeps its normal spaces: only the page writes them so.
   */
  static String noBreak(String name) {
    return name.replace(' ', NO_BREAK_SPACE);
  }

  private void proposalOrder(List<String> order) throws IOException {
    if (order.isEmpty()) {
      return;
    }
    html.open("div", "class", "proposal-order").newline();
    StringJoiner names = new StringJoiner(listSeparator);
    order.forEach(id -> names.add(proposalName(id)));
    html.open("p");
    labelPhraseStart();
    labelled(labels.text(Label.PROPOSAL_ORDER));
    html.text(names.toString());
    labelPhraseEnd();
    html.close("p").newline();
    html.close("div").newline();
  }

  private void vote(Vote vote) throws IOException {
    html.open("div", "class", "vote").newline();
    html.element("h3", labels.text(Label.VOTE)).newline();
    labelText("p", labels.voteMethod(vote.method()), "class", "vote-method");
    if (vote.yesFor().isPresent()) {
      labelText("p", labels.phrase(Label.VOTE_YES_FOR, proposalName(vote.yesFor().get())));
    }
    if (vote.noFor().isPresent()) {
      labelText("p", labels.phrase(Label.VOTE_NO_FOR, proposalName(vote.noFor().get())));
    }
    if (vote.method() == VoteMethod.OPEN && !vote.ballots().isEmpty()) {
      html.open("table", "class", "roll-call").newline();
      html.element("caption", labels.text(Label.ROLL_CALL)).newline();
      html.open("thead").newline().open("tr");
      html.element("th", labels.text(Label.VOTER), "scope", "col");
      html.element("th", labels.text(Label.BALLOT), "scope", "col");
      html.close("tr").newline().close("thead").newline();
      html.open("tbody").newline();
      for (Ballot ballot : vote.ballots()) {
        html.open("tr").open("th", "scope", "row", "lang", contentLang);
        person(ballot.voter(), false);
        html.close("th");
        html.element("td", labels.voteChoice(ballot.choice()), "class", "choice-" + ballot.choice().name().toLowerCase(java.util.Locale.ROOT));
        html.close("tr").newline();
      }
      html.close("tbody").newline();
      html.close("table").newline();
    }
    labelText(
        "p",
        labels.phrase(
            Label.VOTE_RESULT,
            labels.number(vote.tally().yes()),
            labels.number(vote.tally().no()),
            labels.number(vote.tally().abstained())),
        "class",
        "vote-result");
    html.close("div").newline();
  }

  private void decision(Decision decision) throws IOException {
    html.open("div", "class", "decision", "data-decision", decision.id().orElse(null)).newline();
    html.element(
            "h3",
            decision
                .id()
                .map(id -> noBreak(labels.phrase(Label.DECISION_NAMED, id)))
                .orElse(labels.text(Label.DECISION)))
        .newline();
    html.element("p", decision.introduction(), "class", "decision-introduction", "lang", contentLang, "dir", dir(decision.introduction()))
        .newline();
    if (!decision.clauses().isEmpty()) {
      html.open("ol", "class", "clauses", "lang", contentLang).newline();
      for (String clause : decision.clauses()) {
        html.element("li", clause, "dir", dir(clause)).newline();
      }
      html.close("ol").newline();
    }
    html.close("div").newline();
  }

  private void reservation(Reservation reservation) throws IOException {
    html.open(
            "div", "class", "reservation", "data-decision", reservation.decision().orElse(null))
        .newline();
    html.element("h3", labels.text(Label.RESERVATION)).newline();
    html.open("p");
    labelPhraseStart();
    if (reservation.decision().isPresent()) {
      // "... reserverar sig mot beslut 1.", with "beslut 1" kept on one line.
      phrase(
          labels
              .text(Label.RESERVED_AGAINST, reservation.members().size())
              .replace(" {1}", NO_BREAK_SPACE + "{1}"),
          () -> people(reservation.members()),
          () -> html.element("bdi", noBreak(reservation.decision().get()), "lang", contentLang));
    } else {
      phrase(
          labels.text(Label.RESERVED, reservation.members().size()),
          () -> people(reservation.members()));
    }
    labelPhraseEnd();
    html.close("p").newline();
    if (reservation.text().isPresent()) {
      labelText("p", labels.text(Label.WRITTEN_RESERVATION), "class", "label");
      html.open("blockquote", "class", "reservation-text", "lang", contentLang).newline();
      html.element("p", reservation.text().get(), "dir", dir(reservation.text().get())).newline();
      html.close("blockquote").newline();
    }
    html.close("div").newline();
  }

  private void protocolNote(ProtocolNote note) throws IOException {
    html.open("div", "class", "protocol-note").newline();
    html.element("h3", labels.text(Label.PROTOCOL_NOTE)).newline();
    html.open("p");
    labelPhraseStart();
    phrase(
        labels.text(Label.PROTOCOL_NOTE_BY, note.authors().size()), () -> people(note.authors()));
    labelPhraseEnd();
    html.close("p").newline();
    html.open("blockquote", "lang", contentLang).newline();
    html.element("p", note.text(), "dir", dir(note.text())).newline();
    html.close("blockquote").newline();
    html.close("div").newline();
  }

  private void actions(List<ActionItem> actions) throws IOException {
    if (actions.isEmpty()) {
      return;
    }
    html.open("div", "class", "actions").newline();
    html.open("table").newline();
    html.element("caption", labels.text(Label.ACTIONS)).newline();
    html.open("thead").newline().open("tr");
    html.element("th", labels.text(Label.ACTION_TASK), "scope", "col");
    html.element("th", labels.text(Label.ACTION_OWNERS), "scope", "col");
    html.element("th", labels.text(Label.ACTION_DUE), "scope", "col");
    html.close("tr").newline().close("thead").newline();
    html.open("tbody").newline();
    for (ActionItem action : actions) {
      html.open("tr");
      html.element("td", action.task(), "lang", contentLang, "dir", dir(action.task()));
      html.open("td", "lang", contentLang);
      people(action.owners());
      html.close("td").open("td");
      if (action.due().isPresent()) {
        date(action.due().get());
      }
      html.close("td").close("tr").newline();
    }
    html.close("tbody").newline();
    html.close("table").newline();
    html.close("div").newline();
  }

  /** "Bilaga 1: Budget 2027; Bilaga 2: Taxor", the attachments an item refers to. */
  private void itemAttachments(List<String> numbers) throws IOException {
    if (numbers.isEmpty()) {
      return;
    }
    html.open("p", "class", "item-attachments");
    labelPhraseStart();
    String separator = "";
    for (String number : numbers) {
      html.text(separator);
      Optional<Attachment> attachment =
          minutes.attachments().stream().filter(a -> a.number().equals(number)).findFirst();
      attachment(number, attachment.map(Attachment::title), Optional.empty());
      separator = labels.groupSeparator();
    }
    labelPhraseEnd();
    html.close("p").newline();
  }

  /** "Bilaga 1: Title (reference)". */
  private void attachment(String number, Optional<String> title, Optional<String> reference)
      throws IOException {
    phrase(
        labels.text(Label.ATTACHMENT),
        () -> html.element("bdi", number, "lang", contentLang));
    if (title.isPresent()) {
      html.text(labels.labelSeparator()).element("bdi", title.get(), "lang", contentLang);
    }
    if (reference.isPresent()) {
      html.text(" (").element("bdi", reference.get(), "lang", contentLang).text(")");
    }
  }

  /** One part of a phrase: writes itself. */
  @FunctionalInterface
  private interface Part {
    void write() throws IOException;
  }

  /**
   * Writes a label's phrase, such as "{0} reserverar sig mot beslutet.", with each {@code {n}}
   * written by its part: the minutes' text keeps its own element and language inside the label's
   * words.
   */
  private void phrase(String pattern, Part... parts) throws IOException {
    int from = 0;
    while (from < pattern.length()) {
      int open = pattern.indexOf('{', from);
      int close = open < 0 ? -1 : pattern.indexOf('}', open);
      int index = close < 0 ? -1 : digit(pattern.substring(open + 1, close));
      if (index < 0 || index >= parts.length) {
        html.text(pattern.substring(from, close < 0 ? pattern.length() : close + 1));
        from = close < 0 ? pattern.length() : close + 1;
        continue;
      }
      html.text(pattern.substring(from, open));
      parts[index].write();
      from = close + 1;
    }
  }

  private static int digit(String text) {
    return text.length() == 1 && Character.isDigit(text.charAt(0)) ? text.charAt(0) - '0' : -1;
  }

  /** People in running text: "Anna Ek (S), Bo Berg", each name isolated. */
  private void people(List<Person> people) throws IOException {
    String separator = "";
    for (Person person : people) {
      html.text(separator);
      if (person.name().isPresent()) {
        html.element("bdi", person.name().get(), "lang", contentLang);
        List<String> more = new ArrayList<>();
        person.role().ifPresent(more::add);
        person.organisation().ifPresent(more::add);
        if (!more.isEmpty()) {
          html.text(" (")
              .element("bdi", String.join(listSeparator, more), "lang", contentLang)
              .text(")");
        }
      } else {
        html.open("bdi", "lang", contentLang);
        person(person, false);
        html.close("bdi");
      }
      separator = listSeparator;
    }
  }

  private String capitalise(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(labels.language().locale()) + text.substring(1);
  }

  /**
   * Writes a block of an item's content.
   *
   * @param level the heading level of a sub-section here: 3 directly under an item's {@code h2}
   */
  private void block(Block block, int level, Optional<String> context) throws IOException {
    if (block instanceof Block.Paragraph) {
      Block.Paragraph paragraph = (Block.Paragraph) block;
      html.open("p", "dir", dir(paragraph));
      spans(paragraph.content(), context);
      html.close("p").newline();
    } else if (block instanceof Block.Subsection) {
      Block.Subsection subsection = (Block.Subsection) block;
      // Validation keeps sub-sections at most Block.MAX_DEPTH deep, so h5 is the deepest; h6 would
      // be reused rather than invent an h7.
      String tag = "h" + Math.min(level, 6);
      html.open("section", "class", "subsection").newline();
      html.element(tag, heading(subsection.heading()), "dir", dir(subsection.heading())).newline();
      for (Block child : subsection.content()) {
        block(child, level + 1, context);
      }
      html.close("section").newline();
    } else if (block instanceof Block.ItemList) {
      Block.ItemList list = (Block.ItemList) block;
      String tag = list.ordered() ? "ol" : "ul";
      html.open(tag).newline();
      for (Block.Paragraph item : list.items()) {
        html.open("li", "dir", dir(item));
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
    html.open("a", "href", address, "class", LinkNames.showsAddress(text, address)
        ? SHOWS_ADDRESS_CLASS : null).text(text);
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
    html.element(
            "h2",
            labels.text(Label.NOTE_TAKERS, minutes.kind(), minutes.noteTakers().size()),
            "id",
            NOTE_TAKERS_ID)
        .newline();
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
      separator = listSeparator;
    }
    for (Optional<String> part : List.of(person.role(), person.organisation())) {
      if (part.isPresent()) {
        html.text(separator);
        html.element("bdi", part.get());
        separator = listSeparator;
      }
    }
  }

  /**
   * Who took part: those deciding (with whom a serving substitute serves for), substitutes who do
   * not serve, officials and others, and the absent; each with group, role, arrival and departure.
   */
  private void attendance() throws IOException {
    if (minutes.attendees().isEmpty()) {
      return;
    }
    sectionStart("attendance", ATTENDANCE_ID);
    html.element("h2", labels.text(Label.ATTENDANCE), "id", ATTENDANCE_ID).newline();
    attendeeGroup(Label.DECIDING, "deciding", a -> a.present() && a.role().decides());
    attendeeGroup(
        Label.SUBSTITUTES_PRESENT, "substitutes", a -> a.present() && a.role() == MemberRole.SUBSTITUTE);
    attendeeGroup(
        Label.OTHERS_PRESENT,
        "others",
        a -> a.present() && (a.role() == MemberRole.OFFICIAL || a.role() == MemberRole.OTHER));
    attendeeGroup(Label.ABSENT, "absent", a -> !a.present());
    html.close("section").newline();
  }

  private void attendeeGroup(Label heading, String cssClass, Predicate<Attendee> which)
      throws IOException {
    List<Attendee> group = minutes.attendees().stream().filter(which).toList();
    if (group.isEmpty()) {
      return;
    }
    html.open("div", "class", "attendees " + cssClass).newline();
    html.element("h3", labels.text(heading, group.size())).newline();
    html.open("ul", "class", "people").newline();
    for (Attendee attendee : group) {
      html.open("li");
      labelPhraseStart();
      // "Anna Ek (S), tjänstgörande ersättare för Bo Berg, lämnade sammanträdet under § 45"
      people(List.of(attendee.person()));
      if (attendee.group().isPresent()) {
        html.text(" (").element("bdi", attendee.group().get(), "lang", contentLang).text(")");
      }
      html.text(listSeparator);
      if (attendee.substituteFor().isPresent()) {
        phrase(
            labels.text(Label.SERVING_FOR),
            () -> html.element("bdi", attendee.substituteFor().get(), "lang", contentLang));
      } else {
        html.text(labels.memberRole(attendee.role()));
      }
      if (attendee.arrived().isPresent()) {
        html.text(listSeparator);
        moment(Label.ARRIVED, attendee.arrived().get());
      }
      if (attendee.left().isPresent()) {
        html.text(listSeparator);
        moment(Label.LEFT, attendee.left().get());
      }
      labelPhraseEnd();
      html.close("li").newline();
    }
    html.close("ul").newline();
    html.close("div").newline();
  }

  private void moment(Label label, io.github.minutes4j.core.Moment moment) throws IOException {
    io.github.minutes4j.core.Moment shown =
        new io.github.minutes4j.core.Moment(
            moment.paragraph().map(MinutesPage::noBreak), moment.time());
    String text = labels.phrase(label, labels.moment(shown));
    List<LocalTime> times = moment.time().map(List::of).orElse(List.of());
    timed(text, minutes.sessions().get(0).date(), times);
  }

  private void attachments() throws IOException {
    if (minutes.attachments().isEmpty()) {
      return;
    }
    sectionStart("attachments", ATTACHMENTS_ID);
    html.element("h2", labels.text(Label.ATTACHMENTS), "id", ATTACHMENTS_ID).newline();
    html.open("ul").newline();
    for (Attachment attachment : minutes.attachments()) {
      html.open("li");
      labelPhraseStart();
      attachment(attachment.number(), Optional.of(attachment.title()), attachment.reference());
      labelPhraseEnd();
      html.close("li").newline();
    }
    html.close("ul").newline();
    html.close("section").newline();
  }

  private void nextMeeting() throws IOException {
    if (minutes.nextMeeting().isEmpty()) {
      return;
    }
    NextMeeting next = minutes.nextMeeting().get();
    sectionStart("next-meeting", NEXT_MEETING_ID);
    html.element("h2", labels.text(Label.NEXT_MEETING), "id", NEXT_MEETING_ID).newline();
    html.open("p", "class", "when");
    labelPhraseStart();
    dated(labels.when(next), next.date(), next.start().map(List::of).orElse(List.of()));
    labelPhraseEnd();
    html.close("p").newline();
    Optional<String> where = labels.where(next);
    if (where.isPresent()) {
      html.open("p", "class", "where");
      where(where.get(), next.venue());
      html.close("p").newline();
    }
    html.close("section").newline();
  }

  private boolean hasAdjustment() {
    return !minutes.adjusters().isEmpty() || minutes.adjustment().isPresent();
  }

  /** The adjusters, and where and when they adjust the minutes. */
  private void adjustment() throws IOException {
    if (!hasAdjustment()) {
      return;
    }
    sectionStart("adjustment", ADJUSTMENT_ID);
    html.element("h2", labels.text(Label.ADJUSTMENT), "id", ADJUSTMENT_ID).newline();
    html.open("dl", "class", "facts").newline();
    if (!minutes.adjusters().isEmpty()) {
      fact(
          labels.text(Label.ADJUSTERS, minutes.adjusters().size()),
          () -> people(minutes.adjusters()));
    }
    if (minutes.adjustment().isPresent()) {
      Adjustment adjustment = minutes.adjustment().get();
      fact(
          Label.ADJUSTMENT_PLACE_AND_DATE,
          () -> {
            html.element("bdi", adjustment.place(), "lang", contentLang).text(listSeparator);
            date(adjustment.date());
          });
    }
    html.close("dl").newline();
    html.close("section").newline();
  }

  /** Signatures belong to a protokoll that names its chair or adjusters. */
  private boolean hasSignatures() {
    return minutes.kind() == DocumentKind.MINUTES
        && (minutes.chair().isPresent() || !minutes.adjusters().isEmpty());
  }

  /** A line for the pen and the name under it for each secretary, the chair and each adjuster. */
  private void signatures() throws IOException {
    if (!hasSignatures()) {
      return;
    }
    sectionStart("signatures", SIGNATURES_ID);
    html.element("h2", labels.text(Label.SIGNATURES), "id", SIGNATURES_ID).newline();
    html.open("div", "class", "signature-block").newline();
    for (Person secretary : minutes.noteTakers()) {
      signature(labels.text(Label.SECRETARY_SIGNATURE), Optional.of(secretary));
    }
    if (minutes.chair().isPresent()) {
      signature(labels.text(Label.CHAIR), minutes.chair());
    }
    for (Person adjuster : minutes.adjusters()) {
      signature(labels.text(Label.ADJUSTER_SIGNATURE), Optional.of(adjuster));
    }
    html.close("div").newline();
    html.close("section").newline();
  }

  private void signature(String role, Optional<Person> who) throws IOException {
    html.open("div", "class", "signature").newline();
    html.element("p", role, "class", "signature-role").newline();
    html.element("p", "", "class", "signature-line").newline();
    html.open("p", "class", "signature-name", "lang", contentLang);
    if (who.isPresent()) {
      people(List.of(who.get()));
    }
    html.close("p").newline();
    html.close("div").newline();
  }

  /** The notice of the adjustment ("anslag"), with the facts the law asks for. */
  private void notice() throws IOException {
    if (minutes.notice().isEmpty()) {
      return;
    }
    Notice notice = minutes.notice().get();
    sectionStart("notice", NOTICE_ID);
    html.element("h2", labels.text(Label.NOTICE), "id", NOTICE_ID).newline();
    labelText("p", labels.text(Label.NOTICE_STATEMENT));
    html.open("dl", "class", "facts").newline();
    fact(
        Label.ORGANISER, () -> html.element("bdi", minutes.organiser().name(), "lang", contentLang));
    fact(
        Label.MEETING_DATE,
        () -> {
          String separator = "";
          for (LocalDate day : minutes.sessions().stream().map(Session::date).distinct().toList()) {
            html.text(separator);
            date(day);
            separator = listSeparator;
          }
        });
    fact(Label.NOTICE_POSTED, () -> date(notice.posted()));
    fact(Label.NOTICE_REMOVED, () -> date(notice.removed()));
    fact(Label.STORED_AT, () -> html.element("bdi", notice.storedAt(), "lang", contentLang));
    html.close("dl").newline();
    html.open("div", "class", "signature-block").newline();
    signature(labels.text(Label.SIGNATURE), notice.certifiedBy());
    html.close("div").newline();
    html.close("section").newline();
  }

  /** Under an extract: "Rätt utdraget intygar" and a line for the signature. */
  private void attestation() throws IOException {
    html.open("div", "class", "extract-attestation").newline();
    labelText("p", labels.text(Label.ATTESTATION), "class", "attestation");
    html.element("p", "", "class", "signature-line").newline();
    html.close("div").newline();
  }

  /**
   * The participant list to show: none when the options leave it out, and none when it has no
   * rows, as a heading over an empty table says nothing (the model and the JSON keep the empty
   * list).
   */
  private Optional<ParticipantList> shownParticipants() {
    return options.includeParticipants()
        ? minutes.participants().filter(list -> !list.entries().isEmpty())
        : Optional.empty();
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
        list.heading().map(this::dir).orElse(null));
    html.close("caption").newline();
    html.open("thead").newline().open("tr");
    html.element("th", labels.text(Label.PARTICIPANT_NAME), "scope", "col");
    html.element("th", labels.text(Label.PARTICIPANT_AFFILIATION), "scope", "col");
    html.element("th", labels.text(Label.PARTICIPANT_ORGANISATION), "scope", "col");
    html.close("tr").newline().close("thead").newline();
    html.open("tbody").newline();
    for (Participant participant : list.entries()) {
      // Names, codes and organisations may be in any script: each is isolated, in a cell that
      // takes the page's direction, so that a column lines up on the page's start side.
      html.open("tr").open("td", "lang", contentLang).open("bdi");
      Optional<LinkTarget> link = participant.link().filter(t -> !t.isPlaceholder());
      if (link.isPresent()) {
        // Should two rows share a name, as two people called Anna Berg may, their affiliation and
        // organisation tell their links apart.
        String context =
            labels.affiliation(participant.affiliation())
                + participant.organisation().map(o -> listSeparator + o).orElse("");
        link(participant.name(), link.get(), Optional.of(context), false);
      } else {
        html.text(participant.name());
      }
      html.close("bdi").close("td");
      // A network's code is the minutes' text; a role's name ("Gäst") is a label.
      boolean role = participant.affiliation() instanceof Affiliation.Role;
      String affiliation = labels.affiliation(participant.affiliation());
      html.open(
          "td", "lang", contentLang == null ? null : role ? labels.language().tag() : contentLang);
      if (role) {
        html.text(affiliation);
      } else {
        html.element("bdi", affiliation);
      }
      html.close("td").open("td", "lang", contentLang);
      if (participant.organisation().isPresent()) {
        html.element("bdi", participant.organisation().get());
      }
      html.close("td");
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

  /**
   * The {@code dir} of an element holding running text of the minutes (a paragraph, heading, list
   * item or table cell): none, so that it takes the page's direction, the direction of the
   * minutes' language, even where it begins with a name in another script ("John Smith قال إن
   * الميزانية ..." in Arabic minutes runs right to left). Only a text whose strong characters all
   * run the other way (a Swedish sentence in Arabic minutes, an Arabic one in Swedish minutes)
   * takes that direction, explicitly, so that browser and PDF agree.
   *
   * @param text the element's text
   * @return {@code ltr}, {@code rtl}, or null for the page's direction
   */
  private String dir(String text) {
    return textDirection.hasStrongCharacterIn(text)
            || !textDirection.opposite().hasStrongCharacterIn(text)
        ? null
        : textDirection.opposite().attribute();
  }

  /**
   * The {@code dir} of a paragraph of spans, from the text of all of them (see {@link #dir}):
   * mostly decided by the first letter of the first span.
   */
  private String dir(Block.Paragraph paragraph) {
    boolean other = false;
    for (Inline span : paragraph.content()) {
      if (textDirection.hasStrongCharacterIn(span.text())) {
        return null;
      }
      other = other || textDirection.opposite().hasStrongCharacterIn(span.text());
    }
    return other ? textDirection.opposite().attribute() : null;
  }

  private void sectionStart(String cssClass, String headingId) throws IOException {
    html.open("section", "class", cssClass, "aria-labelledby", headingId).newline();
  }
}
