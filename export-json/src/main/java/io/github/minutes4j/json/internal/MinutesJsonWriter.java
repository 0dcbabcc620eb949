package io.github.minutes4j.json.internal;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attendance;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.HeadCount;
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
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.SerializedString;

/**
 * Writes {@link Minutes} as format {@code minutes4j/1} with Jackson's streaming generator: the
 * properties in the order of {@link Shape}, two-space indentation, {@code \n} line ends, UTF-8
 * without byte order mark, and a final line end. The same minutes always give the same bytes.
 */
public final class MinutesJsonWriter {

  private static final SerializableString FORMAT = name("format");
  private static final SerializableString VERSION = new SerializedString(JsonFormat.VERSION);
  private static final SerializableString LANGUAGE = name("language");
  private static final SerializableString ORGANISER = name("organiser");
  private static final SerializableString KIND = name("kind");
  private static final SerializableString DATE = name("date");
  private static final SerializableString TITLE = name("title");
  private static final SerializableString SESSIONS = name("sessions");
  private static final SerializableString AGENDA = name("agenda");
  private static final SerializableString NOTE_TAKERS = name("noteTakers");
  private static final SerializableString PARTICIPANTS = name("participants");
  private static final SerializableString NAME = name("name");
  private static final SerializableString NETWORKS = name("networks");
  private static final SerializableString CODE = name("code");
  private static final SerializableString START = name("start");
  private static final SerializableString END = name("end");
  private static final SerializableString VENUE = name("venue");
  private static final SerializableString ONLINE = name("online");
  private static final SerializableString ATTENDANCE = name("attendance");
  private static final SerializableString STREET = name("street");
  private static final SerializableString CITY = name("city");
  private static final SerializableString ON_SITE = name("onSite");
  private static final SerializableString REMOTE = name("remote");
  private static final SerializableString COUNT = name("count");
  private static final SerializableString APPROXIMATE = name("approximate");
  private static final SerializableString HEADING = name("heading");
  private static final SerializableString PRESENTERS = name("presenters");
  private static final SerializableString CONTENT = name("content");
  private static final SerializableString LINKS = name("links");
  private static final SerializableString ROLE = name("role");
  private static final SerializableString ORGANISATION = name("organisation");
  private static final SerializableString TYPE = name("type");
  private static final SerializableString ORDERED = name("ordered");
  private static final SerializableString ITEMS = name("items");
  private static final SerializableString TEXT = name("text");
  private static final SerializableString TARGET = name("target");
  private static final SerializableString LABEL = name("label");
  private static final SerializableString ADDRESS = name("address");
  private static final SerializableString PLACEHOLDER = name("placeholder");
  private static final SerializableString ENTRIES = name("entries");
  private static final SerializableString AFFILIATION = name("affiliation");
  private static final SerializableString NETWORK_CODE = name("networkCode");
  private static final SerializableString LINK = name("link");

  private static final SerializableString PARAGRAPH = name("paragraph");
  private static final SerializableString SUBSECTION = name("subsection");
  private static final SerializableString LIST = name("list");
  private static final SerializableString PLAIN = name("plain");
  private static final SerializableString STRONG = name("strong");
  private static final SerializableString EMPHASIS = name("emphasis");

  private final JsonGenerator json;

  private MinutesJsonWriter(JsonGenerator json) {
    this.json = json;
  }

