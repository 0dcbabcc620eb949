package io.github.minutes4j.integration;

import io.github.minutes4j.core.ActionItem;
import io.github.minutes4j.core.Adjournment;
import io.github.minutes4j.core.Adjustment;
import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attachment;
import io.github.minutes4j.core.Attendance;
import io.github.minutes4j.core.Attendee;
import io.github.minutes4j.core.Ballot;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.ConflictOfInterest;
import io.github.minutes4j.core.Decision;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.HeadCount;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Link;
import io.github.minutes4j.core.LinkKind;
import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.MemberRole;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Moment;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.NextMeeting;
import io.github.minutes4j.core.Notice;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Proposal;
import io.github.minutes4j.core.ProposalKind;
import io.github.minutes4j.core.ProtocolNote;
import io.github.minutes4j.core.Reservation;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Tally;
import io.github.minutes4j.core.Venue;
import io.github.minutes4j.core.Vote;
import io.github.minutes4j.core.VoteChoice;
import io.github.minutes4j.core.VoteMethod;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.Look;
import io.github.minutes4j.core.format.PageSize;
import io.github.minutes4j.core.text.LabelOptions;
import io.github.minutes4j.core.text.LabelSets;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.core.validation.Text;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries for every type of the model, and for whole, valid {@link Minutes}.
 *
 * <p>Text is drawn from broad ranges of code points (ASCII, Latin, Greek, Cyrillic, combining
 * marks, Hebrew and Arabic, CJK, emoji, the whole BMP and all astral planes, white space,
 * zero-width and direction marks), and now and then a character the model forbids; each string is
 * then kept only if {@link MinutesValidator} accepts it in a field of its kind. So the generated
 * text is "any text that passes validation", not a hand-picked subset, and the filter itself is
 * exercised.
 *
 * <p>The validator refuses Unicode noncharacters and Private Use Area characters; the broad ranges
 * skip them, so that the filter does not throw most long strings away, and a few of them are among
 * the forbidden characters mixed in. Dates have years from 1 to 9999, the model's range, with now
 * and then one outside it.
 */
final class MinutesArbitraries {

  private static final MinutesValidator VALIDATOR = MinutesValidator.shared();

  /** Sizes of the ordinary documents; the "huge" variants go well beyond them. */
  private static final int MAX_SHORT_CODE_POINTS = 40;

  private static final Minutes PROBE =
      Minutes.builder(
              Language.ENGLISH, Organiser.of("o"), DocumentKind.MEETING_NOTES, "t", LocalDate.EPOCH)
          .addSession(Session.on(LocalDate.EPOCH, LocalTime.NOON, LocalTime.MAX).build())
          .build();

  private MinutesArbitraries() {}

  // ------------------------------------------------------------------ characters and text

  /** Whether a code point is a Unicode noncharacter. */
  static boolean isNoncharacter(int codePoint) {
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
  }

  /** Whether a code point is in a Private Use Area. */
  static boolean isPrivateUse(int codePoint) {
    return Character.getType(codePoint) == Character.PRIVATE_USE;
  }

  /**
   * The ranges code points are drawn from, as {first, last, weight}: ASCII, Latin, Greek,
   * Cyrillic, combining marks, Hebrew, Arabic, CJK, emoji, all astral planes and the whole BMP.
   */
  private static final int[][] RANGES = {
    {0x20, 0x7E, 30},
    {0xA0, 0x24F, 10},
    {0x370, 0x3FF, 5},
    {0x400, 0x4FF, 5},
    {0x300, 0x36F, 5},
    {0x590, 0x5FF, 4},
    {0x600, 0x6FF, 4},
    {0x4E00, 0x9FFF, 3},
    {0x1F300, 0x1FAFF, 4},
    {0x10000, 0x10FFFF, 3},
    {0x80, 0xFFFF, 4},
  };

  /** White space, zero-width characters and direction marks the model allows. */
  private static final int[] SPECIAL = {
    0x20, 0xA0, 0x2002, 0x3000, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F, 0x061C,
    0xAD, 0x34F
  };

