package io.github.minutes4j.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * {@link Layout} lays out JSON exactly as Jackson's own printer does when configured for this
 * format (two spaces, {@code "name": value}, empty containers as {@code []} and {@code {}}),
 * at every depth, including deeper than the reader accepts.
 */
class LayoutTest {

  /** The printer the writer used before it had its own layout. */
  private static PrettyPrinter jacksons() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEntrySpacing(Separators.Spacing.NONE)
                .withArrayElementSpacing(Separators.Spacing.NONE)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  private static String write(PrettyPrinter printer, Consumer<JsonGenerator> content) {
    ObjectWriteContext context = new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return printer;
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(context, out, JsonEncoding.UTF8)) {
      content.accept(g);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Random objects and lists, some empty, nested up to {@code depth}. */
  private static void value(JsonGenerator g, Random random, int depth) {
    int kind = depth == 0 ? 2 : random.nextInt(3);
    int size = random.nextInt(4);
    if (kind == 0) {
      g.writeStartObject();
      for (int i = 0; i < size; i++) {
        g.writeName("p" + i);
        value(g, random, depth - 1);
      }
      g.writeEndObject();
    } else if (kind == 1) {
      g.writeStartArray();
      for (int i = 0; i < size; i++) {
        value(g, random, depth - 1);
      }
      g.writeEndArray();
    } else {
      g.writeString("å" + size);
    }
  }

  @Test
  void writesWhatJacksonsConfiguredPrinterWrites() {
    Random random = new Random(11);
    for (int run = 0; run < 300; run++) {
      long seed = random.nextLong();
      Consumer<JsonGenerator> content = g -> value(g, new Random(seed), 8);
      assertEquals(write(jacksons(), content), write(new Layout(), content), "seed " + seed);
    }
  }

  @Test
  void indentsDeeperThanTheReadersLimit() {
    int depth = JsonFormat.MAX_NESTING_DEPTH + 10;
    Consumer<JsonGenerator> nested = g -> {
      for (int i = 0; i < depth; i++) {
        g.writeStartArray();
      }
      g.writeString("deep");
      for (int i = 0; i < depth; i++) {
        g.writeEndArray();
      }
    };
    String written = write(new Layout(), nested);
    assertEquals(write(jacksons(), nested), written);
    assertEquals("\n" + "  ".repeat(depth) + "\"deep\"", written.substring(
        written.indexOf('"') - 1 - 2 * depth, written.lastIndexOf('"') + 1));
  }
}
