package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.LinkTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * No printed line breaks inside a word where an inline element ends or starts in it: a bare
 * address and the full stop or comma after it ("https://example.org/plan" at the end of one line,
 * ". Then" at the start of the next), a bold stem and its plain ending ("gardener" and "s and"),
 * an italic part of a word ("un" and "tidy"), a link and the letters after it. Many widths before
 * the same words, so that each boundary meets the end of a line somewhere.
 */
class UnbrokenWordsTest {

  private static final String PLAN = "https://example.org/plan";
  private static final String LIST = "https://example.org/a";
  private static final String SHED = "https://example.org/s";

  /** A line may not start with closing punctuation or with the rest of a word split above. */
  private static final Pattern BAD_START =
      Pattern.compile("^([,.;:!?)\\-]|s and|tidy|keepers|grown)");

  /** Nor end with opening punctuation or the start of a word that goes on below. */
  private static final Pattern BAD_END = Pattern.compile("([(]|gardener|un|over|shed)$");

  @Test
  void wordsAndTheirPunctuationStayOnOneLine() throws Exception {
    AgendaItem.Builder item = AgendaItem.withHeading("Work party");
    List<String> paragraphs = new ArrayList<>();
    // Steps of about a letter's width ("x"), and of a narrow letter's ("i"), before the words.
    for (int i = 0; i < 160; i++) {
      String before =
          "x".repeat(i % 10) + "i".repeat(i / 10 % 4) + " " + "gutters water ".repeat(i / 40)
              + "see ";
      List<Inline> spans =
          i % 2 == 0
              ? List.of(
                  Inline.plain(before),
                  Inline.link(PLAN, LinkTarget.of(PLAN)),
                  Inline.plain(i % 4 == 0 ? ". Then the " : ", then the "),
                  Inline.strong("gardener"),
                  Inline.plain("s and un"),
                  Inline.emphasis("tidy"),
                  Inline.plain(" beds ("),
                  Inline.link(LIST, LinkTarget.of(LIST)),
                  Inline.plain(")."))
              : List.of(
                  Inline.plain(before),
                  Inline.emphasis("over"),
                  Inline.plain("grown "),
                  Inline.link("shed", LinkTarget.of(SHED)),
                  Inline.plain("keepers; see "),
                  Inline.link(PLAN, LinkTarget.of(PLAN)),
                  Inline.plain(", "),
                  Inline.strong("big gardener"),
                  Inline.plain("s."));
      item.addBlock(Block.paragraph(spans.toArray(Inline[]::new)));
      StringBuilder text = new StringBuilder();
      spans.forEach(span -> text.append(span.text()));
      paragraphs.add(Pdfs.squeeze(text.toString()));
    }
    byte[] pdf = Pdfs.write("unbroken-words", Pdfs.render(Pdfs.workParty(item.build())));

    try (PDDocument document = Pdfs.load(pdf)) {
      List<String> bad = Pdfs.linesStartingOrEnding(document, BAD_START, BAD_END);
      assertEquals(List.of(), bad, "lines that start or end inside a word");
      // The text is unchanged (the labelled link's address, which may break at its slash, left
      // out), and that address follows the whole word.
      String body = Pdfs.body(document);
      assertTrue(body.contains("grown shedkeepers <https://example.org"), body);
      String text = body.replaceAll(" <https://[^>]*>", "");
      for (String paragraph : paragraphs) {
        assertTrue(text.contains(paragraph), () -> "not printed as written: " + paragraph);
      }
      assertLinksCoverTheirText(document);
    }
    Pdfs.assertReadBackAndConforms(
        "unbroken words", pdf, List.of(), List.of(PLAN + ". Then", "(" + LIST + ").", "s and un"));
  }

