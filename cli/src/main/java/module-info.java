/**
 * The minutes4j command-line tool: {@code render}, {@code validate} and {@code formats} over the
 * same service-provider interface as the library, so any exporter or reader on the class path or
 * module path works in it. Run it with {@code java -jar minutes4j-cli-VERSION-all.jar} or the
 * {@code minutes4j} launcher script; embed it with {@link io.github.minutes4j.cli.Minutes4jCli}.
 *
 * @since 0.1.0
 */
module io.github.minutes4j.cli {
  requires transitive io.github.minutes4j.core;
  requires info.picocli;
  // For --font only (FontOption): the PDF exporter's builder adds the user's fonts.
  requires io.github.minutes4j.pdf;
  requires java.logging;

  exports io.github.minutes4j.cli;

  // picocli reads the commands' annotated fields and creates the converters by reflection.
  opens io.github.minutes4j.cli to
      info.picocli;
}
