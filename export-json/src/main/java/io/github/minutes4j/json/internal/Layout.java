package io.github.minutes4j.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Jackson's printer as the format wants it: two spaces per level, {@code "name": value}, {@code []}
 * and {@code {}} when empty, {@code \n} line ends. Each line break with its indentation, and each
 * separator, is written as bytes encoded once: Jackson's own printer passes Strings, which the
 * generator copies into a char buffer and encodes again every time (13-18 % of the writer's time).
 */
final class Layout extends DefaultPrettyPrinter implements DefaultPrettyPrinter.Indenter {

  private static final long serialVersionUID = 1L;

  private static final SerializedString NAME_VALUE = new SerializedString(": ");

  /** A line break and the indentation of each level up to the reader's deepest nesting. */
  private static final SerializedString[] LINES =
      new SerializedString[JsonFormat.MAX_NESTING_DEPTH + 1];

  static {
    for (int level = 0; level < LINES.length; level++) {
      LINES[level] = new SerializedString("\n" + "  ".repeat(level));
    }
  }

  Layout() {
    super(Separators.createDefaultInstance()
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    indentObjectsWith(this);
    indentArraysWith(this);
  }

  @Override
  public Layout createInstance() {
    return new Layout();
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(NAME_VALUE);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    g.writeRaw(',');
    writeIndentation(g, _nesting);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    writeObjectEntrySeparator(g); // the same: a comma, then the next line
  }

  @Override
  public void writeIndentation(JsonGenerator g, int level) {
    g.writeRaw(level < LINES.length ? LINES[level]
        : new SerializedString("\n" + "  ".repeat(level)));
  }

  @Override
  public boolean isInline() {
    return false;
  }
}