  /**
   * A labelled link followed by an apostrophe and letters ("SKR’s") prints its address after the
   * whole word, with its space: the address printed inside the word, as "SKR<https://…>’s", lost
   * the space when the word was kept whole. At many widths, so that the word meets a line's end.
   */
  @Test
  void aLinkWithAPossessiveEndingPrintsItsAddressAfterTheWord() throws Exception {
    AgendaItem.Builder item = AgendaItem.withHeading("Work party");
    for (int i = 0; i < 40; i++) {
      item.addBlock(
          Block.paragraph(
              Inline.plain("x".repeat(i % 10) + " " + "gutters ".repeat(i / 10) + "see "),
              Inline.link("SKR", LinkTarget.of("https://skr.se/rapport")),
              Inline.plain("’s report and "),
              Inline.link("Anna", LinkTarget.of("https://example.org/anna")),
              Inline.plain("'s plan.")));
    }
    try (PDDocument document = Pdfs.load(Pdfs.render(Pdfs.workParty(item.build())))) {
      // An address may break at a slash: its pieces joined again.
      String body =
          Pattern.compile("<[^>]*>")
              .matcher(Pdfs.squeeze(Pdfs.body(document)))
              .replaceAll(address -> Matcher.quoteReplacement(address.group().replace(" ", "")));
      assertTrue(body.contains("see SKR’s <https://skr.se/rapport> report and Anna's"
          + " <https://example.org/anna> plan."), body);
      assertFalse(body.contains("SKR<") || body.contains("SKR <"), body);
    }
  }

  /**
   * A styled span that starts or ends with a space, as text pasted from a word processor has
   * ("see**&nbsp;SKR**s", "un*tidy&nbsp;*beds"), keeps that space beside the word it is kept whole
   * with: the engine drops white space at the edge of an inline block, which printed "seeSKRs" and
   * "untidybeds".
   */
  @Test
  void aSpaceAtTheEdgeOfAStyledSpanIsKept() throws Exception {
    AgendaItem.Builder item = AgendaItem.withHeading("Work party");
    for (int i = 0; i < 40; i++) {
      item.addBlock(
          Block.paragraph(
              Inline.plain("x".repeat(i % 10) + " " + "gutters ".repeat(i / 10) + "see"),
              Inline.strong(" SKR"),
              Inline.plain("s report on un"),
              Inline.emphasis("tidy "),
              Inline.plain("beds.")));
    }
    try (PDDocument document = Pdfs.load(Pdfs.render(Pdfs.workParty(item.build())))) {
      String body = Pdfs.squeeze(Pdfs.body(document));
      assertEquals(40, body.split("see SKRs report on untidy beds\\.", -1).length - 1, body);
      assertFalse(body.contains("seeSKR") || body.contains("tidybeds"), body);
    }
  }

  /**
   * Each link annotation covers its printed text and nothing else: the address, not the
   * punctuation beside it in the same inline block. A glyph is under a link when its middle is.
   */
  private static void assertLinksCoverTheirText(PDDocument document) throws Exception {
    int links = 0;
    for (int number = 1; number <= document.getNumberOfPages(); number++) {
      PDPage page = document.getPage(number - 1);
      List<TextPosition> glyphs = Pdfs.glyphs(document, number);
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link
            && link.getAction() instanceof PDActionURI uri) {
          PDRectangle box = link.getRectangle();
          // PDFBox measures glyphs from the page's top, to their baseline.
          float top = page.getMediaBox().getHeight() - box.getUpperRightY();
          float bottom = page.getMediaBox().getHeight() - box.getLowerLeftY();
          StringBuilder under = new StringBuilder();
          for (TextPosition glyph : glyphs) {
            float middle = glyph.getX() + glyph.getWidth() / 2;
            if (middle > box.getLowerLeftX() && middle < box.getUpperRightX()
                && glyph.getY() > top && glyph.getY() <= bottom) {
              under.append(glyph.getUnicode());
            }
          }
          String address = uri.getURI();
          assertEquals(address.equals(SHED) ? "shed" : address, under.toString(),
              "the text under the link to " + address + " on page " + number);
          links++;
        }
      }
    }
    assertEquals(160 + 80 * 2, links, "link annotations");
  }
}
