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

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw(DEFAULT_ROOT_VALUE_SEPARATOR);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(NAME_VALUE);
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    open(g, '{');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    open(g, '[');
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    newLine(g);
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    newLine(g);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    next(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    next(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    close(g, entries, '}');
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    close(g, values, ']');
  }

  private void open(JsonGenerator g, char bracket) {
    g.writeRaw(bracket);
    level++;
  }

  private void next(JsonGenerator g) {
    g.writeRaw(',');
    newLine(g);
  }

  /** Ends an object or list: on a line of its own unless it is empty. */
  private void close(JsonGenerator g, int count, char bracket) {
    level--;
    if (count > 0) {
      newLine(g);
    }
    g.writeRaw(bracket);
  }

  private void newLine(JsonGenerator g) {
    g.writeRaw(level < LINES.length ? LINES[level]
        : new SerializedString("\n" + "  ".repeat(level)));
  }
}
