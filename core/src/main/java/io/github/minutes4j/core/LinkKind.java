package io.github.minutes4j.core;

/**
 * What a link leads to. Exporters may use it to choose an icon or a default label.
 *
 * @since 0.1.0
 */
public enum LinkKind {
  /** The slides shown at the meeting ("Länk till bilder"). */
  SLIDES,
  /** A recording ("Länk till film"). */
  VIDEO,
  /** A document. */
  DOCUMENT,
  /** Anything else. */
  OTHER
}
