package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.ActionItem;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Person;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * No printed line starts with closing punctuation or ends with opening punctuation where an
 * inline element (a name, bold or italic text, a link's address) meets the punctuation beside it:
 * the engine broke the line between the two, as in "Bo Fitzgerald" at the end of one line and ",
 * Mohammed Osei" at the start of the next, or "quotes gutters" and "! rents board".
 */
class BoundaryPunctuationTest {

  private static final Pattern BAD_START = Pattern.compile("^[,.;:!?)\\]»”]");
  private static final Pattern BAD_END = Pattern.compile("[(\\[«„]$");

  private static final List<String> NAMES =
      List.of("Li Okonkwo-Adeyemi", "Margaret Fitzgerald", "Ahmed Osei", "Ed Li", "Li Lindqvist",
          "Bo Fitzgerald", "Mohammed Osei", "Priya Raman", "Jo Ng", "Daniel Price");

  @Test
  void punctuationStaysOnTheLineOfTheWordBeforeOrAfterIt() throws IOException {
    AgendaItem.Builder item = AgendaItem.withHeading("Work party");
    List<String> paragraphs = new ArrayList<>();
    // Words of every length before the same pattern: somewhere each boundary meets a line's end.
    for (int i = 0; i < 48; i++) {
      String before = "gutters water ".repeat(i % 6) + "x".repeat(i % 8) + " the board said ";
      List<Inline> spans =
          List.of(
              Inline.plain(before),
              Inline.strong("quotes gutters"),
              Inline.plain("! Then the "),
              Inline.emphasis("accounts"),
              Inline.plain(", and the shed ("),
              Inline.strong("see the plan"),
              Inline.plain("), were read; "),
              Inline.link("budget", LinkTarget.of("https://example.org/b")),
              Inline.plain(", rents and "),
              Inline.emphasis("discounts"),
              Inline.plain("."));
      item.addBlock(Block.paragraph(spans.toArray(Inline[]::new)));
      StringBuilder text = new StringBuilder();
      spans.forEach(span -> text.append(span.text()));
      paragraphs.add(Pdfs.squeeze(text.toString()));
    }
    // Owners of every count: the commas between names meet the end of the owners' column.
    for (int i = 1; i <= 30; i++) {
      List<Person> owners = new ArrayList<>();
      for (int j = 0; j < 2 + i % 7; j++) {
        owners.add(j == 1 && i % 3 == 0
            ? new Person(Optional.of(NAMES.get((i + j) % NAMES.size())),
                Optional.of("treasurer of the society"), Optional.empty())
            : Person.named(NAMES.get((i + j) % NAMES.size())));
      }
      item.addAction(new ActionItem("Task " + i, owners, Optional.empty()));
    }
    Minutes minutes = Pdfs.workParty(item.build());

    try (PDDocument document = Pdfs.load(Pdfs.render(minutes))) {
      List<String> bad = Pdfs.linesStartingOrEnding(document, BAD_START, BAD_END);
      assertEquals(List.of(), bad, "lines that start or end with the wrong punctuation");
      // The text itself is unchanged: each paragraph reads as written (the link's address, which
      // may break at its slash, left out).
      String body = Pdfs.body(document).replaceAll(" <https://example\\.org ?/ ?b>", "");
      for (String paragraph : paragraphs) {
        assertTrue(body.contains(paragraph), () -> "not printed as written: " + paragraph);
      }
    }
  }
}
