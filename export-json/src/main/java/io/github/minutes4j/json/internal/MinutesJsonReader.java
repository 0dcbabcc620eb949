package io.github.minutes4j.json.internal;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attendance;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.HeadCount;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Link;
import io.github.minutes4j.core.LinkKind;
import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Venue;
import io.github.minutes4j.core.spi.MinutesReadException;
import io.github.minutes4j.core.spi.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Reads one document of format {@code minutes4j/1} from a stream of tokens, by hand, so that every
 * problem is reported with its JSON Pointer, line and column, and a way to fix it.
 *
 * <p>The reader is recursive, but never deeper than the parser's nesting limit ({@value
 * JsonFormat#MAX_NESTING_DEPTH}), which stops hostile input first. One instance reads one
 * document; {@link #read} creates it.
 */
public final class MinutesJsonReader {

  private static final Pattern DATE =
      Pattern.compile("(?:[0-9]{4}|[+-][0-9]{4,9})-[0-9]{2}-[0-9]{2}");
  private static final Pattern TIME =
      Pattern.compile("(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?");
  private static final int MAX_QUOTED = 60;
  private static final List<String> BLOCK_TYPES = List.of("paragraph", "subsection", "list");
  private static final List<String> SPAN_TYPES = List.of("plain", "strong", "emphasis", "link");
  private static final Pattern SOURCE_IN_PARENTHESES =
      Pattern.compile(
          "\\s*\\((?:start marker at |for [A-Za-z]+ starting at )?\\[Source:[^\\]]*\\]\\)");

  private final JsonParser parser;
  private final List<Object> path = new ArrayList<>();

  /**
   * Whether the parser failed while it read ahead to the value of a property whose name it had
   * just read; Jackson does so for numbers (and the white space before them).
   */
  private boolean valueAhead;

  private MinutesJsonReader(JsonParser parser) {
    this.parser = parser;
  }

  /**
   * Reads minutes, without validating them.
   *
   * @param in the input; read to its end, not closed
   * @return the minutes as the input gives them
   * @throws MinutesReadException if the input is not a well-formed document of this format
   * @throws IOException if reading from {@code in} fails
   */
  public static Minutes read(InputStream in) throws IOException {
    RecordedInput recorded = new RecordedInput(in);
    Minutes minutes = readIfStrictUtf8(recorded);
    return minutes != null ? minutes : readChecked(recorded.replay());
  }

  /**
   * The quick path, for input that is all it should be: Jackson's byte parser reads the bytes as
   * they come, which is several times faster than decoding them into characters for the character
   * parser, while {@link RecordedInput} checks that they are strict UTF-8 and keeps a copy. Strict
   * UTF-8 stands for the same characters either way, so the two parsers give the same tokens and
   * the same minutes. For any problem at all (not UTF-8, a UTF-16 or UTF-32 start, a syntax
   * error, a limit, a rule of the format, a failing stream) it gives up and returns null, and
   * {@link #readChecked} reads the input again from its start, to report the problem with its
   * line and column in characters exactly as it always has. Each parser stops at the first
   * problem, so hostile input is read no further than before.
   *
   * @param input the input
   * @return the minutes, or null if the input has a problem
   */
  private static Minutes readIfStrictUtf8(RecordedInput input) {
    JsonParser parser = null;
    try {
      byte[] head = input.readNBytes(7);
      int start = Utf8Input.byteOrderMarkLength(head);
      if (start < 0 || !isPlainUtf8Start(head, start)) {
        return null;
      }
      InputStream rest =
          new SequenceInputStream(
              new ByteArrayInputStream(head, start, head.length - start), input);
      parser = JsonFormat.FACTORY.createParser(ObjectReadContext.empty(), rest);
      return new MinutesJsonReader(parser).document();
    } catch (RuntimeException | IOException e) {
      return null;
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (JacksonException e) {
          // Closing releases buffers only.
        }
      }
    }
  }

  /**
   * Whether the bytes the byte parser would start with leave it nothing to detect: Jackson looks
   * at the first four bytes for a byte order mark (it would skip a second UTF-8 mark, which the
   * checked path refuses as a character where the document belongs) and for zero bytes (it would
   * read UTF-16 or UTF-32). A document in UTF-8 has neither.
   */
  private static boolean isPlainUtf8Start(byte[] head, int start) {
    for (int i = start; i < Math.min(head.length, start + 4); i++) {
      int b = head[i] & 0xFF;
      if (b == 0 || b == 0xEF || b == 0xFE || b == 0xFF) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads through {@link Utf8Input}, which reports every problem, encoding problems included,
   * with its line and column.
   */
  static Minutes readChecked(InputStream in) throws IOException {
    Utf8Input input = new Utf8Input(in);
    JsonParser parser;
    try {
      parser = JsonFormat.FACTORY.createParser(ObjectReadContext.empty(), input);
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot create a JSON parser", e);
    }
    MinutesJsonReader reader = new MinutesJsonReader(parser);
    try {
      return reader.document();
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof Utf8Input.EncodingProblem) {
        throw reader.encoding((Utf8Input.EncodingProblem) e.getCause());
      }
      throw e.getCause();
    } catch (JacksonException e) {
      throw reader.translate(e);
    } finally {
      try {
        parser.close();
      } catch (JacksonException e) {
        // Closing releases buffers only; the stream is the caller's.
      }
    }
  }

  // ---------------------------------------------------------------- the objects of the format

  private Minutes document() {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw fail(
          here(),
          "the input is empty; a minutes4j document is a JSON object that starts with"
              + " {\"format\": \""
              + JsonFormat.VERSION
              + "\", ...");
    }
    if (token != JsonToken.START_OBJECT) {
      throw fail(
          tokenStart(),
          "expected the minutes as a JSON object that starts with {\"format\": \""
              + JsonFormat.VERSION
              + "\", ...}, but found "
              + found(token));
    }
    ObjectCursor object = new ObjectCursor(Shape.MINUTES);
    JsonToken first = parser.nextToken();
    if (first != JsonToken.PROPERTY_NAME || !"format".equals(parser.currentName())) {
      throw fail(
          tokenStart(),
          "a minutes4j document must start with the property \"format\": \""
              + JsonFormat.VERSION
              + "\", so that a reader knows the version before anything else; "
              + (first == JsonToken.END_OBJECT
                  ? "this object is empty"
                  : "add it before '" + quoted(parser.currentName()) + "'"));
    }
    object.accept("format");
    formatVersion();
    object.done();

    Language language = null;
    Organiser organiser = null;
    DocumentKind kind = null;
    LocalDate date = null;
    String title = null;
    List<Session> sessions = null;
    List<AgendaItem> agenda = null;
    List<Person> noteTakers = null;
    Optional<ParticipantList> participants = Optional.empty();
    for (int property; (property = object.next()) >= 0; object.done()) {
      switch (property) {
        case 1:
          language = language();
          break;
        case 2:
          organiser = organiser();
          break;
        case 3:
          kind = choice(JsonFormat.DOCUMENT_KINDS, "document kind");
          break;
        case 4:
          date = date();
          break;
        case 5:
          title = text();
          break;
        case 6:
          sessions = list(this::session);
          break;
        case 7:
          agenda = list(this::agendaItem);
          break;
        case 8:
          noteTakers = list(this::person);
          break;
        case 9:
          participants = Optional.of(participantList());
          break;
        default:
          throw unexpectedProperty(object, property);
      }
    }
    Minutes minutes =
        new Minutes(
            language, organiser, kind, date, title, sessions, agenda, noteTakers, participants);
    JsonToken trailing = parser.nextToken();
    if (trailing != null) {
      throw fail(
          tokenStart(),
          "found "
              + found(trailing)
              + " after the end of the minutes; a document holds exactly one JSON object, so"
              + " remove what follows its closing brace");
    }
    return minutes;
  }

  private void formatVersion() {
    String version = text();
    if (version.equals(JsonFormat.VERSION)) {
      return;
    }
    if (version.startsWith("minutes4j/")) {
      throw fail(
          tokenStart(),
          "the document is in format '"
              + quoted(version)
              + "', but this reader reads '"
              + JsonFormat.VERSION
              + "' only; read it with the minutes4j version that wrote it, or a newer one");
    }
    throw fail(
        tokenStart(),
        "'"
            + quoted(version)
            + "' is not a minutes4j format; a minutes4j document starts with \"format\": \""
            + JsonFormat.VERSION
            + "\"");
  }

  private Organiser organiser() {
    ObjectCursor object = new ObjectCursor(Shape.ORGANISER);
    String name = null;
    List<Network> networks = null;
    for (int property; (property = object.next()) >= 0; object.done()) {
      switch (property) {
        case 0:
          name = text();
          break;
        case 1:
          networks = list(this::network);
          break;
        default:
          throw unexpectedProperty(object, property);
      }
    }
    return new Organiser(name, networks);
  }

  private Network network() {
    ObjectCursor object = new ObjectCursor(Shape.NETWORK);
    String code = null;
    String name = null;
    for (int property; (property = object.next()) >= 0; object.done()) {
      switch (property) {
        case 0:
          code = text();
          break;
        case 1:
          name = text();
          break;
        default:
          throw unexpectedProperty(object, property);
      }
    }
    return new Network(code, name);
  }

  private Session session() {
    ObjectCursor object = new ObjectCursor(Shape.SESSION);
    LocalDate date = null;
    LocalTime start = null;
    LocalTime end = null;
    Optional<Venue> venue = Optional.empty();
    boolean online = false;
    Attendance attendance = null;
    for (int property; (property = object.next()) >= 0; object.done()) {
      switch (property) {
        case 0:
          date = date();
          break;
        case 1:
          start = time();
          break;
        case 2:
          end = time();
          break;
        case 3:
          venue = Optional.of(venue());
          break;
        case 4:
          online = bool();
          break;
        case 5:
          attendance = attendance();
          break;
        default:
          throw unexpectedProperty(object, property);
      }
    }
    return new Session(date, start, end, venue, online, attendance);
  }

  private Venue venue() {
    ObjectCursor object = new ObjectCursor(Shape.VENUE);
    String name = null;
    Optional<String> street = Optional.empty();
    String city = null;
    for (int property; (property = object.next()) >= 0; object.done()) {
      switch (property) {
        case 0:
          name = text();
          break;
        case 1:
          street = Optional.of(text());
          break;
        case 2:
          city = text();
          break;
        default:
          throw unexpectedProperty(object, property);
      }
    }
    return new Venue(name, street, city);
  }

  private Attendance attendance() {
    ObjectCursor object = new ObjectCursor(Shape.ATTENDANCE);
    Optional<HeadCount> onSite = Optional.empty();
    Optional<HeadCount> remote = Optional.empty();
    for (int property; (property = object.next()) >= 0; object.done()) {
      switch (property) {
        case 0:
          onSite = Optional.of(headCount());
          break;
        case 1:
          remote = Optional.of(headCount());
          break;
        default:
          throw unexpectedProperty(object, property);
      }
    }
    return new Attendance(onSite, remote);
  }

  private HeadCount headCount() {
    ObjectCursor object = new ObjectCursor(Shape.HEAD_COUNT);
    int count = 0;
    boolean approximate = false;
    for (int property; (property = object.next()) >= 0; object.done()) {
      switch (property) {
        case 0:
          count = integer();
          break;
        case 1:
          approximate = bool();
          break;
        default:
          throw unexpectedProperty(object, property);
      }
    }
    return new HeadCount(count, approximate);
  }

  private AgendaItem agendaItem() {
    ObjectCursor object = new ObjectCursor(Shape.AGENDA_ITEM);
    String heading = null;
    List<Person> presenters = null;
    List<Block> content = null;
    List<Link> links = null;
    for (int property; (property = object.next()) >= 0; object.done()) {
      switch (property) {
        case 0:
          heading = text();
          break;
        case 1:
          presenters = list(this::person);
          break;
        case 2:
          content = list(this::block);
          break;
        case 3:
          links = list(this::link);
          break;
        default:
          throw unexpectedProperty(object, property);
      }
    }
    return new AgendaItem(heading, presenters, content, links);
  }

  private Person person() {
    ObjectCursor object = new ObjectCursor(Shape.PERSON);
    Optional<String> name = Optional.empty();
    Optional<String> role = Optional.empty();
    Optional<String> organisation = Optional.empty();
    for (int property; (property = object.next()) >= 0; object.done()) {
      switch (property) {
        case 0:
          name = Optional.of(text());
          break;
        case 1:
          role = Optional.of(text());
          break;
        case 2:
          organisation = Optional.of(text());
          break;
        default:
          throw unexpectedProperty(object, property);
      }
    }
    return new Person(name, role, organisation);
  }

  private Block block() {
    Typed typed = discriminator("block", BLOCK_TYPES);
    switch (typed.type()) {
      case "paragraph":
        return paragraph(new ObjectCursor(Shape.PARAGRAPH, typed.start()));
      case "subsection":
        return subsection(new ObjectCursor(Shape.SUBSECTION, typed.start()));
      default:
        return itemList(new ObjectCursor(Shape.LIST, typed.start()));
    }
  }

  private Block.Paragraph paragraph(ObjectCursor object) {
    List<Inline> content = null;
    for (int property; (property = object.next()) >= 0; object.done()) {
      if (property != object.shape.indexOf("content")) {
        throw unexpectedProperty(object, property);
      }
      content = list(this::span);
    }
    return new Block.Paragraph(content);
  }

  private Block.Subsection subsection(ObjectCursor object) {
    String heading = null;
    List<Block> content = null;
    for (int property; (property = object.next()) >= 0; object.done()) {
      switch (property) {
        case 1:
          heading = text();
          break;
        case 2:
          content = list(this::block);
          break;
        default:
          throw unexpectedProperty(object, property);
      }
    }
    return new Block.Subsection(heading, content);
  }

  private Block.ItemList itemList(ObjectCursor object) {
    boolean ordered = false;
    List<Block.Paragraph> items = null;
    for (int property; (property = object.next()) >= 0; object.done()) {
      switch (property) {
        case 1:
          ordered = bool();
          break;
        case 2:
          items = list(() -> paragraph(new ObjectCursor(Shape.LIST_ITEM)));
          break;
        default:
          throw unexpectedProperty(object, property);
      }
    }
    return new Block.ItemList(ordered, items);
  }

  private Inline span() {
    Typed typed = discriminator("span", SPAN_TYPES);
    if (typed.type().equals("link")) {
      ObjectCursor object = new ObjectCursor(Shape.LINK_SPAN, typed.start());
      String text = null;
      LinkTarget target = null;
      for (int property; (property = object.next()) >= 0; object.done()) {
        switch (property) {
          case 1:
            text = text();
            break;
          case 2:
            target = linkTarget();
            break;
          default:
            throw unexpectedProperty(object, property);
        }
      }
      return new Inline.Hyperlink(text, target);
    }
    ObjectCursor object = new ObjectCursor(Shape.TEXT_SPAN, typed.start());
    String text = null;
    for (int property; (property = object.next()) >= 0; object.done()) {
      if (property != 1) {
        throw unexpectedProperty(object, property);
      }
      text = text();
    }
    switch (typed.type()) {
      case "plain":
        return new Inline.Plain(text);
      case "strong":
        return new Inline.Strong(text);
      default:
        return new Inline.Emphasis(text);
    }
  }

  private Link link() {
    ObjectCursor object = new ObjectCursor(Shape.LINK);
    LinkKind kind = null;
    String label = null;
    LinkTarget target = null;
    for (int property; (property = object.next()) >= 0; object.done()) {
      switch (property) {
        case 0:
          kind = choice(JsonFormat.LINK_KINDS, "link kind");
          break;
        case 1:
          label = text();
          break;
        case 2:
          target = linkTarget();
          break;
        default:
          throw unexpectedProperty(object, property);
      }
    }
    return new Link(kind, label, target);
  }

  private LinkTarget linkTarget() {
    ObjectCursor object = new ObjectCursor(Shape.LINK_TARGET);
    LinkTarget target = null;
    for (int property; (property = object.next()) >= 0; object.done()) {
      if (target != null) {
        throw fail(
            tokenStart(),
            "a link target is either {\"address\": \"https://...\"} or {\"placeholder\": true},"
                + " not both; remove one of them");
      }
      switch (property) {
        case 0:
          target = LinkTarget.of(text());
          break;
        case 1:
          if (parser.currentToken() == JsonToken.VALUE_FALSE) {
            throw fail(
                tokenStart(),
                "'placeholder' can only be true; for a link whose address is known, write"
                    + " {\"address\": \"https://...\"} instead");
          }
          bool();
          target = LinkTarget.placeholder();
          break;
        default:
          throw unexpectedProperty(object, property);
      }
    }
    if (target == null) {
      throw fail(
          object.start,
          "a link target needs either \"address\" (an http, https or mailto address) or"
              + " \"placeholder\": true for a link whose address is not known yet");
    }
    return target;
  }

  private ParticipantList participantList() {
    ObjectCursor object = new ObjectCursor(Shape.PARTICIPANT_LIST);
    Optional<String> heading = Optional.empty();
    List<Participant> entries = null;
    for (int property; (property = object.next()) >= 0; object.done()) {
      switch (property) {
        case 0:
          heading = Optional.of(text());
          break;
        case 1:
          entries = list(this::participant);
          break;
        default:
          throw unexpectedProperty(object, property);
      }
    }
    return new ParticipantList(heading, entries);
  }

  private Participant participant() {
    ObjectCursor object = new ObjectCursor(Shape.PARTICIPANT);
    String name = null;
    Affiliation affiliation = null;
    Optional<String> organisation = Optional.empty();
    Optional<LinkTarget> link = Optional.empty();
    for (int property; (property = object.next()) >= 0; object.done()) {
      switch (property) {
        case 0:
          name = text();
          break;
        case 1:
          affiliation = affiliation();
          break;
        case 2:
          organisation = Optional.of(text());
          break;
        case 3:
          link = Optional.of(linkTarget());
          break;
        default:
          throw unexpectedProperty(object, property);
      }
    }
    return new Participant(name, affiliation, organisation, link);
  }

  private Affiliation affiliation() {
    ObjectCursor object = new ObjectCursor(Shape.AFFILIATION);
    Affiliation affiliation = null;
    for (int property; (property = object.next()) >= 0; object.done()) {
      if (affiliation != null) {
        throw fail(
            tokenStart(),
            "an affiliation is either {\"networkCode\": \"NUH\"} or {\"role\": \"guest\"}, not"
                + " both; remove one of them");
      }
      switch (property) {
        case 0:
          affiliation = new Affiliation.NetworkMember(text());
          break;
        case 1:
          affiliation = choice(JsonFormat.ROLES, "role");
          break;
        default:
          throw unexpectedProperty(object, property);
      }
    }
    if (affiliation == null) {
      throw fail(
          object.start,
          "an affiliation needs either \"networkCode\" (a network the organiser declares, such as"
              + " \"NUH\") or \"role\" (\"guest\" or \"coordinator\")");
    }
    return affiliation;
  }

  // ---------------------------------------------------------------- structure

  /**
   * Reads the {@code "type"} that must open a block or a span, and leaves the parser on its value.
   *
   * @return the type, one of {@code types}, and where the object starts
   */
  private Typed discriminator(String what, List<String> types) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType("a " + what + " object {\"type\": ..., ...}");
    }
    TokenStreamLocation start = tokenStart();
    JsonToken first = parser.nextToken();
    if (first == JsonToken.END_OBJECT) {
      throw fail(
          start,
          "a "
              + what
              + " needs \"type\" as its first property, one of "
              + String.join(", ", types));
    }
    String name = parser.currentName();
    if (!"type".equals(name)) {
      path.add(name);
      throw fail(
          tokenStart(),
          "\"type\" must be the first property of a "
              + what
              + ", before '"
              + quoted(name)
              + "', so that the "
              + what
              + " can be read in one pass; move \"type\" (one of "
              + String.join(", ", types)
              + ") to the front");
    }
    path.add("type");
    if (parser.nextToken() == JsonToken.VALUE_NULL) {
      throw fail(tokenStart(), "'type' must not be null; use one of " + String.join(", ", types));
    }
    String type = text();
    if (!types.contains(type)) {
      throw fail(
          tokenStart(),
          "unknown "
              + what
              + " type '"
              + quoted(type)
              + "'"
              + didYouMean(type, types)
              + "use one of: "
              + String.join(", ", types));
    }
    path.remove(path.size() - 1);
    return new Typed(type, start);
  }

  /** The type of a block or span, and where its object starts. */
  private record Typed(String type, TokenStreamLocation start) {}

  /** Walks the properties of one object, checking names, duplicates, nulls and required ones. */
  private final class ObjectCursor {
    final Shape shape;
    final TokenStreamLocation start;
    private long seen;
    private boolean named;

    /** Starts at the object's opening brace, the current token. */
    ObjectCursor(Shape shape) {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw wrongType(shape.description() + " (a JSON object)");
      }
      this.shape = shape;
      this.start = tokenStart();
    }

    /** Continues an object whose {@code "type"}, its first property, has been read. */
    ObjectCursor(Shape shape, TokenStreamLocation start) {
      this.shape = shape;
      this.start = start;
      this.seen = 1L << shape.indexOf("type");
    }

    /** Marks the current property, already checked, as seen. */
    void accept(String name) {
      seen |= 1L << shape.indexOf(name);
      path.add(name);
      named = true;
      parser.nextToken();
    }

    /**
     * Moves to the next property's value.
     *
     * @return the property's index in the shape, or -1 at the end of the object
     */
    int next() {
      JsonToken token;
      try {
        token = parser.nextToken();
      } catch (JacksonException e) {
        // The parser reads a number, and white space, as soon as it has read the name before it:
        // a problem there belongs to that property.
        if (parser.currentToken() == JsonToken.PROPERTY_NAME) {
          path.add(parser.currentName());
          named = true;
          valueAhead = true;
        }
        throw e;
      }
      if (token == JsonToken.END_OBJECT) {
        missing();
        return -1;
      }
      String name = parser.currentName();
      int index = shape.indexOf(name);
      path.add(name);
      named = true;
      if (index < 0) {
        throw fail(tokenStart(), unknownProperty(name));
      }
      if ((seen & (1L << index)) != 0) {
        throw fail(
            tokenStart(),
            "the property '"
                + name
                + "' appears twice in "
                + shape.description()
                + "; keep one of them");
      }
      seen |= 1L << index;
      if (parser.nextToken() == JsonToken.VALUE_NULL) {
        Shape.Property property = shape.properties().get(index);
        throw fail(
            tokenStart(),
            "'"
                + name
                + "' is null, which this format never uses; "
                + (property.required()
                    ? "give it " + property.expected()
                    : "leave the property out when there is no value, or give it "
                        + property.expected()));
      }
      return index;
    }

    /** Ends the current property: its value has been read. */
    void done() {
      if (named) {
        path.remove(path.size() - 1);
        named = false;
      }
    }

    private String unknownProperty(String name) {
      List<String> known = shape.names();
      return "unknown property '"
          + quoted(name)
          + "' in "
          + shape.description()
          + didYouMean(name, known)
          + "known: "
          + String.join(", ", known);
    }

    private void missing() {
      List<String> missing = new ArrayList<>();
      StringBuilder expected = new StringBuilder();
      for (int i = 0; i < shape.properties().size(); i++) {
        Shape.Property property = shape.properties().get(i);
        if (property.required() && (seen & (1L << i)) == 0) {
          missing.add("'" + property.name() + "'");
          expected.append(expected.length() == 0 ? "" : "; ")
              .append('"')
              .append(property.name())
              .append("\" holds ")
              .append(property.expected());
        }
      }
      if (missing.isEmpty()) {
        return;
      }
      throw fail(
          start,
          shape.description()
              + " lacks the required "
              + (missing.size() == 1 ? "property " : "properties ")
              + String.join(", ", missing)
              + "; add "
              + (missing.size() == 1 ? "it" : "them")
              + " ("
              + expected
              + ")");
    }
  }

  private <T> List<T> list(Supplier<T> element) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType("a list (a JSON array [...])");
    }
    List<T> values = new ArrayList<>();
    for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
      path.add(index);
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        throw fail(tokenStart(), "a list cannot hold null; remove it");
      }
      values.add(element.get());
      path.remove(path.size() - 1);
    }
    return values;
  }

  // ---------------------------------------------------------------- values

  private String text() {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("text (a JSON string in double quotes)");
    }
    return string();
  }

  /**
   * The current string value. Jackson reads a string only when asked for it, so its length limit
   * fires here and only here for strings (it fires while reading a token for numbers, which share
   * the buffer and its limit).
   */
  private String string() {
    try {
      return parser.getString();
    } catch (StreamConstraintsException e) {
      throw new MinutesReadException(
          location(tokenStart()),
          "a text is longer than "
              + JsonFormat.MAX_STRING_LENGTH
              + " characters, the most this reader accepts (a span of running text may have"
              + " 100000); split the text into several spans or paragraphs",
          e);
    }
  }

  private boolean bool() {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType("true or false (without quotes)");
  }

  private int integer() {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      throw fail(
          tokenStart(),
          "'"
              + currentName()
              + "' must be a whole number such as 10, but is "
              + parser.getString()
              + "; write it without a decimal point or exponent");
    }
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("a whole number such as 10");
    }
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      throw fail(
          tokenStart(),
          "'"
              + currentName()
              + "' is "
              + parser.getString()
              + ", too large for a count; counts are at most 1000000");
    }
    return parser.getIntValue();
  }

  private LocalDate date() {
    String text = text();
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        throw fail(
            tokenStart(),
            "'"
                + quoted(text)
                + "' is not a day of the calendar; write a real date as YYYY-MM-DD, such as"
                + " 2022-06-02");
      }
    }
    throw fail(
        tokenStart(),
        "'"
            + quoted(text)
            + "' is not a date in the form YYYY-MM-DD; write it like 2022-06-02, with a"
            + " four-digit year and two-digit month and day");
  }

  private LocalTime time() {
    String text = text();
    if (TIME.matcher(text).matches()) {
      try {
        return LocalTime.parse(text);
      } catch (DateTimeException e) {
        // Falls through to the message below; the pattern admits only valid times.
      }
    }
    throw fail(
        tokenStart(),
        "'"
            + quoted(text)
            + "' is not a time in the form HH:mm on a 24-hour clock; write it like 10:00 or"
            + " 13:30 (seconds, as in 10:00:30, only if the time has them)");
  }

  private Language language() {
    String text = text();
    try {
      return Language.ofTag(text);
    } catch (IllegalArgumentException e) {
      throw fail(tokenStart(), "the language " + e.getMessage());
    }
  }

  private <E> E choice(Map<String, E> choices, String what) {
    String text = text();
    E value = choices.get(text);
    if (value != null) {
      return value;
    }
    throw fail(
        tokenStart(),
        "unknown "
            + what
            + " '"
            + quoted(text)
            + "'"
            + didYouMean(text, choices.keySet())
            + "use one of: "
            + String.join(", ", choices.keySet()));
  }

  // ---------------------------------------------------------------- errors

  private MinutesReadException wrongType(String expected) {
    JsonToken token = parser.currentToken();
    String subject =
        path.isEmpty() || path.get(path.size() - 1) instanceof Integer
            ? "this value"
            : "'" + currentName() + "'";
    return fail(
        tokenStart(), subject + " must be " + expected + ", but is " + found(token));
  }

  /** A property the shape lists but the code does not read: a bug here, not in the input. */
  private static IllegalStateException unexpectedProperty(ObjectCursor object, int property) {
    return new IllegalStateException(
        "the reader does not read the property '"
            + object.shape.names().get(property)
            + "' of "
            + object.shape.description());
  }

  private String currentName() {
    Object last = path.isEmpty() ? "" : path.get(path.size() - 1);
    return String.valueOf(last);
  }

  /** Describes a token as a person would, with its value if it is short. */
  private String found(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return "an object {...}";
      case START_ARRAY:
        return "a list [...]";
      case VALUE_STRING:
        return "the text \"" + quoted(string()) + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + parser.getString();
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  /** {@code "; did you mean 'x'? "} when a known name is close, else {@code "; "}. */
  private static String didYouMean(String given, java.util.Collection<String> known) {
    return Suggestions.closest(given, known).map(s -> "; did you mean '" + s + "'? ").orElse("; ");
  }

  /** Shortens and makes visible a value from the input for a message. */
  private static String quoted(String value) {
    StringBuilder shown = new StringBuilder();
    int end = Math.min(value.length(), MAX_QUOTED);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (c < ' ' || c == 0x7F) {
        shown.append(String.format("\\u%04X", (int) c));
      } else {
        shown.append(c);
      }
    }
    if (end < value.length()) {
      shown.append("...");
    }
    return shown.toString();
  }

  private TokenStreamLocation tokenStart() {
    return parser.currentTokenLocation();
  }

  private TokenStreamLocation here() {
    return parser.currentLocation();
  }

  private MinutesReadException fail(TokenStreamLocation where, String problem) {
    return new MinutesReadException(location(where), problem, null);
  }

  private SourceLocation location(TokenStreamLocation where) {
    long line = where == null ? 0 : Math.max(0, where.getLineNr());
    long column = where == null ? 0 : Math.max(0, where.getColumnNr());
    return new SourceLocation(pointer(), line, column);
  }

  /** The JSON Pointer (RFC 6901) of the current place. */
  private String pointer() {
    StringBuilder pointer = new StringBuilder();
    for (Object segment : path) {
      pointer.append('/');
      if (segment instanceof Integer) {
        pointer.append(segment);
      } else {
        String name = (String) segment;
        for (int i = 0; i < name.length(); i++) {
          char c = name.charAt(i);
          if (c == '~') {
            pointer.append("~0");
          } else if (c == '/') {
            pointer.append("~1");
          } else {
            pointer.append(c);
          }
        }
      }
    }
    return pointer.toString();
  }

  /** Input that is not UTF-8, found under the parser. */
  private MinutesReadException encoding(Utf8Input.EncodingProblem problem) {
    return new MinutesReadException(
        new SourceLocation(pointer(), problem.line(), problem.column()),
        problem.getMessage(),
        problem);
  }

  /** Turns a parser error into a read error that says what to do. */
  private MinutesReadException translate(JacksonException e) {
    if (e.getCause() instanceof Utf8Input.EncodingProblem) {
      return encoding((Utf8Input.EncodingProblem) e.getCause());
    }
    String original = clean(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return constraint(original, e);
    }
    TokenStreamLocation where = e.getLocation() != null ? e.getLocation() : here();
    if (e instanceof UnexpectedEndOfInputException) {
      return new MinutesReadException(
          location(where),
          "the input ends before the JSON is complete ("
              + original
              + "); it was cut short, or a closing bracket, brace or quote is missing",
          e);
    }
    return new MinutesReadException(
        location(where),
        "malformed JSON: " + original + "; correct the JSON syntax at this place",
        e);
  }

  private MinutesReadException constraint(String original, JacksonException e) {
    if (original.contains("nesting depth")) {
      return new MinutesReadException(
          location(tokenStart()),
          "the document nests objects and lists more than "
              + JsonFormat.MAX_NESTING_DEPTH
              + " levels deep, the most this reader accepts; minutes need far fewer"
              + " (sub-sections nest at most 3 levels), so flatten the structure",
          e);
    }
    if (original.contains("String value length") || original.contains("Number value length")) {
      // A string is read by string(), which reports its own length; here the parser was reading
      // the digits of a number, which fill the same buffer, up to the string limit or to the end
      // of a number over the number limit.
      return new MinutesReadException(
          location(valueAhead ? tokenStart() : here()),
          (valueAhead ? "'" + currentName() + "' is a number" : "a number")
              + " of more than "
              + JsonFormat.MAX_NUMBER_LENGTH
              + " digits, out of range for this format, whose only numbers are head counts (whole"
              + " numbers from 0 to 1000000); correct the number",
          e);
    }
    if (original.contains("Name length")) {
      return new MinutesReadException(
          location(here()),
          "a property name is longer than "
              + JsonFormat.MAX_NAME_LENGTH
              + " characters; this format's names are short words such as 'heading'",
          e);
    }
    if (original.contains("Token count")) {
      return new MinutesReadException(
          location(tokenStart()),
          "the document has more than "
              + JsonFormat.MAX_TOKEN_COUNT
              + " JSON values, property names and brackets, the most this reader accepts;"
              + " minutes need far fewer, so split them or check that this is the right file",
          e);
    }
    if (original.contains("Document length")) {
      return new MinutesReadException(
          location(here()),
          "the document is longer than "
              + JsonFormat.MAX_DOCUMENT_LENGTH
              + " characters (64 MiB), the most this reader accepts; split the minutes or"
              + " check that this is the right file",
          e);
    }
    return new MinutesReadException(
        location(here()), "the document exceeds a limit of this reader: " + original, e);
  }

  /** Removes Jackson's own references to the source from a message. */
  private static String clean(String message) {
    if (message == null) {
      return "unknown problem";
    }
    return SOURCE_IN_PARENTHESES
        .matcher(message)
        .replaceAll("")
        .replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
        .trim();
  }
}
