/**
 * The reference minutes of minutes4j, written with the builder API and as JSON: the acceptance data
 * every exporter is tested against (two meeting notes, a protokoll and an association's minutes).
 *
 * @since 0.1.0
 */
module io.github.minutes4j.examples.reference {
  requires transitive io.github.minutes4j.core;

  exports io.github.minutes4j.examples.reference;

  // The JSON copies of the documents, for readers' tests.
  opens io.github.minutes4j.examples.reference;
}
