package io.github.minutes4j.pdf.internal;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Gives the drawn PDF's right-to-left text back its logical order where readers of the structure
 * look for it, after openhtmltopdf has drawn it in visual order.
 *
 * <ul>
 *   <li><b>Table rows.</b> The engine lays a table's columns out from the left whatever the
 *       table's direction, so {@link BidiPrint} reverses the cells of each right-to-left row
 *       and puts {@value BidiPrint#REVERSED_ROW} at the end of the row's {@code lang}. The
 *       engine orders the structure tree as the page, so here each marked row's cells are put back in their logical order (first column first) and the mark
 *       is taken off; the row's language is then its parent's again, as it was on the page.
 *   <li><b>{@code /ActualText}.</b> The engine draws each right-to-left run reversed and in
 *       presentation forms (the glyph order a viewer paints from left to right). A screen reader
 *       that reads a tag's content as it is drawn gets the letters backwards, which no heuristic
 *       fully undoes (neutral characters, mirrored brackets). So each marked-content sequence that
 *       holds right-to-left text is put under a new {@code Span} structure element whose {@code
 *       /ActualText} is its text in logical order, in base letters: the run order undone with the
 *       bidirectional algorithm (a sequence is a piece of one line), the brackets mirrored back,
 *       the shaping undone ({@link ArabicShaper#deshape}). The text goes on the structure element
 *       and not into the content stream's marked-content properties: PDFBox, reading the page,
 *       would take such a property for drawn text and mirror its brackets again. PDF/UA-1 and
 *       PDF/A allow both.
 * </ul>
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.2.0
 */
final class LogicalOrder {

  private LogicalOrder() {}

  /**
   * Puts reversed rows back in order in the structure tree.
   *
   * @param document the drawn document; changed in place
   */
  static void restoreRows(PDDocument document) {
    PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
    if (root != null) {
      List<PDStructureNode> pending = new ArrayList<>(List.of(root));
      while (!pending.isEmpty()) {
        PDStructureNode node = pending.remove(pending.size() - 1);
        if (node instanceof PDStructureElement) {
          restoreRow((PDStructureElement) node);
        }
        for (Object kid : node.getKids()) {
          if (kid instanceof PDStructureNode) {
            pending.add((PDStructureNode) kid);
          }
        }
      }
    }
  }

  private static void restoreRow(PDStructureElement element) {
    String lang = element.getLanguage();
    if (lang == null || !lang.endsWith(BidiPrint.REVERSED_ROW)) {
      return;
    }
    COSDictionary dictionary = element.getCOSObject();
    dictionary.removeItem(COSName.LANG);
    COSBase kids = dictionary.getDictionaryObject(COSName.K);
    if (kids instanceof COSArray) {
      COSArray cells = (COSArray) kids;
      COSArray reversed = new COSArray();
      for (int i = cells.size() - 1; i >= 0; i--) {
        reversed.add(cells.get(i));
      }
      dictionary.setItem(COSName.K, reversed);
    }
  }

  /**
   * Gives every marked-content sequence of the document that holds right-to-left text a parent
   * {@code Span} with its logical text as {@code /ActualText}.
   *
   * @param document the drawn document; changed in place
   * @param drawnWith the fonts the document is drawn with, whose glyphs give its text
   * @throws IOException if a page's content cannot be read
   */
  static void actualTexts(PDDocument document, Collection<PDFont> drawnWith) throws IOException {
    PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
    if (root == null) {
      return;
    }
    Map<COSBase, PDFont> fonts = new IdentityHashMap<>();
    for (PDFont font : drawnWith) {
      fonts.put(font.getCOSObject(), font);
    }
    COSDictionary parentTree = root.getCOSObject().getCOSDictionary(COSName.PARENT_TREE);
    for (PDPage page : document.getPages()) {
      Map<Integer, String> texts = rightToLeftTexts(page, fonts);
      COSArray parents =
          texts.isEmpty() || parentTree == null
              ? null
              : parentsOf(parentTree, page.getStructParents());
      if (parents != null) {
        for (Map.Entry<Integer, String> text : new TreeMap<>(texts).entrySet()) {
          wrap(page, parents, text.getKey(), text.getValue());
        }
      }
    }
  }

  /**
   * Puts a marked-content sequence under a new {@code Span} with an {@code /ActualText}, in the
   * place it had among its parent's kids, and makes the span its parent in the parent tree.
   */
  private static void wrap(PDPage page, COSArray parents, int mcid, String text) {
    if (mcid >= parents.size() || !(parents.getObject(mcid) instanceof COSDictionary)) {
      return;
    }
    COSDictionary parent = (COSDictionary) parents.getObject(mcid);
    COSBase kids = parent.getDictionaryObject(COSName.K);
    COSArray list;
    if (kids instanceof COSArray) {
      list = (COSArray) kids;
    } else {
      list = new COSArray();
      list.add(kids);
    }
    for (int i = 0; i < list.size(); i++) {
      COSBase kid = list.getObject(i);
      if (isContent(kid, parent, page, mcid)) {
        PDStructureElement span =
            new PDStructureElement(
                StandardStructureTypes.SPAN, new PDStructureElement(parent));
        COSDictionary dictionary = span.getCOSObject();
        dictionary.setItem(COSName.PG, page.getCOSObject());
        dictionary.setItem(COSName.K, kid);
        span.setActualText(text);
        list.set(i, dictionary);
        parent.setItem(COSName.K, list);
        parents.set(mcid, dictionary);
        return;
      }
    }
  }

  /** Whether a kid of a structure element is the given marked content of the page. */
  private static boolean isContent(COSBase kid, COSDictionary parent, PDPage page, int mcid) {
    if (kid instanceof COSInteger) {
      COSBase elementPage = parent.getDictionaryObject(COSName.PG);
      return ((COSInteger) kid).intValue() == mcid
          && (elementPage == null || elementPage == page.getCOSObject());
    }
    if (kid instanceof COSDictionary && COSName.MCR.equals(((COSDictionary) kid).getCOSName(COSName.TYPE))) {
      COSDictionary reference = (COSDictionary) kid;
      COSBase referencePage = reference.getDictionaryObject(COSName.PG);
      COSBase elementPage = parent.getDictionaryObject(COSName.PG);
      COSBase on = referencePage != null ? referencePage : elementPage;
      return reference.getInt(COSName.MCID) == mcid && (on == null || on == page.getCOSObject());
    }
    return false;
  }

  /** The parent tree's array for a page: the parent of each of its marked-content sequences. */
  private static COSArray parentsOf(COSDictionary node, int key) {
    COSArray numbers = node.getCOSArray(COSName.NUMS);
    if (numbers != null) {
      for (int i = 0; i + 1 < numbers.size(); i += 2) {
        COSBase number = numbers.getObject(i);
        if (number instanceof COSInteger && ((COSInteger) number).intValue() == key) {
          COSBase value = numbers.getObject(i + 1);
          return value instanceof COSArray ? (COSArray) value : null;
        }
      }
    }
    COSArray kids = node.getCOSArray(COSName.KIDS);
    if (kids != null) {
      for (int i = 0; i < kids.size(); i++) {
        if (kids.getObject(i) instanceof COSDictionary) {
          COSDictionary kid = (COSDictionary) kids.getObject(i);
          COSArray limits = kid.getCOSArray(COSName.LIMITS);
          if (limits == null || (limits.getInt(0) <= key && key <= limits.getInt(1))) {
            COSArray found = parentsOf(kid, key);
            if (found != null) {
              return found;
            }
          }
        }
      }
    }
    return null;
  }

  /** The logical text of each marked-content sequence of a page that has right-to-left text. */
  private static Map<Integer, String> rightToLeftTexts(PDPage page, Map<COSBase, PDFont> fonts)
      throws IOException {
    PDFMarkedContentExtractor extractor = new DrawnWith(fonts);
    extractor.processPage(page);
    Map<Integer, String> texts = new HashMap<>();
    List<PDMarkedContent> pending = new ArrayList<>(extractor.getMarkedContents());
    while (!pending.isEmpty()) {
      PDMarkedContent content = pending.remove(pending.size() - 1);
      StringBuilder drawn = new StringBuilder();
      for (Object part : content.getContents()) {
        if (part instanceof TextPosition) {
          drawn.append(((TextPosition) part).getUnicode());
        } else if (part instanceof PDMarkedContent) {
          pending.add((PDMarkedContent) part);
        }
      }
      int mcid = content.getMCID();
      if (mcid >= 0 && hasRightToLeft(drawn)) {
        texts.put(mcid, JdkBidi.logical(drawn.toString()));
      }
    }
    return texts;
  }

  /** Whether a text has a strong right-to-left character ({@link #isRightToLeft}). */
  static boolean hasRightToLeft(CharSequence text) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = Character.codePointAt(text, i);
      if (isRightToLeft(codePoint)) {
        return true;
      }
      i += Character.charCount(codePoint);
    }
    return false;
  }

  /** Whether a character is a strong right-to-left one (Hebrew, Arabic letters). */
  static boolean isRightToLeft(int codePoint) {
    byte direction = Character.getDirectionality(codePoint);
    return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }

  /**
   * Reads a page with the fonts it was drawn with. Left to itself, PDFBox makes a page's fonts anew
   * from their dictionaries, which have no font file until the document is saved (the subset is
   * made then): it would take fonts of the system in their place, whose glyph numbers belong to
   * other fonts, and read the glyphs as other letters or as none.
   */
  private static final class DrawnWith extends PDFMarkedContentExtractor {

    private final Map<COSBase, PDFont> fonts;
    private PDResources read;
    private PDResources withFonts;

    DrawnWith(Map<COSBase, PDFont> fonts) {
      this.fonts = fonts;
    }

    @Override
    public PDResources getResources() {
      PDResources current = super.getResources();
      if (current != read) {
        read = current;
        withFonts = current == null ? null : withDrawnFonts(current.getCOSObject());
      }
      return withFonts;
    }

    /** The same resources, whose fonts are the drawn ones where a font is one of theirs. */
    private PDResources withDrawnFonts(COSDictionary resources) {
      Map<COSName, SoftReference<PDFont>> drawn = new HashMap<>();
      COSDictionary all = resources.getCOSDictionary(COSName.FONT);
      if (all != null) {
        for (COSName name : all.keySet()) {
          PDFont font = fonts.get(all.getItem(name));
          if (font != null) {
            // Held strongly by the map of fonts, so never cleared while the page is read.
            drawn.put(name, new SoftReference<>(font));
          }
        }
      }
      return new PDResources(resources, null, drawn);
    }
  }
}
