package io.github.minutes4j.pdf.internal;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FontResolver;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.render.FSFont;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers the fonts openhtmltopdf resolves during one render, so that each font specification
 * is resolved once.
 *
 * <p>The engine asks its font resolver for a font whenever it measures or draws text: for the
 * narrowest width a table column may take with {@code word-wrap: break-word}, once per character
 * of every cell. Each answer builds a new list of the family's faces and sorts every fallback
 * face by its priority for the specification, and the answer depends only on the specification
 * (families, size, weight, style, variant) and on the fonts registered before the layout. For
 * the 574-page document those look-ups were about a quarter of the export's CPU time.
 *
 * <p>One instance per render (not thread-safe, as the render itself); the fonts it hands out are
 * the engine's immutable {@code PdfBoxFSFont}s. Internal to the module; no compatibility promise.
 *
 * @since 0.3.0
 */
final class ResolvedFonts implements FontResolver {

  private final FontResolver engine;
  private final Map<Key, FSFont> resolved = new HashMap<>();

  /**
   * Remembers the answers of a resolver.
   *
   * @param engine the render's own resolver, with every font registered
   */
  ResolvedFonts(FontResolver engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  @Override
  public FSFont resolveFont(SharedContext context, FontSpecification spec) {
    // Looked up with a view of the engine's array; only a key that is kept holds a copy of it.
    FSFont font = resolved.get(key(spec, spec.families));
    if (font == null) {
      font = engine.resolveFont(context, spec);
      resolved.put(key(spec, spec.families == null ? null : spec.families.clone()), font);
    }
    return font;
  }

  /**
   * The font already resolved for a specification, without resolving it.
   *
   * @param spec the specification
   * @return the font this render resolved for it; null if none yet
   */
  FSFont resolved(FontSpecification spec) {
    return resolved.get(key(spec, spec.families));
  }

  private static Key key(FontSpecification spec, String[] families) {
    return new Key(
        families == null ? null : Arrays.asList(families),
        spec.size,
        spec.fontWeight,
        spec.fontStyle,
        spec.variant);
  }

  /** What the engine's answer depends on; the engine's idents are singletons. */
  private record Key(
      List<String> families, float size, IdentValue weight, IdentValue style, IdentValue variant) {}
}