  /**
   * Writes minutes. Does not validate them; the caller does that first.
   *
   * @param minutes the minutes
   * @param includeParticipants whether to write the participant list, if there is one
   * @param out where to write; flushed, not closed
   * @throws IOException if writing to {@code out} fails
   */
  public static void write(Minutes minutes, boolean includeParticipants, OutputStream out)
      throws IOException {
    try (JsonGenerator json =
        JsonFormat.FACTORY.createGenerator(JsonFormat.PRETTY, out, JsonEncoding.UTF8)) {
      new MinutesJsonWriter(json).minutes(minutes, includeParticipants);
      json.writeRaw('\n');
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (JacksonException e) {
      throw new IllegalStateException("writing JSON failed: " + e.getOriginalMessage(), e);
    }
  }

  private static SerializableString name(String name) {
    return new SerializedString(name);
  }

  private void minutes(Minutes minutes, boolean includeParticipants) {
    json.writeStartObject();
    json.writeName(FORMAT);
    json.writeString(VERSION);
    json.writeName(LANGUAGE);
    json.writeString(minutes.language().tag());
    json.writeName(ORGANISER);
    json.writeStartObject();
    text(NAME, minutes.organiser().name());
    json.writeName(NETWORKS);
    json.writeStartArray();
    for (Network network : minutes.organiser().networks()) {
      json.writeStartObject();
      text(CODE, network.code());
      text(NAME, network.name());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    text(KIND, JsonFormat.nameOf(minutes.kind()));
    text(DATE, minutes.date().toString());
    text(TITLE, minutes.title());
    json.writeName(SESSIONS);
    json.writeStartArray();
    for (Session session : minutes.sessions()) {
      session(session);
    }
    json.writeEndArray();
    json.writeName(AGENDA);
    json.writeStartArray();
    for (AgendaItem item : minutes.agenda()) {
      agendaItem(item);
    }
    json.writeEndArray();
    people(NOTE_TAKERS, minutes.noteTakers());
    if (includeParticipants && minutes.participants().isPresent()) {
      json.writeName(PARTICIPANTS);
      participants(minutes.participants().get());
    }
    json.writeEndObject();
  }

  private void session(Session session) {
    json.writeStartObject();
    text(DATE, session.date().toString());
    text(START, session.start().toString());
    text(END, session.end().toString());
    if (session.venue().isPresent()) {
      Venue venue = session.venue().get();
      json.writeName(VENUE);
      json.writeStartObject();
      text(NAME, venue.name());
      text(STREET, venue.street());
      text(CITY, venue.city());
      json.writeEndObject();
    }
    json.writeName(ONLINE);
    json.writeBoolean(session.online());
    Attendance attendance = session.attendance();
    json.writeName(ATTENDANCE);
    json.writeStartObject();
    headCount(ON_SITE, attendance.onSite());
    headCount(REMOTE, attendance.remote());
    json.writeEndObject();
    json.writeEndObject();
  }

  private void headCount(SerializableString name, Optional<HeadCount> count) {
    if (count.isPresent()) {
      json.writeName(name);
      json.writeStartObject();
      json.writeName(COUNT);
      json.writeNumber(count.get().count());
      json.writeName(APPROXIMATE);
      json.writeBoolean(count.get().approximate());
      json.writeEndObject();
    }
  }

  private void agendaItem(AgendaItem item) {
    json.writeStartObject();
    text(HEADING, item.heading());
    people(PRESENTERS, item.presenters());
    json.writeName(CONTENT);
    blocks(item.content());
    json.writeName(LINKS);
    json.writeStartArray();
    for (Link link : item.links()) {
      json.writeStartObject();
      text(KIND, JsonFormat.nameOf(link.kind()));
      text(LABEL, link.label());
      json.writeName(TARGET);
      target(link.target());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void people(SerializableString name, List<Person> people) {
    json.writeName(name);
    json.writeStartArray();
    for (Person person : people) {
      json.writeStartObject();
      text(NAME, person.name());
      text(ROLE, person.role());
      text(ORGANISATION, person.organisation());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void blocks(List<Block> blocks) {
    json.writeStartArray();
    for (Block block : blocks) {
      json.writeStartObject();
      json.writeName(TYPE);
      if (block instanceof Block.Paragraph) {
        json.writeString(PARAGRAPH);
        json.writeName(CONTENT);
        spans(((Block.Paragraph) block).content());
      } else if (block instanceof Block.Subsection) {
        Block.Subsection subsection = (Block.Subsection) block;
        json.writeString(SUBSECTION);
        text(HEADING, subsection.heading());
        json.writeName(CONTENT);
        blocks(subsection.content());
      } else {
        Block.ItemList list = (Block.ItemList) block;
        json.writeString(LIST);
        json.writeName(ORDERED);
        json.writeBoolean(list.ordered());
        json.writeName(ITEMS);
        json.writeStartArray();
        for (Block.Paragraph item : list.items()) {
          json.writeStartObject();
          json.writeName(CONTENT);
          spans(item.content());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void spans(List<Inline> spans) {
    json.writeStartArray();
    for (Inline span : spans) {
      json.writeStartObject();
      json.writeName(TYPE);
      if (span instanceof Inline.Plain) {
        json.writeString(PLAIN);
      } else if (span instanceof Inline.Strong) {
        json.writeString(STRONG);
      } else if (span instanceof Inline.Emphasis) {
        json.writeString(EMPHASIS);
      } else {
        json.writeString(LINK);
      }
      text(TEXT, span.text());
      if (span instanceof Inline.Hyperlink) {
        json.writeName(TARGET);
        target(((Inline.Hyperlink) span).target());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void target(LinkTarget target) {
    json.writeStartObject();
    if (target.address().isPresent()) {
      text(ADDRESS, target.address().get());
    } else {
      json.writeName(PLACEHOLDER);
      json.writeBoolean(true);
    }
    json.writeEndObject();
  }

  private void participants(ParticipantList list) {
    json.writeStartObject();
    text(HEADING, list.heading());
    json.writeName(ENTRIES);
    json.writeStartArray();
    for (Participant participant : list.entries()) {
      json.writeStartObject();
      text(NAME, participant.name());
      json.writeName(AFFILIATION);
      json.writeStartObject();
      if (participant.affiliation() instanceof Affiliation.NetworkMember) {
        text(NETWORK_CODE, ((Affiliation.NetworkMember) participant.affiliation()).networkCode());
      } else {
        text(ROLE, JsonFormat.nameOf((Affiliation.Role) participant.affiliation()));
      }
      json.writeEndObject();
      text(ORGANISATION, participant.organisation());
      if (participant.link().isPresent()) {
        json.writeName(LINK);
        target(participant.link().get());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void text(SerializableString name, String value) {
    json.writeName(name);
    json.writeString(value);
  }

  private void text(SerializableString name, Optional<String> value) {
    if (value.isPresent()) {
      json.writeName(name);
      json.writeString(value.get());
    }
  }
}
