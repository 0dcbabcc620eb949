package io.github.minutes4j.pdf.internal;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The fonts of one exporter, parsed once into fontbox {@link TrueTypeFont}s and shared by every
 * render on every thread. Per render, each face used becomes one {@link SubsetFont} of that
 * render's {@link PDDocument}: a PDFont belongs to one document and cannot be shared, but the
 * parsed font under it, and what is derived from it once ({@link SubsetFont.Program}), can.
 *
 * <p>The shipped faces are parsed one by one, each when a render first needs it (to check the
 * characters of a page, or to draw with it), so a document in regular and bold text never pays for
 * parsing the italic faces, nor a document in Latin script for the fonts of other scripts; the
 * metrics that every render registers come with the shipped faces ({@link #primeMetrics}). Faces
 * added with the builder are parsed, and tried in a throwaway document, when the font set is made,
 * so that a broken font fails there. The faces of font providers ({@link FallbackFonts}) come
 * last: each is asked only for the characters of its scripts and those common to all scripts,
 * parsed only when such a character is not in an earlier face, and registered with a render only
 * once a face of its family is parsed.
 *
 * <p>Thread safety: fontbox 3 reads a font's tables and glyphs under locks, and the subsetter reads
 * from a fresh view of the font's bytes. A face is parsed at most once, under its own lock, and
 * every table is loaded then, so that the shared instances are not even lazily changed later. The
 * metrics cache openhtmltopdf keeps per family, weight and style is a concurrent map, one per font
 * set, so that two font sets whose families share a name never see each other's metrics.
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.1.0
 */
public final class FontSet {

  /** The family of the fonts in the jar. */
  public static final String SHIPPED_FAMILY = "Liberation Sans";

  /** The family of the shipped Arabic font, for Arabic, Persian and Urdu. */
  public static final String ARABIC_FAMILY = "Noto Sans Arabic";

  /** The family of the shipped Hebrew font. */
  public static final String HEBREW_FAMILY = "Noto Sans Hebrew";

  /** The family of the shipped Ethiopic font, for Amharic, Tigrinya and other Ge'ez languages. */
  public static final String ETHIOPIC_FAMILY = "Noto Sans Ethiopic";

  /** The family of the shipped Armenian font. */
  public static final String ARMENIAN_FAMILY = "Noto Sans Armenian";

  /** The family of the shipped Georgian font. */
  public static final String GEORGIAN_FAMILY = "Noto Sans Georgian";

  /** The family of the shipped Cherokee font. */
  public static final String CHEROKEE_FAMILY = "Noto Sans Cherokee";

  /** The family of the shipped font for Canadian Aboriginal Syllabics (Inuktitut, Cree, ...). */
  public static final String CANADIAN_ABORIGINAL_FAMILY = "Noto Sans Canadian Aboriginal";

  /** The family of the shipped Tifinagh font, for Tamazight (Berber) languages. */
  public static final String TIFINAGH_FAMILY = "Noto Sans Tifinagh";

  /**
   * The family of the shipped last-resort font, for symbols, currency signs and letters that the
   * fonts before it lack ({@link #lastResort}).
   */
  public static final String SYMBOLS_FAMILY = "DejaVu Sans";

  /**
   * The family of the shipped font for emoji and the symbols that even the last resort lacks,
   * which comes after it ({@link #emoji}).
   */
  public static final String EMOJI_FAMILY = "Symbola";

  /**
   * The scripts whose characters the last-resort font is asked for: those common to all scripts
   * (symbols, arrows, currency signs, punctuation), combining marks, and the alphabets and
   * syllabaries it covers that print without shaping. Not Arabic, Hebrew, Armenian or Georgian,
   * which have their own fonts; not Lao or N'Ko, which the font has but the engine cannot print
   * correctly; not its private-use characters.
   */
  private static final Set<Character.UnicodeScript> LAST_RESORT_SCRIPTS =
      Set.of(
          Character.UnicodeScript.COMMON,
          Character.UnicodeScript.INHERITED,
          Character.UnicodeScript.LATIN,
          Character.UnicodeScript.GREEK,
          Character.UnicodeScript.CYRILLIC,
          Character.UnicodeScript.LISU,
          Character.UnicodeScript.BRAILLE);

  /** Every family in the jar, main font first, then the fallbacks for what it lacks. */
  public static final List<String> SHIPPED_FAMILIES =
      List.of(
          SHIPPED_FAMILY,
          ARABIC_FAMILY,
          HEBREW_FAMILY,
          ETHIOPIC_FAMILY,
          ARMENIAN_FAMILY,
          GEORGIAN_FAMILY,
          CHEROKEE_FAMILY,
          CANADIAN_ABORIGINAL_FAMILY,
          TIFINAGH_FAMILY,
          SYMBOLS_FAMILY,
          EMOJI_FAMILY);

  private static final String FONT_FOLDER = "/io/github/minutes4j/pdf/fonts/";

  /** The origin of a face added with the builder from bytes, not from a named file. */
  private static final String ADDED = "a font added with addFont";

  /** How the origin of a shipped face starts, before its file's name. */
  private static final String SHIPPED = "the shipped font ";

  /**
   * A face to parse: where its bytes come from, and how documents name it.
   *
   * @param data supplies the TrueType font file; called once
   * @param family the family name the stylesheet uses
   * @param weight the CSS weight, 1 to 1000 (400 regular, 700 bold)
   * @param italic whether the face is italic
   * @param origin where the face comes from, as a message names it: {@code the font
   *     /path/to/file.ttf}, {@code the shipped font LiberationSans-Regular.ttf}, or {@code a font
   *     added with addFont}
   */
  public record Source(
      Supplier<InputStream> data, String family, int weight, boolean italic, String origin) {

    /**
     * Creates a source.
     *
     * @throws NullPointerException if {@code data}, {@code family} or {@code origin} is null
     */
    public Source {
      Objects.requireNonNull(data, "data");
      Objects.requireNonNull(family, "family");
      Objects.requireNonNull(origin, "origin");
    }

    /**
     * Creates a source of a face added with the builder's {@code addFont}, from bytes that are
     * not a named file.
     *
     * @throws NullPointerException if {@code data} or {@code family} is null
     */
    public Source(Supplier<InputStream> data, String family, int weight, boolean italic) {
      this(data, family, weight, italic, ADDED);
    }

    /**
     * The face as a person names it.
     *
     * @return such as {@code "Liberation Sans" 700 italic}
     */
    public String describe() {
      return FontSet.describe(family, weight, italic);
    }
  }

  /**
   * A parsed TrueType font, with its Unicode character map, and what it embeds as if it was
   * tried in a throwaway document when parsed; else null.
   */
  private record Parsed(TrueTypeFont ttf, CmapLookup cmap, SubsetFont.Program tried) {}

  /** One face: its name in the stylesheet, and the font, parsed when first needed. */
  static final class Face {
    final String family;
    final int weight;
    final boolean italic;
    /** Where it comes from, as {@link Source#origin()} names it. */
    final String origin;
    /** The characters the face is asked for; null: every one. */
    private final IntPredicate asked;
    /** Whether a render registers the face only once a face of its family is parsed. */
    private final boolean onDemand;
    private Source source; // guarded by this; null once parsed
    // Read on every glyph look-up by every render's thread: volatile rather than a synchronized
    // getter, whose lock word two threads would otherwise write in turn, on every look-up.
    private volatile Parsed parsed;
    private volatile SubsetFont.Program program;
    private volatile PdfBoxRawPDFontMetrics metrics;
    private final FaceMetrics numbers; // null if not known before reading the face

    /** A face parsed now. */
    Face(Source source, Parsed parsed) {
      this.family = source.family();
      this.weight = source.weight();
      this.italic = source.italic();
      this.origin = source.origin();
      this.parsed = parsed;
      this.program = parsed.tried();
      this.numbers = null;
      this.asked = null;
      this.onDemand = false;
    }

    /**
     * A face parsed when {@link #parsed()} is first called.
     *
     * @param numbers the numbers its metrics come from, if known without reading it; else null
     */
    Face(Source source, FaceMetrics numbers) {
      this(source, numbers, null, false);
    }

    /**
     * A provider's face, parsed when {@link #parsed()} is first called and registered with a render
     * only once a face of its family is parsed.
     *
     * @param numbers the numbers its metrics come from, if known without reading it; else null
     * @param scripts the scripts it is asked for, besides those common to all ({@link
     *     #providerServes})
     */
    Face(Source source, FaceMetrics numbers, Set<Character.UnicodeScript> scripts) {
      this(source, numbers, providerServes(scripts), true);
    }

    /**
     * A face parsed when {@link #parsed()} is first called.
     *
     * @param numbers the numbers its metrics come from, if known without reading it; else null
     * @param asked the characters it is asked for; null for every character
     * @param onDemand whether a render registers it only once a face of its family is parsed
     */
    private Face(Source source, FaceMetrics numbers, IntPredicate asked, boolean onDemand) {
      this.family = source.family();
      this.weight = source.weight();
      this.italic = source.italic();
      this.origin = source.origin();
      this.source = source;
      this.numbers = numbers;
      this.asked = asked;
      this.onDemand = onDemand;
    }

    /**
     * Whether the face is asked for a character: most faces for every character, a provider's face
     * only for the characters of its scripts and those common to all ({@link #providerServes}),
     * the shipped last-resort face only for those of {@link #lastResort}.
     */
    boolean serves(int codePoint) {
      return asked == null || asked.test(codePoint);
    }

    /** Whether the face has a glyph for a character it {@linkplain #serves serves}. */
    boolean has(int codePoint) {
      return serves(codePoint) && parsed().cmap().getGlyphId(codePoint) != 0;
    }

    /** Whether the face is a provider's, which a render registers only when needed. */
    boolean onDemand() {
      return onDemand;
    }

    boolean isParsed() {
      return parsed != null;
    }

    String key() {
      return family.toLowerCase(Locale.ROOT) + "|" + weight + "|" + italic;
    }

    /**
     * The parsed font; parses it on the first call. Parsing a face that fails (the shipped fonts
     * never do) throws each time it is asked for.
     */
    Parsed parsed() {
      Parsed known = parsed;
      return known != null ? known : parseOnce();
    }

    private synchronized Parsed parseOnce() {
      if (parsed == null) {
        parsed = parse(source, false);
        source = null;
      }
      return parsed;
    }

    /** What every render's font of this face shares; derived on the first call. */
    SubsetFont.Program program() {
      SubsetFont.Program known = program;
      return known != null ? known : programOnce();
    }

    private synchronized SubsetFont.Program programOnce() {
      if (program == null) {
        Parsed face = parsed();
        try {
          program = SubsetFont.Program.of(face.ttf(), face.cmap());
        } catch (IOException e) {
          throw new UncheckedIOException(
              "Cannot embed the font " + describe(family, weight, italic), e);
        }
      }
      return program;
    }

    /** The face's metrics as openhtmltopdf takes them from PDFBox's font; computed once. */
    PdfBoxRawPDFontMetrics metrics() {
      PdfBoxRawPDFontMetrics known = metrics;
      return known != null ? known : metricsOnce();
    }

    /**
     * The metrics: from the numbers known for a shipped face, so that registering the faces a
     * render does not draw with reads none of them; else from the parsed face (a face added with
     * the builder is parsed when the font set is made).
     */
    private synchronized PdfBoxRawPDFontMetrics metricsOnce() {
      if (metrics == null) {
        try {
          metrics = (numbers != null ? numbers : FaceMetrics.of(parsed().ttf())).forEngine();
        } catch (IOException e) {
          throw new UncheckedIOException(
              "Cannot read the metrics of the font " + describe(family, weight, italic), e);
        }
      }
      return metrics;
    }

    IdentValue style() {
      return italic ? IdentValue.ITALIC : IdentValue.NORMAL;
    }
  }

  /**
   * The characters a provider's face is asked for: those of its scripts, those common to all
   * scripts (punctuation, digits, symbols) and combining marks, and the Halfwidth and Fullwidth
   * Forms (U+FF00-U+FFEF), which East Asian text writes Latin letters with ("Ｆ１"): such a letter
   * is of the Latin script, and only a CJK font has its wide glyph.
   *
   * @param scripts the provider face's scripts
   * @return whether the face is asked for a character
   */
  static IntPredicate providerServes(Set<Character.UnicodeScript> scripts) {
    Set<Character.UnicodeScript> own = Set.copyOf(scripts);
    return codePoint -> {
      Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
      return script == Character.UnicodeScript.COMMON
          || script == Character.UnicodeScript.INHERITED
          || own.contains(script)
          || Character.UnicodeBlock.of(codePoint)
              == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    };
  }

  /**
   * Whether the shipped last-resort face ({@link #SYMBOLS_FAMILY}) is asked for a character: one of
   * the Basic Multilingual Plane, of a script in {@link #LAST_RESORT_SCRIPTS}. Its font also has
   * the letters of Lao and N'Ko, which stay refused: the engine can print neither script correctly,
   * and no shipped face before it has them either. The emoji it has (the faces U+1F600-U+1F640),
   * which are beyond that plane, are printable because the emoji face after it has them too ({@link
   * #emoji}); the engine draws them with this face, the first that has them.
   *
   * @param codePoint the character
   * @return whether the face is asked for it
   */
  static boolean lastResort(int codePoint) {
    return codePoint <= Character.MAX_VALUE
        && LAST_RESORT_SCRIPTS.contains(Character.UnicodeScript.of(codePoint));
  }

  /**
   * Whether the shipped emoji face ({@link #EMOJI_FAMILY}) is asked for a character: one common to
   * all scripts or inherited from the one before it (a keycap's enclosing mark), in any plane: the
   * emoji, and the symbols, arrows and signs that the fonts before it lack. It has the letters of
   * several scripts too, which it is not asked for. Nor is it asked for the punctuation of
   * Chinese, Japanese and Korean and the fullwidth forms ("。", "、", "！"), which it lacks, so that
   * such a document does not parse its 3.2 MB on the way to a provider's CJK font.
   *
   * @param codePoint the character
   * @return whether the face is asked for it
   */
  static boolean emoji(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
    return (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED)
        && block != Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        && block != Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
  }

  private final List<Face> faces;
  private final List<String> families;
  private final FallbackFonts fallbacks;
  private final FSCacheEx<String, FSCacheValue> metricsCache = new FSDefaultCacheStore();

  private FontSet(List<Face> faces, FallbackFonts fallbacks) {
    this.fallbacks = fallbacks;
    this.faces = List.copyOf(faces);
    Set<String> names = new LinkedHashSet<>();
    for (Face face : faces) {
      names.add(face.family);
    }
    this.families = List.copyOf(names);
  }

  /**
   * The fonts in the jar, shared by the whole JVM; each face is parsed when a render first needs
   * it.
   *
   * @return the shipped fonts
   */
  public static FontSet shipped() {
    return Shipped.INSTANCE;
  }

  /**
   * A font set of the shipped fonts, if asked for, followed by more faces.
   *
   * @param withShipped whether the shipped fonts come first
   * @param added the further faces, in order
   * @return the font set
   * @throws IllegalArgumentException if there is no face at all, if two added faces share family,
   *     weight and style, or if a face cannot be read or embedded; the message names the face
   * @throws UncheckedIOException if reading a face's bytes fails
   */
  public static FontSet of(boolean withShipped, List<Source> added) {
    return of(withShipped, added, FallbackFonts.NONE);
  }

  /**
   * A font set of the shipped fonts, if asked for, followed by more faces, then by the faces of
   * font providers that no earlier face already is (same family, weight and style). The shipped
   * last-resort face ({@link #SYMBOLS_FAMILY}) comes after the added faces, so that a symbol font
   * added by hand draws the symbols it has; it gives way to an added face of the same family,
   * weight and style (DejaVu Sans regular, which a user may have added for symbols before it
   * shipped), so that such an exporter still builds and prints what it printed; an added face that
   * is another shipped face is refused.
   *
   * @param withShipped whether the shipped fonts come first
   * @param added the further faces, in order
   * @param fallbacks the providers' faces, parsed only when needed
   * @return the font set
   * @throws IllegalArgumentException as {@link #of(boolean, List)}
   * @throws UncheckedIOException if reading a face's bytes fails
   */
  public static FontSet of(boolean withShipped, List<Source> added, FallbackFonts fallbacks) {
    List<Face> own = new ArrayList<>();
    for (Source source : added) {
      own.add(new Face(source, parse(source, true)));
    }
    List<Face> faces = new ArrayList<>();
    List<Face> lastResort = new ArrayList<>();
    if (withShipped) {
      Set<String> replaced = new LinkedHashSet<>(); // the last resort gives way to these
      own.forEach(face -> replaced.add(face.key()));
      for (Face face : shipped().faces) {
        if (face.asked == null) {
          faces.add(face);
        } else if (!replaced.contains(face.key())) {
          lastResort.add(face);
        }
      }
    }
    faces.addAll(own);
    faces.addAll(lastResort);
    Set<String> seen = new LinkedHashSet<>();
    faces.forEach(face -> seen.add(face.key()));
    for (Face face : fallbacks.faces()) {
      if (seen.add(face.key())) {
        faces.add(face);
      }
    }
    return of(faces, fallbacks);
  }

  /**
   * The fonts of the exporter that {@link java.util.ServiceLoader} makes: the shipped fonts and
   * the installed font providers' faces, shared by the whole JVM.
   *
   * @return the shipped and installed fonts
   */
  public static FontSet standard() {
    return Standard.INSTANCE;
  }

  /**
   * The font providers whose faces this set consults.
   *
   * @return the fallbacks; {@link FallbackFonts#NONE} if the set consults no provider
   */
  public FallbackFonts fallbacks() {
    return fallbacks;
  }

  /**
   * A font set whose faces are each parsed when first needed, as the shipped ones are; for faces
   * known to be valid.
   *
   * @param sources the faces, in order
   * @return the font set
   */
  static FontSet parsedWhenNeeded(List<Source> sources) {
    List<Face> faces = new ArrayList<>();
    for (Source source : sources) {
      faces.add(new Face(source, (FaceMetrics) null));
    }
    return of(faces);
  }

  private static FontSet of(List<Face> faces) {
    return of(faces, FallbackFonts.NONE);
  }

  private static FontSet of(List<Face> faces, FallbackFonts fallbacks) {
    if (faces.isEmpty()) {
      throw new IllegalArgumentException(
          "A PDF exporter needs at least one font: add one with addFont(...), or keep the shipped"
              + " fonts");
    }
    Map<String, Face> seen = new HashMap<>();
    for (Face face : faces) {
      Face first = seen.putIfAbsent(face.key(), face);
      if (first != null) {
        throw new IllegalArgumentException(sameFace(first, face));
      }
    }
    return new FontSet(faces, fallbacks);
  }

  /**
   * Why two faces of one family, weight and style cannot both be registered, naming where each
   * comes from and what to do; advice that only the builder can follow is last, in parentheses
   * that start with "(with the builder:".
   */
  private static String sameFace(Face first, Face second) {
    String face = describe(second.family, second.weight, second.italic);
    String origin = second.origin.substring(0, 1).toUpperCase(Locale.ROOT) + second.origin.substring(1);
    if (first.origin.startsWith(SHIPPED)) {
      return origin + " is the face " + face + ", which the shipped fonts have already ("
          + first.origin.substring(SHIPPED.length()) + "), so it need not be added: leave it out"
          + " (with the builder: or turn the shipped fonts off with useShippedFonts(false) to print"
          + " with it in their place)";
    }
    if (first.origin.equals(second.origin) && !first.origin.equals(ADDED)) {
      return origin + " is added twice, as the face " + face + "; add it once";
    }
    return (first.origin.equals(ADDED) && second.origin.equals(ADDED)
            ? "Two fonts added with addFont are"
            : origin + " and " + first.origin + " are")
        + " both the face " + face + "; add only one of them (with the builder: or give each its"
        + " own family, weight or style with addFont(Supplier, String, int, boolean))";
  }

  /**
   * The family names, in the order the stylesheet should list them: the first is the main font,
   * the others are fallbacks.
   *
   * @return the families; never empty
   */
  public List<String> families() {
    return families;
  }

  /**
   * Whether some face has a glyph for a character. openhtmltopdf draws a character with the first
   * font of the element's family list that has it, then with any registered fallback face, so one
   * face is enough. Faces are asked in order, so a character of the first face parses no other.
   *
   * @param codePoint the character
   * @return true if some face can draw it
   */
  public boolean covers(int codePoint) {
    for (Face face : faces) {
      if (face.has(codePoint)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The width of a text set in the main family's regular face, in ems: each character's advance
   * in the first regular face that has it, else in the first face that has it, else half an em.
   * For fitting a line before the engine lays it out; kerning is ignored (it only narrows).
   *
   * @param text the text
   * @return the width, in multiples of the font size
   */
  double width(String text) {
    double ems = 0;
    for (int codePoint : text.codePoints().toArray()) {
      ems += advance(codePoint);
    }
    return ems;
  }

  private double advance(int codePoint) {
    Face found = null;
    for (Face face : faces) {
      if (face.weight == 400 && !face.italic && face.has(codePoint)) {
        found = face;
        break;
      }
    }
    for (int i = 0; found == null && i < faces.size(); i++) {
      if (faces.get(i).has(codePoint)) {
        found = faces.get(i);
      }
    }
    if (found == null) {
      return 0.5;
    }
    Parsed parsed = found.parsed();
    try {
      return (double) parsed.ttf().getAdvanceWidth(parsed.cmap().getGlyphId(codePoint))
          / parsed.ttf().getUnitsPerEm();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the metrics of font " + found.family, e);
    }
  }

  /**
   * The metrics cache to give every renderer of this font set.
   *
   * @return the cache; thread-safe
   */
  FSCacheEx<String, FSCacheValue> metricsCache() {
    return metricsCache;
  }

  /**
   * Registers every face with one render's font resolver: as a font of its family (matched by
   * {@code font-family}) and as a fallback tried before openhtmltopdf's built-in fonts (which PDF/A
   * and PDF/UA forbid). Both registrations of a face share one {@link SubsetFont}, created when the
   * render first needs the face, so each face is embedded at most once and unused faces not at all.
   * A provider's face is registered only when a face of its family is parsed ({@link #registered}).
   *
   * <p>The engine takes a face's metrics from the metrics cache if they are there when the face is
   * registered, else from the font when it first needs them; and it reads the underline's position
   * and thickness from a font only if that is PDFBox's own {@code PDType0Font}. So each face's
   * metrics are put into the cache first, as the engine computes them from PDFBox's font.
   *
   * @param resolver the render's font resolver
   * @param document the render's document
   * @return the fonts embedded in the document so far, a live view that the render fills
   */
  Collection<PDFont> register(PdfBoxFontResolver resolver, PDDocument document) {
    primeMetrics();
    Map<Face, PDFont> loaded = new IdentityHashMap<>();
    for (Face face : faces) {
      if (!registered(face)) {
        continue;
      }
      PDFontSupplier supplier =
          new PDFontSupplier(null) {
            @Override
            public PDFont supply() {
              return loaded.computeIfAbsent(face, f -> new SubsetFont(document, f.program()));
            }
          };
      resolver.addFont(supplier, face.family, face.weight, face.style(), true, FontGroup.MAIN);
      resolver.addFont(
          supplier, face.family, face.weight, face.style(), true, FontGroup.PRE_BUILT_IN_FALLBACK);
    }
    return Collections.unmodifiableCollection(loaded.values());
  }

  /**
   * Whether a render registers a face: every face but a provider's, and a provider's once a face of
   * its family is parsed, which the glyph check does before the render draws for every character
   * that needs the family (its bold face, say, is parsed then too, for its metrics).
   */
  private boolean registered(Face face) {
    if (!face.onDemand() || face.isParsed()) {
      return true;
    }
    for (Face other : faces) {
      if (other.isParsed() && other.family.equalsIgnoreCase(face.family)) {
        return true;
      }
    }
    return false;
  }

  /** Puts each face's metrics into the metrics cache, where the engine looks for them first. */
  void primeMetrics() {
    for (Face face : faces) {
      if (!registered(face)) {
        continue;
      }
      String key = FaceMetrics.key(face.family, face.weight, face.style());
      if (metricsCache.get(key) == null) {
        metricsCache.put(key, face.metrics());
      }
    }
  }

  private static String describe(String family, int weight, boolean italic) {
    return "'" + family + "' " + weight + (italic ? " italic" : " upright");
  }

  /**
   * Parses a face.
   *
   * @param trial whether to embed it once into a throwaway document, so that a font PDFBox cannot
   *     embed (licence flags, missing tables) fails here, naming the face, and not in the middle of
   *     a render; not needed for the shipped fonts, whose every render the tests check
   */
  private static Parsed parse(Source source, boolean trial) {
    byte[] bytes;
    try (InputStream in = source.data().get()) {
      if (in == null) {
        throw new IllegalArgumentException(
            "The font " + source.describe() + " has no data: its supplier gave null");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the font " + source.describe(), e);
    }
    TrueTypeFont ttf;
    CmapLookup cmap;
    boolean outlines;
    SubsetFont.Program tried;
    try {
      ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
      // Load every table now, so that nothing is parsed lazily later on the shared instance.
      ttf.getHeader();
      ttf.getHorizontalHeader();
      ttf.getHorizontalMetrics();
      ttf.getMaximumProfile();
      ttf.getNaming();
      ttf.getOS2Windows();
      ttf.getPostScript();
      ttf.getIndexToLocation();
      ttf.getKerning();
      outlines = ttf.getGlyph() != null;
      // PDFBox 3 applies GSUB substitutions (Latin ligatures) in every showText(), which cost
      // more than half of a render; openhtmltopdf does no shaping with them anyway.
      ttf.setEnableGsub(false);
      cmap = ttf.getUnicodeCmapLookup();
      tried = outlines && trial ? SubsetFont.Program.of(ttf, cmap) : null;
    } catch (IOException | RuntimeException e) {
      // fontbox reports malformed data with IOExceptions, and sometimes with runtime exceptions.
      throw new IllegalArgumentException(
          "The font " + source.describe() + " cannot be used: " + e.getMessage(), e);
    }
    if (!outlines) {
      throw new IllegalArgumentException(
          "The font "
              + source.describe()
              + " has no TrueType outlines (no glyf table); use a .ttf font, not a CFF-based"
              + " OpenType (.otf) font");
    }
    return new Parsed(ttf, cmap, tried);
  }

  /** The shipped fonts and the installed providers' faces, found once per JVM. */
  private static final class Standard {
    static final FontSet INSTANCE = of(true, List.of(), FallbackFonts.installed());
  }

  /**
   * The shipped fonts, each face's file opened with {@code open} when the face is first parsed:
   * {@link #shipped()}'s faces, in a font set of their own that parses them again. For tests that
   * count which files a render opens.
   *
   * @param open opens a font file of the jar's font folder by its name, such as {@code
   *     "LiberationSans-Regular.ttf"}; may return null for a missing file
   * @return a new font set of the shipped faces
   */
  static FontSet shipped(Function<String, InputStream> open) {
    List<Face> faces = new ArrayList<>();
    for (ShippedFace face : SHIPPED_FACES) {
      faces.add(face.toFace(open));
    }
    return of(faces);
  }

  /**
   * The shipped faces, in the order they are tried: Liberation Sans for Latin, Greek and Cyrillic,
   * then one Noto Sans family per script it lacks, then DejaVu Sans as the last resort for symbols
   * (check marks, ballot boxes, stars, arrows, Roman numerals), currency signs and the letters of
   * its scripts that the fonts before it lack ({@link #lastResort}), and Symbola for emoji and the
   * symbols that DejaVu Sans lacks ({@link #emoji}); these two come last, so that every character
   * that an earlier font has is drawn with that font, in the engine as in the glyph check. Each comes with the numbers of its {@code head}, {@code hhea} and {@code post} tables
   * that its metrics come from ({@link FaceMetrics}), so that registering a face with a render
   * reads nothing: a face is parsed only when a render asks it for a character (the glyph check, or
   * the engine's fallback for a character the faces before it lack), and a document in Latin script
   * never opens the fonts of other scripts, symbols or emoji (5.7 MB of the 7.4 MB of fonts in the
   * jar). {@code SubsetFontTest} checks the numbers against the files.
   */
  private static final List<ShippedFace> SHIPPED_FACES =
      List.of(
          new ShippedFace(SHIPPED_FAMILY, "LiberationSans-Regular.ttf", 400, false,
              new FaceMetrics(2048, 2007, -621, 1854, -434, -67, 150)),
          new ShippedFace(SHIPPED_FAMILY, "LiberationSans-Bold.ttf", 700, false,
              new FaceMetrics(2048, 2116, -771, 1854, -434, -2, 215)),
          new ShippedFace(SHIPPED_FAMILY, "LiberationSans-Italic.ttf", 400, true,
              new FaceMetrics(2048, 2077, -621, 1854, -434, -67, 150)),
          new ShippedFace(SHIPPED_FAMILY, "LiberationSans-BoldItalic.ttf", 700, true,
              new FaceMetrics(2048, 2109, -771, 1854, -434, -2, 215)),
          new ShippedFace(ARABIC_FAMILY, "NotoSansArabic-Regular.ttf", 400, false,
              new FaceMetrics(1000, 1359, -548, 1374, -738, -100, 50)),
          new ShippedFace(ARABIC_FAMILY, "NotoSansArabic-Bold.ttf", 700, false,
              new FaceMetrics(1000, 1358, -616, 1374, -738, -100, 50)),
          new ShippedFace(HEBREW_FAMILY, "NotoSansHebrew-Regular.ttf", 400, false,
              new FaceMetrics(1000, 820, -239, 1068, -292, -100, 50)),
          new ShippedFace(HEBREW_FAMILY, "NotoSansHebrew-Bold.ttf", 700, false,
              new FaceMetrics(1000, 859, -247, 1068, -292, -100, 50)),
          new ShippedFace(ETHIOPIC_FAMILY, "NotoSansEthiopic-Regular.ttf", 400, false,
              new FaceMetrics(1000, 945, -92, 1069, -293, -100, 50)),
          new ShippedFace(ETHIOPIC_FAMILY, "NotoSansEthiopic-Bold.ttf", 700, false,
              new FaceMetrics(1000, 962, -108, 1069, -293, -100, 50)),
          new ShippedFace(ARMENIAN_FAMILY, "NotoSansArmenian-Regular.ttf", 400, false,
              new FaceMetrics(1000, 829, -245, 1068, -292, -100, 50)),
          new ShippedFace(ARMENIAN_FAMILY, "NotoSansArmenian-Bold.ttf", 700, false,
              new FaceMetrics(1000, 854, -249, 1068, -292, -100, 50)),
          new ShippedFace(GEORGIAN_FAMILY, "NotoSansGeorgian-Regular.ttf", 400, false,
              new FaceMetrics(1000, 1043, -250, 1068, -292, -100, 50)),
          new ShippedFace(GEORGIAN_FAMILY, "NotoSansGeorgian-Bold.ttf", 700, false,
              new FaceMetrics(1000, 1083, -250, 1068, -292, -100, 50)),
          new ShippedFace(CHEROKEE_FAMILY, "NotoSansCherokee-Regular.ttf", 400, false,
              new FaceMetrics(1000, 783, -269, 1069, -293, -100, 50)),
          new ShippedFace(CHEROKEE_FAMILY, "NotoSansCherokee-Bold.ttf", 700, false,
              new FaceMetrics(1000, 782, -269, 1069, -293, -100, 50)),
          new ShippedFace(CANADIAN_ABORIGINAL_FAMILY, "NotoSansCanadianAboriginal-Regular.ttf",
              400, false, new FaceMetrics(1000, 993, -267, 1069, -293, -100, 50)),
          new ShippedFace(CANADIAN_ABORIGINAL_FAMILY, "NotoSansCanadianAboriginal-Bold.ttf",
              700, false, new FaceMetrics(1000, 993, -267, 1069, -293, -100, 50)),
          // Regular only: no bold was made; the engine thickens bold text's outlines itself.
          new ShippedFace(TIFINAGH_FAMILY, "NotoSansTifinagh-Regular.ttf", 400, false,
              new FaceMetrics(1000, 966, -250, 1069, -293, -100, 50)),
          // Regular only, as for Tifinagh: the bold file would add 709 KB for a few symbols.
          new ShippedFace(SYMBOLS_FAMILY, "DejaVuSans.ttf", 400, false,
              new FaceMetrics(2048, 2524, -948, 1901, -483, -40, 90), FontSet::lastResort),
          // Regular only: Symbola has no other face.
          new ShippedFace(EMOJI_FAMILY, "Symbola.ttf", 400, false,
              new FaceMetrics(2048, 1896, -700, 1896, -700, -560, 70), FontSet::emoji));

  /**
   * A face in the jar: its family, file, weight and style, its metrics' numbers, and the
   * characters it is asked for (null: every one).
   */
  private record ShippedFace(
      String family,
      String file,
      int weight,
      boolean italic,
      FaceMetrics numbers,
      IntPredicate asked) {

    /** A face asked for every character. */
    ShippedFace(String family, String file, int weight, boolean italic, FaceMetrics numbers) {
      this(family, file, weight, italic, numbers, null);
    }

    /** The face, parsed when first needed from the file {@code open} gives. */
    Face toFace(Function<String, InputStream> open) {
      Supplier<InputStream> data =
          () -> {
            InputStream in = open.apply(file);
            if (in == null) {
              throw new IllegalStateException(
                  "The font " + FONT_FOLDER + file + " is missing from the jar; it is damaged");
            }
            return in;
          };
      return new Face(new Source(data, family, weight, italic, SHIPPED + file), numbers, asked,
          false);
    }
  }

  /** The shipped fonts of the whole JVM. */
  private static final class Shipped {
    static final FontSet INSTANCE =
        shipped(file -> FontSet.class.getResourceAsStream(FONT_FOLDER + file));
  }
}
