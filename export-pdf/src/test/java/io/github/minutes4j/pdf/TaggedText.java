package io.github.minutes4j.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's structure tree as a screen reader walks it: elements in tree order, each marked-content
 * sequence with the glyphs it draws, and an element's {@code /ActualText} instead of its content.
 */
final class TaggedText {

  /** Every marked-content sequence of the document, by page and MCID. */
  private final Map<PDPage, Map<Integer, PDMarkedContent>> contents = new HashMap<>();

  private final PDDocument document;

  TaggedText(PDDocument document) throws IOException {
    this.document = document;
    for (PDPage page : document.getPages()) {
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      Map<Integer, PDMarkedContent> byId = new HashMap<>();
      List<PDMarkedContent> pending = new ArrayList<>(extractor.getMarkedContents());
      while (!pending.isEmpty()) {
        PDMarkedContent content = pending.remove(pending.size() - 1);
        byId.put(content.getMCID(), content);
        for (Object part : content.getContents()) {
          if (part instanceof PDMarkedContent) {
            pending.add((PDMarkedContent) part);
          }
        }
      }
      contents.put(page, byId);
    }
  }

  /** The structure elements of a type, in tree order. */
  List<PDStructureElement> elements(String type) {
    List<PDStructureElement> found = new ArrayList<>();
    collect(document.getDocumentCatalog().getStructureTreeRoot(), type, found);
    return found;
  }

  private static void collect(PDStructureNode node, String type, List<PDStructureElement> found) {
    if (node instanceof PDStructureElement
        && type.equals(((PDStructureElement) node).getStructureType())) {
      found.add((PDStructureElement) node);
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureNode) {
        collect((PDStructureNode) kid, type, found);
      }
    }
  }

  /** The whole document as a screen reader reads it, the tags' texts run together, squeezed. */
  String reading() {
    List<String> parts = new ArrayList<>();
    for (PDStructureElement element : elements("Document")) {
      text(element, parts);
    }
    return Pdfs.squeeze(String.join("", parts));
  }

  /**
   * The text a screen reader gets from an element: its {@code /ActualText} if it has one, else
   * its kids' texts in order, each marked-content sequence as drawn, joined by spaces.
   */
  String text(PDStructureElement element) {
    List<String> parts = new ArrayList<>();
    text(element, parts);
    return Pdfs.squeeze(String.join(" ", parts));
  }

  private void text(PDStructureElement element, List<String> parts) {
    if (element.getActualText() != null) {
      parts.add(element.getActualText());
      return;
    }
    for (Object kid : element.getKids()) {
      if (kid instanceof PDStructureElement) {
        text((PDStructureElement) kid, parts);
      } else {
        PDMarkedContent content = content(element, kid);
        if (content != null) {
          StringBuilder drawn = new StringBuilder();
          for (TextPosition glyph : glyphs(content)) {
            drawn.append(glyph.getUnicode());
          }
          parts.add(drawn.toString());
        }
      }
    }
  }

  /** Where an element's glyphs start on the left, in points. */
  float left(PDStructureElement element) {
    float left = Float.MAX_VALUE;
    for (TextPosition glyph : glyphs(element)) {
      left = Math.min(left, glyph.getXDirAdj());
    }
    return left;
  }

  /**
   * The page (from 0) an element's first marked content is drawn on.
   *
   * @throws IllegalArgumentException if the element draws nothing
   */
  int pageIndex(PDStructureElement element) {
    for (Object kid : element.getKids()) {
      if (kid instanceof PDStructureElement) {
        PDStructureElement child = (PDStructureElement) kid;
        if (!glyphs(child).isEmpty()) {
          return pageIndex(child);
        }
      } else if (content(element, kid) != null) {
        return document.getPages().indexOf(page(element, kid));
      }
    }
    throw new IllegalArgumentException(element.getStructureType() + " draws nothing");
  }

  /** Every glyph an element draws, its descendants' included. */
  List<TextPosition> glyphs(PDStructureElement element) {
    List<TextPosition> glyphs = new ArrayList<>();
    for (Object kid : element.getKids()) {
      if (kid instanceof PDStructureElement) {
        glyphs.addAll(glyphs((PDStructureElement) kid));
      } else {
        PDMarkedContent content = content(element, kid);
        if (content != null) {
          glyphs.addAll(glyphs(content));
        }
      }
    }
    return glyphs;
  }

  private PDMarkedContent content(PDStructureElement element, Object kid) {
    if (kid instanceof Integer) {
      return contents.getOrDefault(page(element, kid), Map.of()).get(kid);
    }
    if (kid instanceof PDMarkedContentReference) {
      int mcid = ((PDMarkedContentReference) kid).getMCID();
      return contents.getOrDefault(page(element, kid), Map.of()).get(mcid);
    }
    return null;
  }

  /** The page an element's kid (a marked-content id or reference) is drawn on. */
  private static PDPage page(PDStructureElement element, Object kid) {
    if (kid instanceof PDMarkedContentReference
        && ((PDMarkedContentReference) kid).getPage() != null) {
      return ((PDMarkedContentReference) kid).getPage();
    }
    return element.getPage();
  }

  private static List<TextPosition> glyphs(PDMarkedContent content) {
    List<TextPosition> glyphs = new ArrayList<>();
    for (Object part : content.getContents()) {
      if (part instanceof TextPosition) {
        glyphs.add((TextPosition) part);
      } else if (part instanceof PDMarkedContent) {
        glyphs.addAll(glyphs((PDMarkedContent) part));
      }
    }
    return glyphs;
  }
}
