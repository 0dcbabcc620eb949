package io.github.minutes4j.pdf.internal;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FontResolver;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.render.FSFont;
import java.io.Closeable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One render's font resolver that asks openhtmltopdf's once for each distinct font (families,
 * size, weight, style, variant) and then gives the same answer again.
 *
 * <p>openhtmltopdf resolves the font of every computed style anew, and each time copies and sorts
 * the fallback faces ({@link FontSet} registers every face as one) by how close they are to the
 * style: a few per cent of an export's CPU time, for a page that uses a dozen distinct fonts. The
 * answer depends only on the specification and on the faces registered, which do not change
 * during a render, and openhtmltopdf's font objects are immutable, so giving the same one for an
 * equal specification draws the same.
 *
 * <p>Not thread-safe: one per render, like the resolver it wraps, which it closes when closed.
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.3.0
 */
final class FontsPerStyle implements FontResolver, Closeable {

  /** What openhtmltopdf's resolver reads of a specification. */
  private record Key(
      List<String> families, float size, IdentValue weight, IdentValue style, IdentValue variant) {}

  private final PdfBoxFontResolver resolver;
  private final Map<Key, FSFont> resolved = new HashMap<>();

  /**
   * Wraps a render's resolver, whose faces are all registered.
   *
   * @param resolver the render's resolver
   */
  FontsPerStyle(PdfBoxFontResolver resolver) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  @Override
  public FSFont resolveFont(SharedContext context, FontSpecification spec) {
    Key key =
        new Key(
            spec.families == null ? null : Arrays.asList(spec.families.clone()),
            spec.size,
            spec.fontWeight,
            spec.fontStyle,
            spec.variant);
    FSFont font = resolved.get(key);
    if (font == null) {
      font = resolver.resolveFont(context, spec);
      resolved.put(key, font);
    }
    return font;
  }

  @Override
  public void close() {
    resolver.close();
  }
}
