package io.github.minutes4j.examples.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutes4j.core.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Escaping, checked against a CommonMark parser: whatever the text, a paragraph reads as that text,
 * and strong spans stay strong.
 */
class MarkdownTextTest {

  /** Characters that mean something somewhere in Markdown, some letters, and white space. */
  private static final String ALPHABET = "-+=#>*_`~[]()<>!|&\\.:;\"'/1234 aAzÅé\u00a0–”";

  @Test
  void plainTextOfAnyCharactersRendersAsItself() {
    Random random = new Random(20221202L);
    for (int i = 0; i < 3_000; i++) {
      String text = randomText(random, 1 + random.nextInt(12));
      if (text.isBlank()) {
        continue;
      }
      String markdown = MarkdownText.lineStart(MarkdownText.inlines(List.of(Inline.plain(text))));

      assertEquals(
          List.of(stripSpaces(text)),
          Rendered.parse(markdown).paragraphs(),
          () -> "text «" + text + "» written as «" + markdown + "»");
    }
  }

  @Test
  void mixedSpansKeepTheirTextAndTheirStrongParts() {
    Random random = new Random(20211209L);
    for (int i = 0; i < 3_000; i++) {
      List<Inline> spans = new ArrayList<>();
      List<String> strong = new ArrayList<>();
      StringBuilder all = new StringBuilder();
      int count = 1 + random.nextInt(4);
      for (int s = 0; s < count; s++) {
        String text = randomText(random, 1 + random.nextInt(6));
        String trimmed = trimUnicodeWhitespace(text);
        if (random.nextInt(3) == 0 && !trimmed.isEmpty()) {
          spans.add(Inline.strong(text));
          strong.add(trimmed);
        } else if (random.nextInt(4) == 0 && !trimmed.isEmpty()) {
          spans.add(Inline.emphasis(text));
        } else {
          spans.add(Inline.plain(text));
        }
        all.append(text);
      }
      if (all.toString().isBlank()) {
        continue;
      }
      String markdown = MarkdownText.lineStart(MarkdownText.inlines(spans));
      Rendered rendered = Rendered.parse(markdown);

      assertEquals(
          List.of(stripSpaces(all.toString())),
          rendered.paragraphs(),
          () -> "spans " + spans + " written as «" + markdown + "»");
      assertEquals(
          strong,
          MarkdownMinutesExporterTest.strongTexts(rendered),
          () -> "spans " + spans + " written as «" + markdown + "»");
    }
  }

  @Test
  void strongTextNextToALetterAfterPunctuationFallsBackToATag() {
    String markdown =
        MarkdownText.inlines(
            List.of(Inline.plain("hos "), Inline.strong("VGR:"), Inline.plain("s kansli")));

    assertEquals("hos <strong>VGR:</strong>s kansli", markdown);
    assertEquals(List.of("VGR:"), MarkdownMinutesExporterTest.strongTexts(Rendered.parse(markdown)));
  }

  @Test
  void ordinaryStrongTextUsesAsterisks() {
    String markdown =
        MarkdownText.inlines(
            List.of(Inline.strong("Linda Persson Melin"), Inline.plain(", handläggare")));

    assertEquals("**Linda Persson Melin**, handläggare", markdown);
  }

  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }

  /**
   * Markdown needs white space, including no-break spaces, outside the asterisks of strong text,
   * so strong text reads without it.
   */
  private static String trimUnicodeWhitespace(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.getType(text.charAt(start)) == Character.SPACE_SEPARATOR) {
      start++;
    }
    while (end > start && Character.getType(text.charAt(end - 1)) == Character.SPACE_SEPARATOR) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Markdown drops spaces at the start and end of a paragraph. */
  private static String stripSpaces(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    return text.substring(start, end);
  }
}
