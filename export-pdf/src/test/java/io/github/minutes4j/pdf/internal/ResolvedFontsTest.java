package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.render.FSFont;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The render's font resolver asks the engine's once per font specification, and tells apart
 * specifications that differ in any part the engine's answer depends on.
 */
class ResolvedFontsTest {

  private static FontSpecification spec(float size, IdentValue weight, String... families) {
    FontSpecification spec = new FontSpecification();
    spec.families = families;
    spec.size = size;
    spec.fontWeight = weight;
    spec.fontStyle = IdentValue.NORMAL;
    spec.variant = IdentValue.NORMAL;
    return spec;
  }

  /** Resolved fonts over an engine that records each specification it is asked for. */
  private static ResolvedFonts recording(List<FontSpecification> asked) {
    return new ResolvedFonts(
        (context, spec) -> {
          asked.add(spec);
          FSFont font = () -> spec.size;
          return font;
        });
  }

  @Test
  void eachSpecificationIsResolvedOnce() {
    List<FontSpecification> asked = new ArrayList<>();
    ResolvedFonts fonts = recording(asked);

    FSFont regular = fonts.resolveFont(null, spec(11, IdentValue.NORMAL, "Liberation Sans"));
    // Equal, not the same arrays: the engine makes a new specification for each style.
    assertSame(regular, fonts.resolveFont(null, spec(11, IdentValue.NORMAL, "Liberation Sans")));
    FSFont bold = fonts.resolveFont(null, spec(11, IdentValue.FONT_WEIGHT_700, "Liberation Sans"));
    FSFont larger = fonts.resolveFont(null, spec(12, IdentValue.NORMAL, "Liberation Sans"));
    FSFont other = fonts.resolveFont(null, spec(11, IdentValue.NORMAL, "Noto Sans Arabic"));
    FSFont none = fonts.resolveFont(null, spec(11, IdentValue.NORMAL, (String[]) null));
    assertSame(none, fonts.resolveFont(null, spec(11, IdentValue.NORMAL, (String[]) null)));

    assertNotSame(regular, bold);
    assertNotSame(regular, larger);
    assertNotSame(regular, other);
    assertEquals(5, asked.size(), "one question per distinct specification");
  }

  /** The remembered answer does not change when the engine reuses the array it asked with. */
  @Test
  void keepsItsOwnCopyOfTheFamilies() {
    List<FontSpecification> asked = new ArrayList<>();
    ResolvedFonts fonts = recording(asked);
    FontSpecification first = spec(11, IdentValue.NORMAL, "Liberation Sans");
    FSFont regular = fonts.resolveFont(null, first);
    first.families[0] = "Noto Sans Arabic";

    assertSame(regular, fonts.resolveFont(null, spec(11, IdentValue.NORMAL, "Liberation Sans")));
    fonts.resolveFont(null, spec(11, IdentValue.NORMAL, "Noto Sans Arabic"));
    assertEquals(2, asked.size(), "the changed array is a new specification");
  }
}
