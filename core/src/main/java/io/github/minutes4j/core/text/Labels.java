package io.github.minutes4j.core.text;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.Attendance;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.HeadCount;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.LinkKind;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Venue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The labels, date and time formats and phrases of one language, from the resource files of this
 * module. Every exporter uses them, so that "Tid och plats" and "2 juni 2022 kl. 10.00–15.00" read
 * the same in HTML, PDF and any third-party format. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Labels {

  private static final Map<Language, Labels> BY_LANGUAGE = loadAll();

  private final Language language;
  private final Properties texts;
  private final DateTimeFormatter dateFormat;
  private final DateTimeFormatter timeFormat;

  private Labels(Language language, Properties texts) {
    this.language = language;
    this.texts = texts;
    this.dateFormat = DateTimeFormatter.ofPattern(require("pattern.date"), language.locale());
    this.timeFormat = DateTimeFormatter.ofPattern(require("pattern.time"), language.locale());
  }

  /**
   * The labels of a language.
   *
   * @param language the language
   * @return its labels; never null
   */
  public static Labels of(Language language) {
    return BY_LANGUAGE.get(Objects.requireNonNull(language, "language"));
  }

  /**
   * The language of these labels.
   *
   * @return the language
   */
  public Language language() {
    return language;
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
   * A time of day.
   *
   * @param time the time
   * @return such as "10.00" (Swedish) or "10:00" (English)
   */
  public String time(LocalTime time) {
    return timeFormat.format(time);
  }

  /**
   * When a session sat.
   *
   * @param session the session
   * @return such as "2 juni 2022 kl. 10.00–15.00", with an en dash
   */
  public String when(Session session) {
    return format(
        require("session"), date(session.date()), time(session.start()), time(session.end()));
  }

  /**
   * Where a session sat, if the minutes say.
   *
   * @param session the session
   * @return such as "SKR's lokaler, Hornsgatan 20, Stockholm, och digitalt"; empty if the session
   *     has neither a venue nor remote participation
   */
  public Optional<String> where(Session session) {
    Optional<String> venue = session.venue().map(Labels::venue);
    if (!session.online()) {
      return venue;
    }
    String online = text(Label.ONLINE);
    return Optional.of(
        venue
            .map(v -> format(require("place.with.online"), v, online))
            .orElse(capitalise(online)));
  }

  private static String venue(Venue venue) {
    List<String> parts = new ArrayList<>();
    parts.add(venue.name());
    venue.street().ifPresent(parts::add);
    parts.add(venue.city());
    return String.join(", ", parts);
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
   * A number of people.
   *
   * @param count the count
   * @return such as "ca 10 personer" or "13 personer"
   */
  public String count(HeadCount count) {
    String key = count.approximate() ? "count.approximate" : "count.exact";
    if (count.count() == 1) {
      return require(key + ".one");
    }
    return format(require(key), Integer.toString(count.count()));
  }

  /**
   * A person in one line: name, role and organisation, those the minutes give.
   *
   * @param person the person
   * @return such as "Linda Persson Melin, handläggare, SKR"
   */
  public String person(Person person) {
    List<String> parts = new ArrayList<>(3);
    person.name().ifPresent(parts::add);
    person.role().ifPresent(parts::add);
    person.organisation().ifPresent(parts::add);
    return String.join(", ", parts);
  }

  private String require(String key) {
    String value = texts.getProperty(key);
    if (value == null) {
      throw new IllegalStateException(
          "The " + language.tag() + " labels lack the key '" + key + "'; the jar is damaged");
    }
    return value;
  }

  private static String format(String pattern, String... arguments) {
    String result = pattern;
    for (int i = 0; i < arguments.length; i++) {
      result = result.replace("{" + i + "}", arguments[i]);
    }
    return result;
  }

  private String capitalise(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(language.locale()) + text.substring(1);
  }

  private static Map<Language, Labels> loadAll() {
    Map<Language, Labels> all = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String name = "labels_" + language.tag() + ".properties";
      Properties texts = new Properties();
      try (InputStream in = Labels.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("The resource " + name + " is missing from the jar");
        }
        texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + name, e);
      }
      all.put(language, new Labels(language, texts));
    }
    return all;
  }
}
