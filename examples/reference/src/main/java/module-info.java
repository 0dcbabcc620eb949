/**
 * The two reference minutes of minutes4j, written with the builder API: the acceptance data every
 * exporter is tested against.
 *
 * @since 0.1.0
 */
module io.github.minutes4j.examples.reference {
  requires transitive io.github.minutes4j.core;

  exports io.github.minutes4j.examples.reference;

  // The JSON copies of the documents, for readers' tests.
  opens io.github.minutes4j.examples.reference;
}
