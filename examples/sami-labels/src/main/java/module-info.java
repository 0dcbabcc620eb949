/**
 * Labels for Northern Sámi, added the way a third party would add a language: the module
 * requires only {@code io.github.minutes4j.core}, and registers its {@code LabelProvider} for
 * {@link java.util.ServiceLoader} both here ({@code provides}) and in {@code META-INF/services}, so
 * that {@code LabelSets.installed()} finds it on the module path and on the class path.
 *
 * @since 0.2.0
 */
module io.github.minutes4j.examples.sami {
  requires io.github.minutes4j.core;

  exports io.github.minutes4j.examples.sami;

  provides io.github.minutes4j.core.text.LabelProvider with
      io.github.minutes4j.examples.sami.NorthernSamiLabels;
}
