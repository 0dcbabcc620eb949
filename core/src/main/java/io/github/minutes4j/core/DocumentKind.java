package io.github.minutes4j.core;

/**
 * What kind of record of a meeting a document is. Exporters print its name in the document's
 * language.
 *
 * @since 0.1.0
 */
public enum DocumentKind {
  /** Informal notes of what was said ("Minnesanteckningar"). */
  MEETING_NOTES,
  /** Formal minutes of decisions ("Protokoll"). */
  MINUTES
}
