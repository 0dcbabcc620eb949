package io.github.minutes4j.core.text;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.Attendance;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.HeadCount;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.LinkKind;
import io.github.minutes4j.core.MemberRole;
import io.github.minutes4j.core.Moment;
import io.github.minutes4j.core.NextMeeting;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.ProposalKind;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Venue;
import io.github.minutes4j.core.VoteChoice;
import io.github.minutes4j.core.VoteMethod;
import io.github.minutes4j.core.internal.TimeOfDay;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The labels, date and time formats and phrases of one language. Every exporter uses them, so
 * that "Tid och plats" and "2 juni 2022 kl. 10.00–15.00" read the same in HTML, PDF and any
 * third-party format. Immutable and thread-safe.
 *
 * <p>Any language can be asked for. A tag without a set of its own is served along its tag
 * ({@code sv-SE} by the Swedish set, {@code en-US} by the American dates and clock and then the
 * English set, {@code no} and Nynorsk's {@code nn} by Norwegian Bokmål; see {@link LabelSets}),
 * and whatever is still missing (every label of an unshipped language such as {@code is}, single
 * labels a provided set lacks) comes from a fallback language, English unless the caller chooses
 * another ({@link LabelSets#labels(Language, Language)}, {@link LabelOptions#withFallback}). {@link
 * #resolution()} tells whether that happened. Exporters get their labels from {@link
 * io.github.minutes4j.core.format.ExportOptions#labelsFor}, which also applies the caller's
 * overrides of single labels.
 *
 * @since 0.1.0
 */
public final class Labels {

  private static final List<String> FIXED_KEYS =
      List.of(
          "pattern.date",
          "pattern.time",
          "session",
          "session.start",
          "time.range",
          "place.with.online",
          "count.exact",
          "count.exact.one",
          "count.approximate",
          "count.approximate.one",
          "attendance.both",
          "attendance.onSite",
          "attendance.remote",
          "separator.list",
          "separator.group",
          "separator.label");

  /**
   * The labels whose words agree with how many people they name: each has a form for one ({@code
   * RESERVED.one}), for two ({@code RESERVED.two}, for languages with a dual, such as Arabic; the
   * others repeat the general form) and the general form for any other number ({@code RESERVED}).
   */
  private static final List<Label> COUNTED =
      List.of(
          Label.ABSENT,
          Label.ADJUSTERS,
          Label.NOTE_TAKERS,
          Label.PRESENTERS,
          Label.SECRETARY,
          Label.RESERVED,
          Label.RESERVED_AGAINST,
          Label.PROTOCOL_NOTE_BY);

  /** The suffixes of the keys of a {@linkplain #COUNTED counted} label's forms for one and two. */
  private static final List<String> FORMS = List.of(".one", ".two");

  /** The keys whose texts are patterns of {@link DateTimeFormatter}, whose digits it writes. */
  private static final List<String> PATTERN_KEYS = List.of("pattern.date", "pattern.time");

  private static final List<String> KEYS = allKeys();

  private final Language language;
  private final LabelResolution resolution;
  private final Map<String, String> texts;
  private final DecimalStyle digits;
  private final DateTimeFormatter dateFormat;
  private final DateTimeFormatter timeFormat;
  private final DateTimeFormatter secondsFormat;

  Labels(
      Language language,
      LabelResolution resolution,
      Map<String, String> texts,
      Locale dateLocale,
      Locale timeLocale) {
    this.language = language;
    this.resolution = resolution;
    this.digits = digits(resolution.requested());
    Map<String, String> written = new HashMap<>(texts);
    written.replaceAll((key, text) -> PATTERN_KEYS.contains(key) ? text : digits(text, digits));
    this.texts = Map.copyOf(written);
    this.dateFormat =
        DateTimeFormatter.ofPattern(require("pattern.date"), dateLocale).withDecimalStyle(digits);
    String time = require("pattern.time");
    this.timeFormat = DateTimeFormatter.ofPattern(time, timeLocale).withDecimalStyle(digits);
    this.secondsFormat =
        DateTimeFormatter.ofPattern(withSeconds(time), timeLocale).withDecimalStyle(digits);
  }

  private Labels(Labels base, Map<String, String> texts) {
    this.language = base.language;
    this.resolution = base.resolution;
    this.digits = base.digits;
    this.texts = Map.copyOf(texts);
    this.dateFormat = base.dateFormat;
    this.timeFormat = base.timeFormat;
    this.secondsFormat = base.secondsFormat;
  }

  /**
   * A time pattern with the seconds after its minutes, separated from them as the minutes are from
   * the hours: {@code HH.mm} gives {@code HH.mm.ss}, {@code h:mm a} gives {@code h:mm:ss a}.
   * Minutes after a quoted text or a space get a colon; a pattern that has seconds already, or no
   * minutes, stays as it is.
   */
  static String withSeconds(String pattern) {
    boolean quoted = false;
    int minutesEnd = -1;
    char separator = ':';
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == 's') {
        return pattern;
      } else if (!quoted && c == 'm' && minutesEnd < 0) {
        char before = i == 0 ? ' ' : pattern.charAt(i - 1);
        if (!Character.isLetterOrDigit(before)
            && !Character.isWhitespace(before)
            && "'[]{}#".indexOf(before) < 0) {
          separator = before;
        }
        minutesEnd = i;
        while (minutesEnd < pattern.length() && pattern.charAt(minutesEnd) == 'm') {
          minutesEnd++;
        }
        i = minutesEnd - 1;
      }
    }
    return minutesEnd < 0
        ? pattern
        : pattern.substring(0, minutesEnd) + separator + "ss" + pattern.substring(minutesEnd);
  }

  /**
   * The digits a language asks for: its native digits when its tag names a numbering system with
   * the Unicode extension ({@code ar-u-nu-arab}, {@code fa-u-nu-arabext}), else Western digits,
   * whatever the language's own default (the JDK's Arabic locale would write Arabic-Indic).
   */
  private static DecimalStyle digits(Language language) {
    Locale locale = language.locale();
    return locale.getUnicodeLocaleType("nu") == null
        ? DecimalStyle.STANDARD
        : DecimalStyle.of(locale);
  }

  /**
   * A text with its Western digits written in a numbering system's, except those of the
   * placeholders {@code {0}}, {@code {1}} and {@code {2}}.
   */
  private static String digits(String text, DecimalStyle digits) {
    char zero = digits.getZeroDigit();
    if (zero == '0') {
      return text;
    }
    StringBuilder written = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean placeholder =
          i > 0 && text.charAt(i - 1) == '{' && i + 1 < text.length() && text.charAt(i + 1) == '}';
      written.append(c >= '0' && c <= '9' && !placeholder ? (char) (zero + (c - '0')) : c);
    }
    return written.toString();
  }

  /**
   * The labels of a language from the {@linkplain LabelSets#installed() installed sets}, with
   * English as the fallback.
   *
   * @param language the language, any tag
   * @return its labels; never null
   * @throws NullPointerException if {@code language} is null
   * @throws io.github.minutes4j.core.format.ProviderConfigurationException if two installed label
   *     sets claim one language
   */
  public static Labels of(Language language) {
    return LabelSets.installed().labels(Objects.requireNonNull(language, "language"), Language.ENGLISH);
  }

  /**
   * Every key a label set can have: the names of {@link Label}, {@code kind.}, {@code link.} and
   * {@code role.} with the names of {@link DocumentKind}, {@link LinkKind} and {@link
   * Affiliation.Role}, {@code member.}, {@code proposal.}, {@code choice.} and {@code method.} with
   * the names of {@link MemberRole}, {@link ProposalKind}, {@link VoteChoice} and {@link
   * VoteMethod} (since 0.3.0), the patterns {@code pattern.date} and {@code pattern.time} (of {@link
   * DateTimeFormatter}), and the phrases {@code session}, {@code session.start}, {@code
   * time.range} (since 0.3.0), {@code place.with.online}, {@code count.*} and {@code
   * attendance.*}, in which {@code {0}} and {@code {1}} stand for their parts, and the
   * punctuation {@code separator.list}, {@code separator.group} and {@code separator.label}
   * (since 0.3.0; {@link #listSeparator()}). The labels whose words agree with a number of people
   * ({@link #text(Label, int)}) have their forms for one and two under the label's name with
   * {@code .one} and {@code .two} ({@code RESERVED.one}; since 0.3.0); a language without a dual
   * repeats its general form under {@code .two}, and a provided set that lacks a form is served its
   * own general form. The shipped {@code labels_en.properties} shows each.
   *
   * @return the keys; never null
   * @since 0.2.0
   */
  public static List<String> keys() {
    return KEYS;
  }

  private static List<String> allKeys() {
    List<String> keys = new ArrayList<>();
    for (Label label : Label.values()) {
      keys.add(label.name());
    }
    for (Label label : COUNTED) {
      FORMS.forEach(form -> keys.add(label.name() + form));
    }
    for (DocumentKind kind : DocumentKind.values()) {
      keys.add("kind." + kind.name());
    }
    for (LinkKind kind : LinkKind.values()) {
      keys.add("link." + kind.name());
    }
    for (Affiliation.Role role : Affiliation.Role.values()) {
      keys.add("role." + role.name());
    }
    for (MemberRole role : MemberRole.values()) {
      keys.add("member." + role.name());
    }
    for (ProposalKind kind : ProposalKind.values()) {
      keys.add("proposal." + kind.name());
    }
    for (VoteChoice choice : VoteChoice.values()) {
      keys.add("choice." + choice.name());
    }
    for (VoteMethod method : VoteMethod.values()) {
      keys.add("method." + method.name());
    }
    keys.addAll(FIXED_KEYS);
    return List.copyOf(keys);
  }

  /**
   * Which sets served these labels, and whether a fallback happened.
   *
   * @return the resolution; never null
   * @since 0.2.0
   */
  public LabelResolution resolution() {
    return resolution;
  }

  /**
   * These labels with some worded by the caller.
   *
   * @param overrides texts that replace labels, such as {@code NOTE_TAKERS -> "Sekreterare"}; the
   *     text of a label whose words agree with a number of people ({@link #text(Label, int)})
   *     replaces its forms for every number
   * @return labels with the overrides; this object if there are none
   * @throws NullPointerException if the map, a key or a text is null
   * @since 0.2.0
   */
  public Labels withOverrides(Map<Label, String> overrides) {
    if (overrides.isEmpty()) {
      return this;
    }
    Map<String, String> copy = new HashMap<>(texts);
    overrides.forEach(
        (label, text) -> {
          copy.put(label.name(), Objects.requireNonNull(text, "text"));
          if (COUNTED.contains(label)) {
            FORMS.forEach(form -> copy.put(label.name() + form, text));
          }
        });
    return new Labels(this, copy);
  }

  /**
   * The language these labels are written in: the requested language when a set along its tag
   * served it (also {@code nn} served by the Norwegian Bokmål set, see {@link LabelSets}), else
   * the fallback language (or English). Exporters mark the page with it and the minutes' own text
   * with the minutes' language where they differ.
   *
   * @return the language; never null
   */
  public Language language() {
    return language;
  }

  /**
   * What these labels are, for logs and messages: their language, the language asked for and the
   * set that served it.
   *
   * @return such as {@code Labels[en, requested fr, served by en]}; never null
   * @since 0.3.0
   */
  @Override
  public String toString() {
    return "Labels["
        + language
        + ", requested "
        + resolution.requested()
        + ", served by "
        + resolution.servedBy()
        + "]";
  }

  /**
   * A fixed text.
   *
   * @param label which text
   * @return the text, such as "Tid och plats"
   */
  public String text(Label label) {
    return require(label.name());
  }

  /**
   * A fixed text as a document of a kind words it: in a {@linkplain DocumentKind#MINUTES
   * protokoll} {@link Label#ORGANISER} reads as {@link Label#BODY} ("Organ") and {@link
   * Label#NOTE_TAKERS} as {@link Label#SECRETARY} ("Vid protokollet"); meeting notes keep
   * "Arrangör" and "För anteckningarna". Every other label is {@link #text(Label)}.
   *
   * @param label which text
   * @param kind the kind of the document
   * @return the text; never null
   * @throws NullPointerException if an argument is null
   * @since 0.3.0
   */
  public String text(Label label, DocumentKind kind) {
    return text(label, kind, 0);
  }

  /**
   * A fixed text as a document of a kind words it ({@link #text(Label, DocumentKind)}), in the
   * form that agrees with the number of people it names ({@link #text(Label, int)}): the Finnish
   * heading over one note taker is "Muistion laatija", over two "Muistion laatijat".
   *
   * @param label which text
   * @param kind the kind of the document
   * @param count how many people it names; 0 for the general form
   * @return the text; never null
   * @throws NullPointerException if {@code label} or {@code kind} is null
   * @throws IllegalArgumentException if {@code count} is negative
   * @since 0.3.0
   */
  public String text(Label label, DocumentKind kind, int count) {
    Objects.requireNonNull(label, "label");
    boolean minutes = Objects.requireNonNull(kind, "kind") == DocumentKind.MINUTES;
    Label worded =
        minutes && label == Label.ORGANISER
            ? Label.BODY
            : minutes && label == Label.NOTE_TAKERS ? Label.SECRETARY : label;
    return text(worded, count);
  }

  /**
   * A fixed text as it agrees with the number of people it names: "{0} widersprach dem Beschluss."
   * for one member, "{0} widersprachen dem Beschluss." for several. The labels that have such forms
   * are {@link Label#RESERVED}, {@link Label#RESERVED_AGAINST}, {@link Label#PROTOCOL_NOTE_BY},
   * and the headings over people {@link Label#ADJUSTERS} ("Pöytäkirjantarkastaja",
   * "Pöytäkirjantarkastajat"; Arabic has a dual), {@link Label#PRESENTERS} ("Presenter",
   * "Presenters"), {@link Label#NOTE_TAKERS}, {@link Label#SECRETARY} and {@link Label#ABSENT};
   * every other label is {@link #text(Label)} for any number.
   *
   * @param label which text
   * @param count how many people it names, such as the members of a reservation
   * @return the text for that number; never null
   * @throws NullPointerException if {@code label} is null
   * @throws IllegalArgumentException if {@code count} is negative
   * @since 0.3.0
   */
  public String text(Label label, int count) {
    Objects.requireNonNull(label, "label");
    if (count < 0) {
      throw new IllegalArgumentException(
          "A count of people cannot be negative, but was " + count + " for " + label);
    }
    if (count == 0 || count > FORMS.size() || !COUNTED.contains(label)) {
      return text(label);
    }
    return require(label.name() + FORMS.get(count - 1));
  }

  /**
   * Whether a key is the form of a counted label for one or two ({@code RESERVED.one}); its
   * general form is the key without the suffix.
   */
  static Optional<String> generalForm(String key) {
    for (String form : FORMS) {
      if (key.endsWith(form)) {
        String label = key.substring(0, key.length() - form.length());
        return COUNTED.stream().anyMatch(c -> c.name().equals(label))
            ? Optional.of(label)
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * A label whose text is a phrase, with its parts put in: {@code {0}} is the first part, {@code
   * {1}} the second.
   *
   * @param label the label, such as {@link Label#VOTE_RESULT}
   * @param parts the parts, such as "7", "4", "0"
   * @return such as "Omröstningsresultat: 7 ja, 4 nej, 0 avstår."
   * @throws NullPointerException if the label or a part is null
   * @since 0.3.0
   */
  public String phrase(Label label, String... parts) {
    return filled(text(label), parts);
  }

  /**
   * A label whose text is a phrase about people, in the form that agrees with their number ({@link
   * #text(Label, int)}), with its parts put in.
   *
   * @param label the label, such as {@link Label#RESERVED}
   * @param count how many people {@code {0}} names
   * @param parts the parts, such as "Anna Ek, Bo Berg"
   * @return such as "Anna Ek, Bo Berg widersprachen dem Beschluss."
   * @throws NullPointerException if the label or a part is null
   * @throws IllegalArgumentException if {@code count} is negative
   * @since 0.3.0
   */
  public String phrase(Label label, int count, String... parts) {
    return filled(text(label, count), parts);
  }

  /** A phrase's pattern with its parts put in, none of which may be null. */
  private static String filled(String pattern, String... parts) {
    for (String part : parts) {
      Objects.requireNonNull(part, "part");
    }
    return format(pattern, parts);
  }

  /**
   * The name of a role in the body that meets.
   *
   * @param role the role
   * @return such as "tjänstgörande ersättare" or "member", in lower case as in running text
   * @since 0.3.0
   */
  public String memberRole(MemberRole role) {
    return require("member." + role.name());
  }

  /**
   * The name of a kind of proposal.
   *
   * @param kind the kind
   * @return such as "bifall" or "amendment"
   * @since 0.3.0
   */
  public String proposalKind(ProposalKind kind) {
    return require("proposal." + kind.name());
  }

  /**
   * A member's vote as a roll call shows it.
   *
   * @param choice the vote
   * @return such as "Ja", "Nej", "Avstår"
   * @since 0.3.0
   */
  public String voteChoice(VoteChoice choice) {
    return require("choice." + choice.name());
  }

  /**
   * How a vote was taken.
   *
   * @param method the method
   * @return such as "Öppen omröstning" or "Sluten omröstning"
   * @since 0.3.0
   */
  public String voteMethod(VoteMethod method) {
    return require("method." + method.name());
  }

  /**
   * A span of time within a day, such as an adjournment.
   *
   * @param start when it began
   * @param end when it ended
   * @return such as "kl. 10.15–10.30" or "10:15–10:30", with an en dash
   * @since 0.3.0
   */
  public String timeRange(LocalTime start, LocalTime end) {
    return format(require("time.range"), time(start), time(end));
  }

  /**
   * When something happened during the meeting, such as a member's arrival.
   *
   * @param moment the moment
   * @return such as "under § 45", "kl. 14.30" or "kl. 14.30 under § 45"
   * @since 0.3.0
   */
  public String moment(Moment moment) {
    Optional<String> time = moment.time().map(this::time);
    if (moment.paragraph().isPresent() && time.isPresent()) {
      return format(text(Label.AT_PARAGRAPH_AND_TIME), moment.paragraph().get(), time.get());
    }
    return moment
        .paragraph()
        .map(paragraph -> format(text(Label.AT_PARAGRAPH), paragraph))
        .orElseGet(() -> format(text(Label.AT_TIME), time.orElse("")));
  }

  /**
   * When the body meets next, as {@link #when(Session)} writes a session.
   *
   * @param next the next meeting
   * @return such as "11 december 2026 kl. 18.00", or the date alone when no time is set
   * @since 0.3.0
   */
  public String when(NextMeeting next) {
    String day = date(next.date());
    return next.start().map(start -> format(require("session.start"), day, time(start))).orElse(day);
  }

  /**
   * Where the body meets next, as {@link #where(Session)} writes a venue.
   *
   * @param next the next meeting
   * @return such as "Kommunhuset, Storgatan 1, Halmstad"; empty if no venue is set
   * @since 0.3.0
   */
  public Optional<String> where(NextMeeting next) {
    return next.venue().map(this::venue);
  }

  /**
   * The name of a kind of document.
   *
   * @param kind the kind
   * @return such as "Minnesanteckningar"
   */
  public String documentKind(DocumentKind kind) {
    return require("kind." + kind.name());
  }

  /**
   * The default label of a kind of link.
   *
   * @param kind the kind
   * @return such as "Länk till bilder"
   */
  public String linkKind(LinkKind kind) {
    return require("link." + kind.name());
  }

  /**
   * How a participant list names an affiliation: a network's code, or a role's name.
   *
   * @param affiliation the affiliation
   * @return such as "NUH" or "Gäst"
   */
  public String affiliation(Affiliation affiliation) {
    if (affiliation instanceof Affiliation.NetworkMember) {
      return ((Affiliation.NetworkMember) affiliation).networkCode();
    }
    return require("role." + ((Affiliation.Role) affiliation).name());
  }

  /**
   * The heading a participant list is shown under: its own, or the label {@link Label#PARTICIPANTS}
   * of this language when it has none. Every exporter shows this.
   *
   * @param list the participant list
   * @return such as "Deltagarförteckning 28/4", or "Deltagarförteckning" for a list without a
   *     heading; never null
   * @since 0.2.0
   */
  public String participantsHeading(ParticipantList list) {
    return list.heading().orElseGet(() -> text(Label.PARTICIPANTS));
  }

  /**
   * A date the way the language writes it in running text.
   *
   * @param date the date
   * @return such as "2 juni 2022" or "2 June 2022"
   */
  public String date(LocalDate date) {
    return dateFormat.format(date);
  }

  /**
   * A time of day, as every phrase with a time writes it ({@link #when(Session)}, {@link
   * #timeRange}, {@link #moment}, {@link #when(NextMeeting)}). A time that is not a whole minute is
   * written with its seconds, in the style of the language's pattern ("23.59.59", "11:59:59 PM");
   * a fraction of a second is dropped, not rounded. Before 0.3.0 the seconds were dropped too.
   *
   * @param time the time
   * @return such as "10.00" (Swedish), "10:00" (English), "10:00 AM" ({@code en-US}) or
   *     "10.00.30" (Swedish, 30 seconds past ten)
   */
  public String time(LocalTime time) {
    return (TimeOfDay.secondsShown(time) ? secondsFormat : timeFormat).format(time);
  }

  /**
   * When a session sat.
   *
   * @param session the session
   * @return such as "2 juni 2022 kl. 10.00–15.00", with an en dash; "2 juni 2022 kl. 10.00"
   *     when only the start was recorded, and the date alone when no time was
   */
  public String when(Session session) {
    String day = date(session.date());
    if (session.start().isEmpty()) {
      return day;
    }
    String start = time(session.start().get());
    return session
        .end()
        .map(end -> format(require("session"), day, start, time(end)))
        .orElseGet(() -> format(require("session.start"), day, start));
  }

  /**
   * Where a session sat, if the minutes say.
   *
   * @param session the session
   * @return such as "SKR's lokaler, Hornsgatan 20, Stockholm, och digitalt"; empty if the session
   *     has neither a venue nor remote participation
   */
  public Optional<String> where(Session session) {
    Optional<String> venue = session.venue().map(this::venue);
    if (!session.online()) {
      return venue;
    }
    String online = text(Label.ONLINE);
    return Optional.of(
        venue
            .map(v -> format(require("place.with.online"), v, online))
            .orElse(capitalise(online)));
  }

  private String venue(Venue venue) {
    return join(venueParts(venue));
  }

  /**
   * The parts of a venue that {@link #where(Session)} joins: its name, street and city, those the
   * minutes give.
   *
   * @param venue the venue
   * @return the parts, in that order; never null
   * @since 0.3.0
   */
  public static List<String> venueParts(Venue venue) {
    List<String> parts = new ArrayList<>(3);
    parts.add(venue.name());
    venue.street().ifPresent(parts::add);
    venue.city().ifPresent(parts::add);
    return List.copyOf(parts);
  }

  /**
   * How many took part, as a sentence.
   *
   * @param attendance the attendance
   * @return such as "Ca 10 personer deltog på plats och 13 personer på distans."; empty if no
   *     number is recorded
   */
  public Optional<String> attendance(Attendance attendance) {
    Optional<String> onSite = attendance.onSite().map(this::count);
    Optional<String> remote = attendance.remote().map(this::count);
    String sentence;
    if (onSite.isPresent() && remote.isPresent()) {
      sentence = format(require("attendance.both"), onSite.get(), remote.get());
    } else if (onSite.isPresent()) {
      sentence = format(require("attendance.onSite"), onSite.get());
    } else if (remote.isPresent()) {
      sentence = format(require("attendance.remote"), remote.get());
    } else {
      return Optional.empty();
    }
    return Optional.of(capitalise(sentence));
  }

  /**
   * A number of people. An approximate count of 0 is written as 0, not "about 0", which says no
   * more than 0 and reads as an error; the model keeps it approximate.
   *
   * @param count the count
   * @return such as "ca 10 personer" or "13 personer"
   */
  public String count(HeadCount count) {
    String key = count.approximate() && count.count() > 0 ? "count.approximate" : "count.exact";
    if (count.count() == 1) {
      return require(key + ".one");
    }
    return format(require(key), number(count.count()));
  }

  /**
   * A number as these labels write numbers: with Western digits, or with a language's native
   * digits when its tag asks for them ({@link #digits()}).
   *
   * @param number the number
   * @return such as "13", or "١٣" for {@code ar-u-nu-arab}
   * @since 0.3.0
   */
  public String number(long number) {
    return digits(Long.toString(number), digits);
  }

  /**
   * The digits of dates, times, counts and page numbers: a language's native digits when the
   * language tag asks for them with the Unicode extension {@code nu} ({@code ar-u-nu-arab} for
   * Arabic-Indic, {@code fa-u-nu-arabext} for Persian digits), otherwise Western digits (0-9),
   * also for Arabic. Only what these labels write changes: dates, times, counts, the digits of
   * the label texts (but not of texts a caller {@linkplain #withOverrides overrides}), and what
   * exporters number with {@link #number(long)}. Text of the minutes is never changed, nor are
   * paragraph numbers, written ("§ 117") or counted ("§ n" from {@link
   * io.github.minutes4j.core.Minutes#itemNumbers()}): they are names that other text refers to
   * ("under § 45") and extracts are chosen by. The extension is taken from the language the
   * labels were asked for ({@link LabelResolution#requested()}: the export options' language if
   * set, else the minutes'), even when the labels come from a fallback language.
   *
   * @return the digits; {@link DecimalStyle#STANDARD} unless the tag asks for others; never null
   * @since 0.3.0
   */
  public DecimalStyle digits() {
    return digits;
  }

  /**
   * The separator between the parts of a list in running text, such as the people who reserved
   * themselves or the parts of an address.
   *
   * @return such as ", ", or "، " (U+060C) in Arabic; never null
   * @since 0.3.0
   */
  public String listSeparator() {
    return require("separator.list");
  }

  /**
   * The separator between groups whose parts may themselves be lists, such as sessions or the
   * attachments an item refers to.
   *
   * @return such as "; ", or "؛ " (U+061B) in Arabic; never null
   * @since 0.3.0
   */
  public String groupSeparator() {
    return require("separator.group");
  }

  /**
   * The separator between a label and its value, as in "Diarienummer: KS 2026/117".
   *
   * @return such as ": "; never null
   * @since 0.3.0
   */
  public String labelSeparator() {
    return require("separator.label");
  }

  /**
   * Parts joined with the {@linkplain #listSeparator() list separator}.
   *
   * @param parts the parts
   * @return such as "Anna Ek, Bo Berg"; empty for no parts
   * @throws NullPointerException if the list or a part is null
   * @since 0.3.0
   */
  public String join(List<String> parts) {
    return String.join(listSeparator(), parts);
  }

  /**
   * A person in one line: name, role and organisation, those the minutes give.
   *
   * @param person the person
   * @return such as "Linda Persson Melin, handläggare, SKR", joined with the {@linkplain
   *     #listSeparator() list separator}
   */
  public String person(Person person) {
    List<String> parts = new ArrayList<>(3);
    person.name().ifPresent(parts::add);
    person.role().ifPresent(parts::add);
    person.organisation().ifPresent(parts::add);
    return join(parts);
  }

  private String require(String key) {
    return texts.get(key);
  }

  /**
   * The pattern with each placeholder {@code {n}} replaced by its argument, in one pass over the
   * pattern: an argument is often the minutes' own text (a venue, a name, an item's number), and a
   * "{1}" in it is text to print, not a placeholder to fill. A placeholder without an argument
   * stays as it is.
   */
  private static String format(String pattern, String... arguments) {
    StringBuilder result = new StringBuilder(pattern.length() + 64);
    int copied = 0;
    Matcher placeholder = LabelSets.PLACEHOLDER.matcher(pattern);
    while (placeholder.find()) {
      String digits = placeholder.group(1);
      int index = digits.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(digits);
      if (index < arguments.length) {
        result.append(pattern, copied, placeholder.start()).append(arguments[index]);
        copied = placeholder.end();
      }
    }
    return result.append(pattern, copied, pattern.length()).toString();
  }

  private String capitalise(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(language.locale()) + text.substring(1);
  }
}
