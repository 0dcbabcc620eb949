package io.github.minutes4j.integration;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every value of a well-formed JSON text with its JSON Pointer and its place, so that tests
 * can change one value and know where the reader must report it. A small recursive-descent
 * scanner, independent of the Jackson parser the reader uses.
 */
final class JsonValues {

  /** What a value is. */
  enum Type {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  /**
   * One value: its pointer, type, and where it is: {@code start} and {@code end} are offsets in
   * the text, {@code line} and {@code column} count from 1 (columns in UTF-16 code units).
   */
  record Value(String pointer, Type type, int start, int end, int line, int column) {}

  private final String text;
  private final List<Value> values = new ArrayList<>();
  private int at;

  private JsonValues(String text) {
    this.text = text;
  }

  /** Every value of the text, the document itself first, in the order they start. */
  static List<Value> of(String json) {
    JsonValues scanner = new JsonValues(json);
    scanner.value("");
    return scanner.values;
  }

  private void value(String pointer) {
    space();
    int start = at;
    int index = values.size();
    values.add(null);
    Type type;
    char c = text.charAt(at);
    if (c == '{') {
      type = Type.OBJECT;
      at++;
      space();
      if (text.charAt(at) == '}') {
        at++;
      } else {
        while (true) {
          space();
          String name = string();
          space();
          expect(':');
          value(pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
          space();
          if (text.charAt(at) == ',') {
            at++;
          } else {
            expect('}');
            break;
          }
        }
      }
    } else if (c == '[') {
      type = Type.ARRAY;
      at++;
      space();
      if (text.charAt(at) == ']') {
        at++;
      } else {
        for (int i = 0; ; i++) {
          value(pointer + "/" + i);
          space();
          if (text.charAt(at) == ',') {
            at++;
          } else {
            expect(']');
            break;
          }
        }
      }
    } else if (c == '"') {
      type = Type.STRING;
      string();
    } else if (text.startsWith("true", at) || text.startsWith("false", at)) {
      type = Type.BOOLEAN;
      at += text.startsWith("true", at) ? 4 : 5;
    } else if (text.startsWith("null", at)) {
      type = Type.NULL;
      at += 4;
    } else {
      type = Type.NUMBER;
      while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < start; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    values.set(index, new Value(pointer, type, start, at, line, start - lineStart + 1));
  }

  private String string() {
    expect('"');
    StringBuilder value = new StringBuilder();
    while (text.charAt(at) != '"') {
      char c = text.charAt(at++);
      if (c == '\\') {
        char e = text.charAt(at++);
        switch (e) {
          case 'u':
            value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
            break;
          case 'n':
            value.append('\n');
            break;
          case 't':
            value.append('\t');
            break;
          case 'r':
            value.append('\r');
            break;
          case 'b':
            value.append('\b');
            break;
          case 'f':
            value.append('\f');
            break;
          default:
            value.append(e);
        }
      } else {
        value.append(c);
      }
    }
    at++;
    return value.toString();
  }

  private void space() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private void expect(char c) {
    if (text.charAt(at) != c) {
      throw new IllegalArgumentException("expected " + c + " at " + at + " in the JSON");
    }
    at++;
  }
}
