package io.github.minutes4j.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects of format {@code minutes4j/1}: for each, its properties in the order the writer
 * writes them, which of them are required, and what each holds, for the reader's messages.
 *
 * <p>The rule behind the table: every property of the model that is not {@code Optional} is
 * required (lists too, written as {@code []} when empty); every {@code Optional} property is left
 * out when empty. The exceptions are the two objects that hold one of two alternatives, a link
 * target and an affiliation, which the reader checks by hand. Tests compare this table with the
 * JSON Schema.
 */
public enum Shape {
  /** The document. */
  MINUTES(
      "the minutes",
      required("format", "the format version, \"" + JsonFormat.VERSION + "\""),
      required("language", "a BCP 47 language tag, such as \"sv\" or \"sv-SE\""),
      required("organiser", "an object {\"name\": ..., \"networks\": [...]}"),
      required("kind", "a document kind, \"meeting-notes\" or \"minutes\""),
      required("date", "a date such as \"2022-06-11\""),
      required("title", "text"),
      required("sessions", "a list of sessions"),
      required("agenda", "a list of agenda items"),
      required("noteTakers", "a list of people"),
      optional("participants", "an object {\"heading\": ..., \"entries\": [...]}")),
  /** Who held the meeting. */
  ORGANISER(
      "an organiser",
      required("name", "text"),
      required("networks", "a list of networks")),
  /** One network of the organiser. */
  NETWORK(
      "a network",
      required("code", "a code such as \"NUH\""),
      required("name", "text")),
  /** One sitting of the meeting. */
  SESSION(
      "a session",
      required("date", "a date such as \"2022-06-02\""),
      required("start", "a time such as \"10:00\""),
      required("end", "a time such as \"15:00\""),
      optional("venue", "an object {\"name\": ..., \"city\": ...}"),
      required("online", "true or false"),
      required("attendance", "an object, {} when not recorded")),
  /** Where people met. */
  VENUE(
      "a venue",
      required("name", "text"),
      optional("street", "text"),
      required("city", "text")),
  /** How many took part. */
  ATTENDANCE(
      "an attendance",
      optional("onSite", "a head count {\"count\": 10, \"approximate\": true}"),
      optional("remote", "a head count {\"count\": 13, \"approximate\": false}")),
  /** A number of people. */
  HEAD_COUNT(
      "a head count",
      required("count", "a whole number such as 10"),
      required("approximate", "true or false")),
  /** One item on the agenda. */
  AGENDA_ITEM(
      "an agenda item",
      required("heading", "text"),
      required("presenters", "a list of people"),
      required("content", "a list of blocks"),
      required("links", "a list of links")),
  /** A presenter or note-taker. */
  PERSON(
      "a person",
      optional("name", "text"),
      optional("role", "text"),
      optional("organisation", "text")),
  /** A paragraph block. */
  PARAGRAPH(
      "a paragraph",
      required("type", "\"paragraph\""),
      required("content", "a list of spans")),
  /** A sub-section block. */
  SUBSECTION(
      "a sub-section",
      required("type", "\"subsection\""),
      required("heading", "text"),
      required("content", "a list of blocks")),
  /** A list block. */
  LIST(
      "a list block",
      required("type", "\"list\""),
      required("ordered", "true or false"),
      required("items", "a list of items {\"content\": [...]}")),
  /** One item of a list block: a paragraph without a type. */
  LIST_ITEM("a list item", required("content", "a list of spans")),
  /** A plain, strong or emphasised span. */
  TEXT_SPAN(
      "a span",
      required("type", "\"plain\", \"strong\" or \"emphasis\""),
      required("text", "text")),
  /** A link span. */
  LINK_SPAN(
      "a link span",
      required("type", "\"link\""),
      required("text", "text"),
      required("target", "a link target")),
  /** A link under an agenda item. */
  LINK(
      "a link",
      required("kind", "a link kind, \"slides\", \"video\", \"document\" or \"other\""),
      required("label", "text"),
      required("target", "a link target")),
  /** Where a link leads: exactly one of the two properties. */
  LINK_TARGET(
      "a link target",
      optional("address", "an http, https or mailto address"),
      optional("placeholder", "true")),
  /** The participant list. */
  PARTICIPANT_LIST(
      "a participant list",
      optional("heading", "text"),
      required("entries", "a list of participants")),
  /** One participant. */
  PARTICIPANT(
      "a participant",
      required("name", "text"),
      required("affiliation", "an object {\"networkCode\": \"NUH\"} or {\"role\": \"guest\"}"),
      optional("organisation", "text"),
      optional("link", "a link target")),
  /** What a participant takes part as: exactly one of the two properties. */
  AFFILIATION(
      "an affiliation",
      optional("networkCode", "a network code the organiser declares, such as \"NUH\""),
      optional("role", "a role, \"guest\" or \"coordinator\""));

  private final String description;
  private final List<Property> properties;
  private final Map<String, Integer> indexes = new HashMap<>();

  Shape(String description, Property... properties) {
    this.description = description;
    this.properties = List.of(properties);
    for (int i = 0; i < properties.length; i++) {
      indexes.put(properties[i].name(), i);
    }
  }

  /**
   * What the object is, for messages.
   *
   * @return such as "an agenda item"
   */
  public String description() {
    return description;
  }

  /**
   * The properties, in the order the writer writes them.
   *
   * @return the properties
   */
  public List<Property> properties() {
    return properties;
  }

  /**
   * The property names, in order.
   *
   * @return the names
   */
  public List<String> names() {
    List<String> names = new ArrayList<>(properties.size());
    for (Property property : properties) {
      names.add(property.name());
    }
    return names;
  }

  /**
   * The position of a property.
   *
   * @param name a property name
   * @return its index, or -1 if this object has no such property
   */
  public int indexOf(String name) {
    Integer index = indexes.get(name);
    return index == null ? -1 : index;
  }

  /**
   * One property of an object.
   *
   * @param name the JSON name, equal to the model's record component
   * @param required whether the reader demands it
   * @param expected what it holds, for messages
   */
  public record Property(String name, boolean required, String expected) {}

  private static Property required(String name, String expected) {
    return new Property(name, true, expected);
  }

  private static Property optional(String name, String expected) {
    return new Property(name, false, expected);
  }
}