  /** Characters the validator refuses, so that the filter has something to do. */
  private static final int[] FORBIDDEN = {
    0x00, 0x09, 0x0A, 0x1F, 0x7F, 0x85, 0x202A, 0x202E, 0x2066, 0x2069, 0x2028, 0xFFFE, 0xD800,
    0xDFFF, 0xFDD0, 0x10FFFF, 0xE000, 0xF0000
  };

  private static final int SPECIAL_WEIGHT = 3;
  private static final int FORBIDDEN_WEIGHT = 1;
  private static final int TOTAL_WEIGHT = totalWeight();

  private static int totalWeight() {
    int total = SPECIAL_WEIGHT + FORBIDDEN_WEIGHT;
    for (int[] range : RANGES) {
      total += range[2];
    }
    return total;
  }

  /** One code point from the weighted mix above. */
  static int codePoint(Random random) {
    while (true) {
      int pick = random.nextInt(TOTAL_WEIGHT);
      int c = -1;
      for (int[] range : RANGES) {
        if (pick < range[2]) {
          c = range[0] + random.nextInt(range[1] - range[0] + 1);
          break;
        }
        pick -= range[2];
      }
      if (c < 0) {
        return pick < SPECIAL_WEIGHT
            ? SPECIAL[random.nextInt(SPECIAL.length)]
            : FORBIDDEN[random.nextInt(FORBIDDEN.length)];
      }
      // Code points this JDK's Unicode does not assign yet are left out: the JDK cannot put
      // them in NFC (java.text.Normalizer treats them as inert), while the Nu checker, on a newer
      // Unicode, may know them as combining marks and warn (U+08CB, Unicode 14, on Java 17).
      if (!isNoncharacter(c) && !isPrivateUse(c) && Character.isDefined(c)) {
        return c;
      }
    }
  }

  /** A string of {@code min} to {@code max} code points from {@link #codePoint(Random)}. */
  static String randomText(Random random, int min, int max) {
    // Short strings are common: the length is the smaller of two uniform draws.
    int length = min + Math.min(random.nextInt(max - min + 1), random.nextInt(max - min + 1));
    StringBuilder text = new StringBuilder(length * 2);
    for (int i = 0; i < length; i++) {
      text.appendCodePoint(codePoint(random));
    }
    return text.toString();
  }

  /**
   * Strings of code points from the mix above, before any filtering. Generated directly from
   * jqwik's source of randomness, which is about ten times faster than a list of code points
   * would be; such strings do not shrink, the structure around them does.
   */
  static Arbitrary<String> rawText(int minCodePoints, int maxCodePoints) {
    return Arbitraries.randomValue(random -> randomText(random, minCodePoints, maxCodePoints));
  }

