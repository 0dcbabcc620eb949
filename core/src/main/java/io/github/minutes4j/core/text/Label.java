package io.github.minutes4j.core.text;

/**
 * The fixed texts an exporter prints around the content of minutes, such as headings of the parts
 * of a document. {@link Labels#text(Label)} gives each in a language.
 *
 * @since 0.1.0
 */
public enum Label {
  /** "Tid och plats": the heading over the sessions. */
  TIME_AND_PLACE,
  /** "För anteckningarna": the heading over the note-takers. */
  NOTE_TAKERS,
  /**
   * "Deltagarförteckning": the heading of a participant list that has none of its own; see {@link
   * Labels#participantsHeading}.
   */
  PARTICIPANTS,
  /** "Medverkande": presenters of an agenda item. */
  PRESENTERS,
  /** "Länkar": an agenda item's links. */
  LINKS,
  /** "Innehåll": a table of contents. */
  CONTENTS,
  /** "Arrangör": the organiser. */
  ORGANISER,
  /** "Datum": the document's date. */
  DOCUMENT_DATE,
  /** "Namn": the name column of a participant list. */
  PARTICIPANT_NAME,
  /** "Nätverk eller roll": the affiliation column of a participant list. */
  PARTICIPANT_AFFILIATION,
  /** "Region eller organisation": the organisation column of a participant list. */
  PARTICIPANT_ORGANISATION,
  /** "adressen är inte publicerad ännu": said of a link whose address is a placeholder. */
  LINK_PLACEHOLDER,
  /**
   * "Länkarna på namnen är inte publicerade ännu.": said once under a participant list whose
   * names link to placeholders, instead of a note on every row.
   */
  PARTICIPANT_LINKS_PLACEHOLDER,
  /** "digitalt": remote participation. */
  ONLINE,
  /** "Sida": as in "Sida 1 av 2". */
  PAGE,
  /** "av": as in "Sida 1 av 2". */
  PAGE_OF
}
