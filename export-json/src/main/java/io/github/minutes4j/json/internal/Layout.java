package io.github.minutes4j.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.Instantiatable;

/**
 * How the writer lays out JSON: two spaces per level, {@code "name": value}, each property and
 * element on its own line, {@code []} and {@code {}} for empty containers, and {@code \n} line
 * ends on every platform. The line breaks with their indentation are encoded once, so writing one
 * copies its bytes into the generator's buffer (Jackson's own printer copies its strings' chars
 * and encodes them again for each one). One instance lays out one document: it counts the levels.
 */
final class Layout implements PrettyPrinter, Instantiatable<Layout> {

  private static final SerializedString NAME_VALUE = new SerializedString(": ");
  /** A line break and the indentation of each level up to the reader's deepest nesting. */
  private static final SerializedString[] LINES =
      new SerializedString[JsonFormat.MAX_NESTING_DEPTH + 1];

  static {
    for (int level = 0; level < LINES.length; level++) {
      LINES[level] = new SerializedString("\n" + "  ".repeat(level));
    }
  }

  private int level;

  @Override
  public Layout createInstance() {
    return new Layout();
  }

  private void newLine(JsonGenerator g) {
    g.writeRaw(level < LINES.length ? LINES[level]
        : new SerializedString("\n" + "  ".repeat(level)));
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw(DEFAULT_ROOT_VALUE_SEPARATOR);
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
    level++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    newLine(g);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(NAME_VALUE);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    g.writeRaw(',');
    newLine(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    level--;
    if (entries > 0) {
      newLine(g);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    g.writeRaw('[');
    level++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    newLine(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    g.writeRaw(',');
    newLine(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    level--;
    if (values > 0) {
      newLine(g);
    }
    g.writeRaw(']');
  }
}