  /**
   * The rules of {@code @Text} as its documentation states them: not empty, not blank unless
   * allowed (blank: white space and characters that show nothing only), at most {@code max}
   * UTF-16 code units, and no unpaired surrogate, control character, bidirectional embedding,
   * override or isolate, line or paragraph separator, noncharacter or private-use character. A
   * quick first filter; {@link MinutesValidator} has the last word on every generated document,
   * and {@code GeneratorTest} checks that the two agree.
   */
  static boolean followsTextRules(String text, int max, boolean allowBlank) {
    if (text.isEmpty() || (!allowBlank && showsNothing(text)) || text.length() > max) {
      return false;
    }
    return text.codePoints()
        .noneMatch(
            c ->
                Character.getType(c) == Character.SURROGATE
                    || Character.getType(c) == Character.CONTROL
                    || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069)
                    || c == 0x2028
                    || c == 0x2029
                    || isNoncharacter(c)
                    || isPrivateUse(c));
  }

  /**
   * Whether a text shows nothing, as the documentation of {@code @Text} lists such characters:
   * white space (no-break spaces included), format characters other than the Arabic number signs
   * and their kin, the combining grapheme joiner, variation selectors, the Mongolian free
   * variation selectors, the Khmer inherent vowels and the Hangul fillers.
   */
  static boolean showsNothing(String text) {
    return text.codePoints()
        .allMatch(
            c ->
                Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || (Character.getType(c) == Character.FORMAT
                        && !(c >= 0x0600 && c <= 0x0605)
                        && c != 0x06DD
                        && c != 0x070F
                        && c != 0x0890
                        && c != 0x0891
                        && c != 0x08E2
                        && c != 0x110BD
                        && c != 0x110CD)
                    || c == 0x034F
                    || c == 0x115F
                    || c == 0x1160
                    || c == 0x17B4
                    || c == 0x17B5
                    || c == 0x3164
                    || c == 0xFFA0
                    || (c >= 0x180B && c <= 0x180F)
                    || (c >= 0xFE00 && c <= 0xFE0F)
                    || (c >= 0xE0100 && c <= 0xE01EF));
  }

  /** Whether the validator accepts the text as a title (a short {@code @Text}). */
  static boolean validShort(String text) {
    return VALIDATOR.validate(PROBE.toBuilder().title(text).build()).isEmpty();
  }

  /**
   * Whether the validator accepts the span, between two strong spans, where a blank plain span is
   * the space between them (a paragraph of blank spans alone shows nothing, and is refused).
   */
  static boolean validSpan(Inline span) {
    Minutes probe =
        PROBE.toBuilder()
            .addAgendaItem(
                AgendaItem.withHeading("h")
                    .addBlock(Block.paragraph(Inline.strong("a"), span, Inline.strong("b")))
                    .build())
            .build();
    return VALIDATOR.validate(probe).isEmpty();
  }

  /** Names, headings and labels: valid short text, up to 40 code points. */
  static Arbitrary<String> shortText() {
    return rawText(1, MAX_SHORT_CODE_POINTS).filter(t -> followsTextRules(t, Text.SHORT, false));
  }

  /** Running text for strong and emphasised spans; now and then a huge one. */
  static Arbitrary<String> spanText() {
    return Arbitraries.frequencyOf(
            Tuple.of(20, rawText(1, 120)),
            Tuple.of(1, huge()))
        .filter(t -> followsTextRules(t, Text.LONG, false));
  }

  /** Running text for plain spans, which may be white space only. */
  static Arbitrary<String> plainText() {
    return Arbitraries.frequencyOf(
            Tuple.of(20, rawText(1, 120)),
            Tuple.of(2, Arbitraries.of(" ", "  ", "\u2002", " \u3000 ")),
            Tuple.of(1, huge()))
        .filter(t -> followsTextRules(t, Text.LONG, true));
  }

  /**
   * A long text, 10,000 to 100,000 UTF-16 code units, the most a span may have: a generated
   * string repeated.
   */
  static Arbitrary<String> huge() {
    return Combinators.combine(rawText(1, 200), Arbitraries.integers().between(10_000, Text.LONG))
        .as(
            (unit, length) -> {
              StringBuilder text = new StringBuilder(length);
              while (text.length() + unit.length() <= length) {
                text.append(unit);
              }
              return text.length() == 0 ? unit : text.toString();
            });
  }

  // ------------------------------------------------------------------ links

  private static Arbitrary<String> fromChars(String chars, int min, int max) {
    return Arbitraries.strings().withChars(chars.toCharArray()).ofMinLength(min).ofMaxLength(max);
  }

  /** Absolute http, https and mailto addresses the validator accepts. */
  static Arbitrary<String> address() {
    String label = "abcdefghijklmnopqrstuvwxyz0123456789";
    Arbitrary<String> host =
        fromChars(label, 1, 12)
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(l -> String.join(".", l) + ".org");
    Arbitrary<String> segment =
        Arbitraries.oneOf(
            fromChars(label + "-._~!$&'()*+,;=:@", 0, 12),
            Arbitraries.of("%20", "%3Cscript%3E", "%C3%A5", "å", "ü", "日本", "😀", "a%2Fb"));
    Arbitrary<String> path =
        segment.list().ofMaxSize(4).map(l -> l.isEmpty() ? "" : "/" + String.join("/", l));
    Arbitrary<String> query =
        Arbitraries.of(
            "", "?a=1&b=2", "?q=%22x%22", "?x='1'&y=<2>".replace("<", "%3C").replace(">", "%3E"));
    Arbitrary<String> fragment = Arbitraries.of("", "#top", "#a-b");
    Arbitrary<String> web =
        Combinators.combine(
                Arbitraries.of("https", "http", "HTTPS"),
                Arbitraries.oneOf(host, Arbitraries.of("[2001:db8::1]", "192.0.2.1", "localhost")),
                Arbitraries.of("", ":8080", ":443"),
                path,
                query,
                fragment)
            .as((scheme, h, port, p, q, f) -> scheme + "://" + h + port + p + q + f);
    Arbitrary<String> mail =
        Combinators.combine(fromChars(label + "._+-", 1, 12), host)
            .as((local, h) -> "mailto:" + local + "@" + h);
    return Arbitraries.frequencyOf(Tuple.of(5, web), Tuple.of(1, mail));
  }

  static Arbitrary<LinkTarget> target() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(LinkTarget.placeholder())),
        Tuple.of(3, address().map(LinkTarget::of)));
  }

  static Arbitrary<Link> link() {
    return Combinators.combine(Arbitraries.of(LinkKind.class), shortText(), target()).as(Link::new);
  }

  // ------------------------------------------------------------------ spans and blocks

  static Arbitrary<Inline> span() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, plainText().map(Inline::plain)),
        Tuple.of(2, spanText().map(Inline::strong)),
        Tuple.of(2, spanText().map(Inline::emphasis)),
        Tuple.of(1, Combinators.combine(shortText(), target()).as(Inline::link)));
  }

  /** A paragraph of one to five spans, at least one of which shows something. */
  static Arbitrary<Block.Paragraph> paragraph() {
    return span()
        .list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .filter(spans -> !spans.stream().allMatch(span -> showsNothing(span.text())))
        .map(Block.Paragraph::new);
  }

  private static final List<Arbitrary<Block>> BLOCKS = new ArrayList<>();

  /** A block whose sub-sections nest at most {@code 3 - depth} more levels. */
  static synchronized Arbitrary<Block> block(int depth) {
    while (BLOCKS.size() <= Block.MAX_DEPTH) {
      BLOCKS.add(null);
    }
    if (BLOCKS.get(depth) == null) {
      BLOCKS.set(depth, createBlock(depth));
    }
    return BLOCKS.get(depth);
  }

  private static Arbitrary<Block> createBlock(int depth) {
    Arbitrary<Block> list =
        Combinators.combine(Arbitraries.of(true, false), paragraph().list().ofMinSize(1).ofMaxSize(4))
            .as(Block.ItemList::new);
    if (depth >= Block.MAX_DEPTH) {
      return Arbitraries.frequencyOf(Tuple.of(4, paragraph()), Tuple.of(1, list));
    }
    Arbitrary<Block> subsection =
        Combinators.combine(shortText(), block(depth + 1).list().ofMinSize(1).ofMaxSize(3))
            .as(Block.Subsection::new);
    return Arbitraries.frequencyOf(
        Tuple.of(4, paragraph()), Tuple.of(1, list), Tuple.of(1, subsection));
  }

  // ------------------------------------------------------------------ people and places

  static Arbitrary<Person> person() {
    return Combinators.combine(
            shortText().optional(0.8), shortText().optional(0.5), shortText().optional(0.4))
        .as(Person::new)
        .filter(p -> p.name().isPresent() || p.role().isPresent());
  }

  static Arbitrary<Venue> venue() {
    return Combinators.combine(shortText(), shortText().optional(0.7), shortText().optional(0.8))
        .as(Venue::new);
  }

  static Arbitrary<HeadCount> headCount() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 1_000_000),
            Arbitraries.of(true, false))
        .as(HeadCount::new);
  }

  static Arbitrary<LocalDate> date() {
    Arbitrary<LocalDate> outside =
        Arbitraries.of(
            LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 12, 31), LocalDate.of(10_000, 1, 1));
    return Arbitraries.frequencyOf(
        Tuple.of(46, dateInRange()),
        // Refused by the validator (years 1 to 9999 only), so that its filter has work.
        Tuple.of(1, outside));
  }

  /**
   * Dates the model accepts: mostly from 1900 to 2100, now and then any from the year 1 to 9999,
   * and the edges. The dates of formal minutes' parts are drawn from these alone, so that the
   * share of generated documents the validator refuses for a year stays as it was.
   */
  static Arbitrary<LocalDate> dateInRange() {
    Arbitrary<LocalDate> usual =
        Arbitraries.longs()
            .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    Arbitrary<LocalDate> any =
        Arbitraries.longs()
            .between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    return Arbitraries.frequencyOf(
        Tuple.of(40, usual),
        Tuple.of(4, any),
        Tuple.of(2, Arbitraries.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(2024, 2, 29))));
  }

  static Arbitrary<LocalTime> time() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60))),
        Tuple.of(1, Arbitraries.integers().between(0, 24 * 3600 - 1).map(LocalTime::ofSecondOfDay)),
        Tuple.of(1, Arbitraries.longs().between(0, LocalTime.MAX.toNanoOfDay()).map(LocalTime::ofNanoOfDay)));
  }

  /** Whether a session's times were recorded: both, the start alone, or neither. */
  private enum Times {
    BOTH,
    START,
    NONE
  }

  static Arbitrary<Session> session() {
    Arbitrary<List<Adjournment>> adjournments =
        Combinators.combine(time(), time())
            .as((a, b) -> new Adjournment(a.isBefore(b) ? a : b, a.isBefore(b) ? b : a))
            .list()
            .ofMaxSize(2);
    return Combinators.combine(
            date(),
            time(),
            time(),
            venue().optional(0.6),
            Arbitraries.of(true, false),
            Combinators.combine(headCount().optional(0.5), headCount().optional(0.5))
                .as(Attendance::new),
            Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(Times.BOTH)),
                Tuple.of(1, Arbitraries.just(Times.START)),
                Tuple.of(2, Arbitraries.just(Times.NONE))),
            Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(List.<Adjournment>of())), Tuple.of(1, adjournments)))
        .as(
            (date, a, b, venue, online, attendance, times, breaks) ->
                FormalParts.withinSession(
                    new Session(
                        date,
                        times == Times.NONE ? Optional.empty() : Optional.of(a.isBefore(b) ? a : b),
                        times == Times.BOTH ? Optional.of(a.isBefore(b) ? b : a) : Optional.empty(),
                        venue,
                        online,
                        attendance,
                        breaks)))
        .filter(s -> s.end().isEmpty() || s.end().get().isAfter(s.start().orElseThrow()));
  }

  /** An item of meeting notes, or now and then of formal minutes, with proposals, votes and more. */
  static Arbitrary<AgendaItem> agendaItem() {
    Arbitrary<AgendaItem> notes =
        Combinators.combine(
                shortText().optional(0.2),
                shortText(),
                person().list().ofMaxSize(3),
                block(0).list().ofMaxSize(4),
                link().list().ofMaxSize(3))
            .as(AgendaItem::new);
    return Arbitraries.frequencyOf(Tuple.of(3, notes), Tuple.of(2, formalItem()));
  }

  // ------------------------------------------------------------------ formal minutes

  /**
   * A short id a part is referred to by: usually a letter or two as minutes write them, now and
   * then any short text. The references between parts are made to hold afterwards, by {@link
   * FormalParts#consistent(Minutes)}.
   */
  static Arbitrary<String> id() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of("A", "B", "C", "D", "d1", "d2", "1", "2", "3")),
        Tuple.of(1, shortText()));
  }

  static Arbitrary<Proposal> proposal() {
    return Combinators.combine(
            id().optional(0.9),
            person().list().ofMinSize(1).ofMaxSize(2),
            Arbitraries.of(ProposalKind.class),
            shortText())
        .as(Proposal::new);
  }

  static Arbitrary<Vote> vote() {
    Arbitrary<Tally> tally =
        Combinators.combine(
                Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 10))
            .as(Tally::new);
    return Combinators.combine(
            id().optional(0.9),
            id().optional(0.9),
            Arbitraries.of(VoteMethod.class),
            Combinators.combine(person(), Arbitraries.of(VoteChoice.class))
                .as(Ballot::new)
                .list()
                .ofMaxSize(7),
            tally)
        .as(Vote::new);
  }

  static Arbitrary<Decision> decision() {
    return Combinators.combine(id().optional(0.5), shortText(), shortText().list().ofMaxSize(3))
        .as(Decision::new);
  }

  static Arbitrary<Reservation> reservation() {
    return Combinators.combine(
            person().list().ofMinSize(1).ofMaxSize(2), id().optional(0.7), shortText().optional(0.5))
        .as(Reservation::new);
  }

  static Arbitrary<ActionItem> action() {
    return Combinators.combine(shortText(), person().list().ofMaxSize(2), dateInRange().optional(0.6))
        .as(ActionItem::new);
  }

  /** An item of formal minutes: every part of one drawn freely, now and then. */
  static Arbitrary<AgendaItem> formalItem() {
    Arbitrary<List<ConflictOfInterest>> conflicts =
        Combinators.combine(person(), shortText().optional(0.5))
            .as(ConflictOfInterest::new)
            .list()
            .ofMaxSize(2);
    Arbitrary<List<ProtocolNote>> notes =
        Combinators.combine(person().list().ofMinSize(1).ofMaxSize(2), shortText())
            .as(ProtocolNote::new)
            .list()
            .ofMaxSize(2);
    return Combinators.combine(
            Combinators.combine(
                    shortText().optional(0.3),
                    shortText(),
                    person().list().ofMaxSize(2),
                    block(0).list().ofMaxSize(2),
                    link().list().ofMaxSize(1),
                    shortText().optional(0.4))
                .as(Tuple::of),
            Combinators.combine(
                    conflicts,
                    proposal().list().ofMaxSize(3),
                    id().list().ofMaxSize(3),
                    vote().list().ofMaxSize(2),
                    decision().list().ofMaxSize(3),
                    reservation().list().ofMaxSize(2))
                .as(Tuple::of),
            Combinators.combine(
                    notes,
                    action().list().ofMaxSize(2),
                    id().list().ofMaxSize(2),
                    shortText().list().ofMaxSize(2),
                    Arbitraries.of(true, false))
                .as(Tuple::of))
        .as(
            (base, proceedings, rest) ->
                new AgendaItem(
                    base.get1(),
                    base.get2(),
                    base.get3(),
                    base.get4(),
                    base.get5(),
                    base.get6(),
                    proceedings.get1(),
                    proceedings.get2(),
                    proceedings.get3(),
                    proceedings.get4(),
                    proceedings.get5(),
                    proceedings.get6(),
                    rest.get1(),
                    rest.get2(),
                    rest.get3(),
                    rest.get4(),
                    rest.get5()));
  }

  /**
   * An attendee with a name; a moment's paragraph is a placeholder "#n" for the n-th item, which
   * {@link FormalParts#consistent(Minutes)} replaces by that item's shown number.
   */
  static Arbitrary<Attendee> attendee() {
    Arbitrary<Moment> moment =
        Combinators.combine(
                Arbitraries.integers().between(0, 39).map(i -> "#" + i).optional(0.7),
                time().optional(0.5))
            .as(Moment::new);
    Arbitrary<Person> named =
        Combinators.combine(shortText(), shortText().optional(0.3), shortText().optional(0.3))
            .as((name, role, organisation) -> new Person(Optional.of(name), role, organisation));
    return Combinators.combine(
            named,
            Arbitraries.of(MemberRole.class),
            shortText().optional(0.5),
            Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(true)), Tuple.of(1, Arbitraries.just(false))),
            moment.optional(0.15),
            moment.optional(0.15))
        .as(
            (person, role, group, present, arrived, left) ->
                new Attendee(person, role, group, Optional.empty(), present, arrived, left));
  }

  /** The parts of formal minutes, drawn freely; most minutes have none of them. */
  private record Formal(
      Optional<Integer> firstParagraph,
      Optional<Person> chair,
      List<Person> adjusters,
      List<Attendee> attendees,
      List<Attachment> attachments,
      Optional<Adjustment> adjustment,
      Optional<Notice> notice,
      Optional<NextMeeting> nextMeeting) {

    static final Formal NONE =
        new Formal(
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
  }

  private static Arbitrary<Formal> formal() {
    Arbitrary<Formal> some =
        Combinators.combine(
                Arbitraries.frequencyOf(
                        Tuple.of(5, Arbitraries.integers().between(1, 400)),
                        Tuple.of(1, Arbitraries.integers().between(1, 1_000_000)))
                    .optional(0.5),
                person().optional(0.6),
                person().list().ofMaxSize(2),
                Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.just(List.<Attendee>of())),
                    Tuple.of(3, attendee().list().ofMaxSize(10)),
                    Tuple.of(1, attendee().list().ofMinSize(30).ofMaxSize(60))),
                Combinators.combine(id(), shortText(), shortText().optional(0.5))
                    .as(Attachment::new)
                    .list()
                    .ofMaxSize(3),
                Combinators.combine(shortText(), dateInRange()).as(Adjustment::new).optional(0.5),
                Combinators.combine(dateInRange(), dateInRange(), shortText(), person().optional(0.5))
                    .as((posted, removed, storedAt, by) -> new Notice(posted, removed, storedAt, by))
                    .optional(0.4),
                Combinators.combine(dateInRange(), time().optional(0.5), venue().optional(0.5))
                    .as(NextMeeting::new)
                    .optional(0.4))
            .as(Formal::new);
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Formal.NONE)), Tuple.of(1, some));
  }

  // ------------------------------------------------------------------ the organiser and list

  static Arbitrary<String> networkCode() {
    return Arbitraries.frequencyOf(
            Tuple.of(3, fromChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2, 5)), Tuple.of(1, rawText(1, 16)))
        .filter(
            code ->
                code.matches("[\\p{L}\\p{N}-]{1,16}") && followsTextRules(code, Text.SHORT, false));
  }

  static Arbitrary<Organiser> organiser() {
    Arbitrary<List<Network>> networks =
        Combinators.combine(networkCode(), shortText())
            .as(Network::new)
            .list()
            .ofMaxSize(4)
            .uniqueElements(Network::code);
    return Combinators.combine(shortText(), networks).as(Organiser::new);
  }

  /**
   * A participant whose network, if any, is given by a number; {@link #declared} turns it into
   * the code of one of the organiser's networks. (Generating the organiser first and the list
   * from it, with flatMap, would build new generators on every try, which is slow.)
   */
  static Arbitrary<Participant> participant() {
    Arbitrary<Affiliation> affiliation =
        Arbitraries.oneOf(
            Arbitraries.of(Affiliation.Role.class).map(r -> (Affiliation) r),
            Arbitraries.integers().between(0, 99).map(i -> Affiliation.member("#" + i)));
    return Combinators.combine(
            shortText(), affiliation, shortText().optional(0.6), target().optional(0.3))
        .as(Participant::new);
  }

  static Arbitrary<ParticipantList> participants() {
    Arbitrary<List<Participant>> usual = participant().list().ofMaxSize(6);
    Arbitrary<List<Participant>> huge = participant().list().ofMinSize(200).ofMaxSize(600);
    return Combinators.combine(
            shortText().optional(0.7),
            Arbitraries.frequencyOf(Tuple.of(30, usual), Tuple.of(1, huge)))
        .as(ParticipantList::new);
  }

  /** The list with each numbered network replaced by a declared one, or by a role if none is. */
  private static ParticipantList declared(ParticipantList list, Organiser organiser) {
    List<Participant> entries = new ArrayList<>();
    for (Participant p : list.entries()) {
      Affiliation affiliation = p.affiliation();
      if (affiliation instanceof Affiliation.NetworkMember) {
        int index = Integer.parseInt(((Affiliation.NetworkMember) affiliation).networkCode().substring(1));
        List<Network> networks = organiser.networks();
        affiliation =
            networks.isEmpty()
                ? Affiliation.Role.values()[index % Affiliation.Role.values().length]
                : Affiliation.member(networks.get(index % networks.size()).code());
      }
      entries.add(new Participant(p.name(), affiliation, p.organisation(), p.link()));
    }
    return new ParticipantList(list.heading(), entries);
  }

  // ------------------------------------------------------------------ minutes and options

  private static final Arbitrary<Minutes> UNCHECKED = createMinutes();
  private static final Arbitrary<Minutes> MINUTES =
      UNCHECKED.filter(m -> VALIDATOR.validate(m).isEmpty());

  /**
   * Valid minutes of any shape the model allows, with the sizes described above: {@link
   * #unchecked()}, kept only when {@link MinutesValidator} accepts them.
   */
  static Arbitrary<Minutes> minutes() {
    return MINUTES;
  }

  /** Minutes as generated, before validation; nearly all are valid. */
  static Arbitrary<Minutes> unchecked() {
    return UNCHECKED;
  }

  private static Arbitrary<Minutes> createMinutes() {
    Arbitrary<List<AgendaItem>> agenda =
        Arbitraries.frequencyOf(
            Tuple.of(30, agendaItem().list().ofMaxSize(4)),
            Tuple.of(1, agendaItem().list().ofMinSize(20).ofMaxSize(40)));
    return Combinators.combine(
            language(),
            organiser(),
            Arbitraries.of(DocumentKind.class),
            date(),
            shortText(),
            session().list().ofMinSize(1).ofMaxSize(3),
            agenda,
            Combinators.combine(person().list().ofMaxSize(3), participants().optional(0.6), formal())
                .as(Tuple::of))
        .as(
            (language, organiser, kind, date, title, sessions, items, people) ->
                FormalParts.consistent(
                    new Minutes(
                        language,
                        organiser,
                        kind,
                        date,
                        title,
                        sessions,
                        items,
                        people.get1(),
                        people.get2().map(list -> declared(list, organiser)),
                        people.get3().firstParagraph(),
                        people.get3().chair(),
                        people.get3().adjusters(),
                        people.get3().attendees(),
                        people.get3().attachments(),
                        people.get3().adjustment(),
                        people.get3().notice(),
                        people.get3().nextMeeting())));
  }

  /** Any export options. */
  static Arbitrary<ExportOptions> options() {
    return Combinators.combine(
            language().optional(0.5),
            Arbitraries.of(true, false),
            Arbitraries.of(PageSize.class),
            language())
        .as(
            (language, participants, pageSize, fallback) ->
                new ExportOptions(
                    language,
                    participants,
                    pageSize,
                    Look.plain(),
                    LabelOptions.defaults().withFallback(fallback)));
  }

  /** A shipped language, a regional tag of one, or a language without labels. */
  private static Arbitrary<Language> language() {
    List<Language> languages = new ArrayList<>(LabelSets.shipped());
    languages.add(Language.ofTag("sv-SE"));
    languages.add(Language.ofTag("no"));
    languages.add(Language.ofTag("is"));
    return Arbitraries.of(languages);
  }
}
