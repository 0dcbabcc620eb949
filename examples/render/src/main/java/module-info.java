/**
 * Renders the reference documents with every installed exporter.
 *
 * @since 0.1.0
 */
module io.github.minutes4j.examples.render {
  requires io.github.minutes4j.examples.reference;

  exports io.github.minutes4j.examples.render;
}
