package io.github.minutes4j.pdf.internal;

import com.openhtmltopdf.pdfboxout.PageSupplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Gives every artifact of a page one shared property list instead of one of its own.
 *
 * <p>In PDF/UA mode openhtmltopdf marks each box that has a border or a background as an artifact
 * while it paints it, with a new property list {@code <</Type /Background /BBox [...]>>}; PDFBox
 * adds each to the page's {@code /Properties} resources under a new name, after looking for it
 * among those already there (a linear search per artifact). Most of them mark nothing: a table
 * cell whose collapsed border is painted by its neighbour, a link's line-through decoration it
 * does not have. A 574-page document with a large participant list had 141,000 of them, about
 * 100 MB of live heap while the pages were drawn and a part of the time spent drawing and saving.
 *
 * <p>So each page is created with a {@code /Properties} dictionary ({@link Properties}) that
 * answers PDFBox's look-up for such a list with one shared name: {@code /Layout} for the
 * backgrounds and borders, marked as layout artifacts ({@code <</Type /Layout>>}, which need no
 * bounding box: ISO 32000-1, 14.8.2.2.2, requires {@code /BBox} of background artifacts only),
 * and {@code /Pagination} for the running header and footer ({@code <</Type /Pagination>>}, the
 * list the engine writes). PDF/UA-1 asks only that such content be marked as an artifact,
 * which it still is; what is lost is each background's rectangle, which no reader of the
 * structure uses. Every other property list (marked content with more than an MCID) gets its own
 * name, as before.
 *
 * <p>One instance per render; not thread-safe (the engine asks for pages from one thread).
 * Internal to the module; no compatibility promise.
 *
 * @since 0.3.0
 */
final class SharedArtifacts implements PageSupplier {

  /** The name of the shared layout artifact list in a page's {@code /Properties}. */
  static final COSName LAYOUT = COSName.getPDFName("Layout");

  /** The name of the shared pagination artifact list in a page's {@code /Properties}. */
  static final COSName PAGINATION = COSName.getPDFName("Pagination");

  private final Flate flate;

  /** The page asked for last, which the engine is drawing; none before the first. */
  private PDPage drawing;

  /**
   * Creates the supplier of one render's pages.
   *
   * @param flate compresses each finished page's content when the next page is asked for
   */
  SharedArtifacts(Flate flate) {
    this.flate = flate;
  }

  @Override
  public PDPage requestPage(
      PDDocument document, float width, float height, int pageNumber, int shadowPageNumber) {
    if (drawing != null) {
      try {
        flate.finished(drawing);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    PDPage page = new PDPage(new PDRectangle(width, height));
    PDResources resources = new PDResources();
    resources.getCOSObject().setItem(COSName.PROPERTIES, new Properties());
    page.setResources(resources);
    document.addPage(page);
    drawing = page;
    return page;
  }

  /**
   * A page's {@code /Properties} resources that hold one artifact property list of each type and
   * say that they hold any other of that type. PDFBox's {@code PDResources.add} asks {@link
   * #containsValue} whether a list is there already and then {@link #getKeyForValue} for its
   * name; for an artifact's list both answer with the shared list, which is put in on first use.
   * Written to the file as any dictionary.
   */
  static final class Properties extends COSDictionary {

    @Override
    public boolean containsValue(Object value) {
      return shared(value) != null || super.containsValue(value);
    }

    @Override
    public COSName getKeyForValue(Object value) {
      COSName name = shared(value);
      return name != null ? name : super.getKeyForValue(value);
    }

    /** The shared name for an artifact's property list, put in if needed; null for any other. */
    private COSName shared(Object value) {
      if (!(value instanceof COSDictionary)) {
        return null;
      }
      COSDictionary list = (COSDictionary) value;
      COSName type = list.getCOSName(COSName.TYPE);
      COSName name;
      if (COSName.BACKGROUND.equals(type)) {
        name = LAYOUT;
      } else if (PAGINATION.equals(type)) {
        name = PAGINATION;
      } else {
        return null;
      }
      for (COSName key : list.keySet()) {
        if (!COSName.TYPE.equals(key) && !COSName.BBOX.equals(key)) {
          return null; // more than the engine's artifact lists say: keep it as it is
        }
      }
      if (!containsKey(name)) {
        COSDictionary artifact = new COSDictionary();
        artifact.setItem(COSName.TYPE, name);
        setItem(name, artifact);
      }
      return name;
    }
  }
}
