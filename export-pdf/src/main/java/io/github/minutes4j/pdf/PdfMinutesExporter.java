package io.github.minutes4j.pdf;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.pdf.internal.FallbackFonts;
import io.github.minutes4j.pdf.internal.FontFile;
import io.github.minutes4j.pdf.internal.FontSet;
import io.github.minutes4j.pdf.internal.MinutesPdf;
import io.github.minutes4j.pdf.internal.Signing;
import io.github.minutes4j.pdf.internal.TextCoverage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Writes {@link Minutes} as a tagged, archival PDF (format id {@code pdf}, media type {@code
 * application/pdf}, file extension {@code pdf}) that conforms to both PDF/UA-1 (accessible) and
 * PDF/A-2u (archival).
 *
 * <p>The PDF is the {@linkplain io.github.minutes4j.html.HtmlMinutesExporter HTML exporter}'s page,
 * printed with the same options, plus what only paper has: the paper size of {@link
 * ExportOptions#pageSize()} (A4 by default, or US Letter), a running header with the organiser and
 * the title, a footer "Sida 1 av 2" or "Page 1 of 2" in the language of {@link
 * ExportOptions#languageFor(Minutes)}, the participant table's header repeated on every page it
 * spans, one bookmark per agenda item and for time and place, the note-takers and the participant
 * list, and clickable links (a link whose address is a placeholder stays text). The metadata holds
 * the title, the language, the organiser as author, a subject and keywords.
 *
 * <p>Formal minutes (since 0.3.0): an item's bookmark starts with its number as shown ({@link
 * Minutes#itemNumbers()}, such as "§ 41"); a decision with its clauses, a vote with its roll call
 * (a tagged table), a reservation, a protocol note and each signature are never split across
 * pages; the signatures follow the adjustment at the end, on the page where it ends or, if they
 * do not fit there, on the next page together with the adjustment, each with a line to sign on
 * and the name under it; the notice is framed. An {@linkplain ExportOptions#isExtract() extract}
 * prints the chosen items with the header, the adjustment and the attestation with a line to
 * sign on, and says "Protokollsutdrag" in its running header.
 *
 * <p>The organisation's {@linkplain ExportOptions#look() look}: a PNG or JPEG logo at the top of the
 * first page, tagged as a figure with its alternative text; the accent colour on the rules; the
 * footer text at the foot of every page beside the page number; and a table of contents with dot
 * leaders and page numbers. An SVG logo is refused with an {@link
 * io.github.minutes4j.core.format.InvalidLogoException} that asks for a PNG: the engine could draw
 * SVG only through a library that runs scripts and loads files. The logo is the only thing the
 * engine may read, from its {@code data:} URI.
 *
 * <p>Fonts: by default the Liberation Sans fonts in this jar (SIL Open Font License 1.1), which
 * cover Swedish, Icelandic and the rest of European Latin, Greek and Cyrillic, and as fallbacks
 * (same licence) Noto Sans Arabic (Arabic, Persian, Urdu), Noto Sans Hebrew, and, since 0.3.0, Noto
 * Sans Ethiopic (Amharic, Tigrinya), Noto Sans Armenian, Noto Sans Georgian, Noto Sans Cherokee,
 * Noto Sans Canadian Aboriginal (Inuktitut, Cree) and Noto Sans Tifinagh (Tamazight), and last
 * DejaVu Sans (Bitstream Vera licence) for symbols such as check marks, ballot boxes, stars and
 * arrows, Roman numerals, currency signs (₹ ₽ ₺ ₸), Lisu and Braille, and after it, since 0.3.0,
 * Symbola (free for any use) for emoji (👍 ✅ 🎉) and the symbols DejaVu Sans lacks, embedded as
 * subsets; a fallback font is read only by a document with a character that the fonts before it
 * lack. Emoji print in black and white, in their text look; a sequence the font cannot join
 * prints as its parts (a family as its people, a flag as its two letters), and emoji newer than
 * Unicode 9 are refused.
 * Right-to-left text is reordered by the Unicode Bidirectional Algorithm and Arabic letters are
 * joined; a page whose {@link ExportOptions#languageFor(Minutes) language} is written right to
 * left runs right to left.
 * {@link #builder()} makes an exporter with fonts of your own, as fallbacks for characters the
 * shipped fonts lack or instead of them. Fonts for scripts that the shipped ones lack also come in
 * artifacts of their own, found with {@link java.util.ServiceLoader} ({@link FontProvider}): put
 * {@code io.github.minutes4j:minutes4j-fonts-cjk} on the class path or module path for Chinese,
 * Japanese and Korean. Minutes with a character that no font can draw, with letters of a joining
 * script the exporter cannot shape (Syriac, N'Ko, ...), with letters of a script whose syllables
 * must be shaped (Devanagari and the other Indic scripts, Khmer, Myanmar, ...), or with the vowel
 * signs and tone marks of Thai and Lao, which it cannot position, are refused with an {@link
 * UnsupportedCharacterException} that names each such character and where it is, instead of
 * printing "#" or garbled text; when minutes4j publishes an artifact with a font for the
 * character's script, the message names it. The HTML exporter's page, which a browser shapes,
 * shows them all.
 *
 * <p>{@link #export(Minutes, ExportOptions, OutputStream) export} throws an {@link
 * UnsupportedCharacterException} for such minutes, and the {@link
 * io.github.minutes4j.core.validation.InvalidMinutesException} of every exporter for invalid ones;
 * nothing is written then.
 *
 * <p>The archive copy and signing are options of the {@link #builder()}: {@link
 * Builder#embedSource(boolean)} writes PDF/A-3u instead of PDF/A-2u, with the minutes inside as
 * {@code minutes.json}, which {@link PdfMinutesReader} reads back; {@link Builder#signWith(PdfSigner,
 * java.time.Clock)} signs each PDF through the host's {@link PdfSigner} (PAdES baseline B). The
 * exporter that {@link java.util.ServiceLoader} makes does neither.
 *
 * <p>Never reads the network or the file system: whatever addresses the minutes contain, the PDF
 * engine's access to external resources is refused.
 *
 * <p>Stateless and thread-safe; one instance may serve any number of threads. The fonts are parsed
 * once: the shipped ones once per JVM, when first needed, and those added with the builder when the
 * exporter is built. The output is deterministic: the same minutes and options give the same bytes;
 * the creation and modification dates are the minutes' {@linkplain Minutes#date() date} at midnight
 * UTC, never the clock.
 *
 * @since 0.1.0
 */
public final class PdfMinutesExporter implements MinutesExporter {

  private static final FormatDescriptor FORMAT =
      new FormatDescriptor("pdf", "application/pdf", "pdf");

  /** This exporter's printer; null for the printer of the shipped fonts, made when first used. */
  private final MinutesPdf printer;

  /** The printer's fonts; null for the shipped fonts, parsed when first used. */
  private final FontSet fonts;

  /** Whether to write PDF/A-3u with the minutes' JSON inside; see Builder#embedSource. */
  private final boolean embedSource;

  /** Signs the finished PDF; see Builder#signWith. */
  private final Optional<Signing> signing;

  /**
   * Creates the exporter with the fonts shipped in this jar, followed by those of the installed
   * {@linkplain FontProvider font providers}. {@link java.util.ServiceLoader} calls this
   * constructor. Cheap: the providers are discovered, and the fonts parsed, when the first PDF is
   * written or checked, once per JVM (a provider's font only when a character needs it).
   */
  public PdfMinutesExporter() {
    this.printer = null;
    this.fonts = null;
    this.embedSource = false;
    this.signing = Optional.empty();
  }

  private PdfMinutesExporter(FontSet fonts, boolean embedSource, Optional<Signing> signing) {
    this.printer = new MinutesPdf(fonts);
    this.fonts = fonts;
    this.embedSource = embedSource;
    this.signing = signing;
  }

  /**
   * Starts an exporter with fonts of your own, an archive copy or a signature.
   *
   * @return a builder that starts as the exporter of the public constructor does: the shipped
   *     fonts, then those of the installed {@linkplain FontProvider font providers} (see {@link
   *     Builder#useFontProviders(boolean)}), no archive copy and no signature; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Describes the format.
   *
   * @return id {@code pdf}, media type {@code application/pdf}, extension {@code pdf}; never null
   */
  @Override
  public FormatDescriptor format() {
    return FORMAT;
  }

  /**
   * The font families this exporter draws text with, in the order it tries them: those of the
   * font providers last (for the exporter of the public constructor, the first call discovers
   * them).
   *
   * @return the families, such as {@code [Liberation Sans, Noto Sans Arabic, Noto Sans Hebrew,
   *     Noto Sans Ethiopic, Noto Sans Armenian, Noto Sans Georgian]} for the shipped fonts;
   *     unmodifiable; never null or empty
   */
  public List<String> fontFamilies() {
    return fonts().families();
  }

  /** The printer's fonts: the shipped fonts and the installed providers' faces unless built. */
  private FontSet fonts() {
    return fonts != null ? fonts : FontSet.standard();
  }

  /**
   * Renders valid minutes as a whole PDF in memory, then writes it to the stream; {@link
   * #export(Minutes, ExportOptions, OutputStream) export} validates the minutes first and flushes
   * the stream afterwards. Nothing is written if anything fails.
   *
   * @param minutes the minutes, valid; never null
   * @param options the language of labels and dates, whether to include the participant list, and
   *     the paper size; never null
   * @param out where to write the PDF; not closed; never null
   * @throws UnsupportedCharacterException if the minutes contain a character that none of the
   *     exporter's fonts can draw, or a letter of a joining script it cannot shape; nothing has
   *     been written then
   * @throws IOException if writing to {@code out} fails, if the {@linkplain
   *     Builder#signWith(PdfSigner, Clock) signer} fails or returns no or too long a signature
   *     (nothing has been written then), or, unexpectedly, the PDF engine
   */
  @Override
  public void write(Minutes minutes, ExportOptions options, OutputStream out) throws IOException {
    byte[] pdf = printer().render(minutes, options, embedSource);
    if (signing.isPresent()) {
      pdf = signing.get().sign(pdf);
    }
    out.write(pdf);
  }

  /**
   * Checks, without drawing the PDF, that {@link #export(Minutes, ExportOptions, OutputStream)
   * export} would write these minutes: validates them, and makes the page to check that the logo
   * can be printed and that the exporter's fonts can print every character, as {@code export}
   * does before it draws. Much cheaper than exporting: nothing is laid out or drawn.
   *
   * @param minutes the minutes; never null
   * @param options what to include and how; never null
   * @throws io.github.minutes4j.core.validation.InvalidMinutesException if the minutes are not
   *     valid, with every violation
   * @throws UnsupportedCharacterException if the minutes contain a character that none of the
   *     exporter's fonts can draw, or a letter of a joining script it cannot shape
   * @throws io.github.minutes4j.core.format.InvalidLogoException if the options' logo is SVG
   * @throws IOException if making the page fails
   * @throws NullPointerException if an argument is null
   * @since 0.3.0
   */
  @Override
  public void check(Minutes minutes, ExportOptions options) throws IOException {
    Objects.requireNonNull(minutes, "minutes");
    Objects.requireNonNull(options, "options");
    MinutesValidator.shared().requireValid(minutes);
    TextCoverage.check(printer(), fonts(), minutes, options);
  }

  private MinutesPdf printer() {
    return printer != null ? printer : Shipped.PRINTER;
  }

  @Override
  public String toString() {
    return "PdfMinutesExporter[pdf, fonts "
        + fontFamilies()
        + (embedSource ? ", archive copy with minutes.json" : "")
        + (signing.isPresent() ? ", signed" : "")
        + "]";
  }

  /** The printer of every exporter made with the public constructor. */
  private static final class Shipped {
    static final MinutesPdf PRINTER = new MinutesPdf(FontSet.standard());
  }

  /**
   * Builds a {@link PdfMinutesExporter} with fonts of your own. Not thread-safe; the exporters it
   * builds are immutable and thread-safe, and do not change when the builder is used again.
   *
   * <p>The exporter tries the families in order: the shipped Liberation Sans, Noto Sans Arabic,
   * Noto Sans Hebrew, Noto Sans Ethiopic, Noto Sans Armenian, Noto Sans Georgian, Noto Sans
   * Cherokee, Noto Sans Canadian Aboriginal and Noto Sans Tifinagh first (unless {@link
   * #useShippedFonts(boolean) turned off}), then the families of the added fonts in the order they
   * were first added, then the shipped last resorts for symbols and emoji, DejaVu Sans and Symbola
   * (since 0.3.0). A character is drawn with the first family whose fonts have it, so an added font
   * can supply, say, Chinese characters or symbols that the shipped fonts lack, or draw symbols in
   * its own style. An added face of DejaVu Sans or Symbola regular takes the place of the shipped
   * one; an added face that another shipped face is (same family, weight and style) is refused.
   * Within a family, the face closest to the text's weight and style is used; add regular, bold,
   * italic and bold italic faces where the text needs them.
   *
   * <p>The glyph check ({@link UnsupportedCharacterException}) asks the added fonts too: a script
   * refused by default, such as Runic, or a symbol, prints once a font that has it is added. Fonts
   * belong to the exporter, not to each export's {@link ExportOptions}: they are parsed once, when
   * the exporter is built, and only the PDF draws with them.
   *
   * <p>After all of these come the faces of the {@linkplain FontProvider font providers}: those
   * added with {@link #addFontProvider}, then the installed ones that {@link
   * java.util.ServiceLoader} finds on the class path and module path, as for the exporter of the
   * public constructor, unless {@link #useFontProviders(boolean) turned off}. So an explicit font
   * choice takes precedence without losing the scripts that an installed artifact adds (a
   * character is drawn with a provider's face only if no font before it has the character), and an
   * embedder who wants no font but the ones named here turns the providers off. The providers'
   * faces are parsed when a character first needs them, not by {@link #build()}.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private static final int MAX_FAMILY_LENGTH = 200;

    private boolean shipped = true;
    private final List<FontSet.Source> fonts = new ArrayList<>();
    private boolean providers = true;
    private final List<FontProvider> added = new ArrayList<>();
    private boolean embedSource;
    private Optional<Signing> signing = Optional.empty();

    private Builder() {}

    /**
     * Adds a font face.
     *
     * @param ttf supplies the TrueType ({@code .ttf}) font file, called once by {@link #build()},
     *     which closes the stream; CFF-based OpenType ({@code .otf}) and collections ({@code .ttc})
     *     are not supported; never null
     * @param family the family name, such as {@code Noto Sans}; never null or blank
     * @param weight the CSS weight of the face, 1 to 1000: 400 for regular, 700 for bold
     * @param italic whether the face is italic
     * @return this builder
     * @throws NullPointerException if {@code ttf} or {@code family} is null
     * @throws IllegalArgumentException if {@code family} is blank, longer than 200 characters or
     *     has control characters, or {@code weight} is out of range
     */
    public Builder addFont(Supplier<InputStream> ttf, String family, int weight, boolean italic) {
      Objects.requireNonNull(ttf, "ttf");
      String checked = checkedFamily(family);
      checkWeight(weight);
      fonts.add(new FontSet.Source(ttf, checked, weight, italic));
      return this;
    }

    /** A family name as fonts are registered by: stripped, checked. */
    static String checkedFamily(String family) {
      Objects.requireNonNull(family, "family");
      if (family.isBlank()
          || family.length() > MAX_FAMILY_LENGTH
          || family.codePoints().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException(
            "Font family '"
                + family
                + "' is not a usable name: give 1 to "
                + MAX_FAMILY_LENGTH
                + " characters without control characters, such as Noto Sans");
      }
      return family.strip();
    }

    static void checkWeight(int weight) {
      if (weight < 1 || weight > 1000) {
        throw new IllegalArgumentException(
            "Font weight " + weight + " is out of range; use 1 to 1000, such as 400 or 700");
      }
    }

    /**
     * Adds a font face from a TrueType file, named as the file's own tables name it: the family
     * (the typographic family if the font has one, such as {@code Noto Sans} for its SemiBold
     * face), the weight (OS/2 weight class, such as 400 or 700) and whether it is italic. The
     * file is read now; {@link #build()} parses it as for {@link #addFont(Supplier, String, int,
     * boolean)}. Made for tools that take a font file from their user, such as the command
     * line's {@code --font}.
     *
     * @param ttf the TrueType ({@code .ttf}) font file; never null
     * @return this builder
     * @throws IOException if the file cannot be read, such as a {@link
     *     java.nio.file.NoSuchFileException} if it does not exist
     * @throws IllegalArgumentException if the file is a folder, or cannot be read as a TrueType
     *     font with a family name; the message names the file
     * @throws NullPointerException if {@code ttf} is null
     * @since 0.3.0
     */
    public Builder addFont(Path ttf) throws IOException {
      FontSet.Source face = FontFile.read(Objects.requireNonNull(ttf, "ttf"));
      checkedFamily(face.family());
      checkWeight(face.weight());
      // Added as read, so that a message about the face names its file.
      fonts.add(face);
      return this;
    }

    /**
     * Whether the exporter uses the fonts shipped in this jar (Liberation Sans, and Noto Sans
     * Arabic, Hebrew, Ethiopic, Armenian and Georgian for the scripts Liberation Sans lacks),
     * before the added ones. On unless turned off.
     *
     * @param use false to draw text with the added fonts only
     * @return this builder
     */
    public Builder useShippedFonts(boolean use) {
      this.shipped = use;
      return this;
    }

    /**
     * Adds the faces of a font provider, as if it were installed: after the fonts added with
     * {@code addFont}, before the installed providers, and asked and parsed the same way, only for
     * characters of its scripts that no font before it has. For a provider that the class path
     * does not bring, and for tests.
     *
     * @param provider the provider; its methods are called by {@link #build()}; never null
     * @return this builder
     * @throws NullPointerException if {@code provider} is null
     * @since 0.3.0
     */
    public Builder addFontProvider(FontProvider provider) {
      added.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /**
     * Whether the exporter also uses the fonts of the installed {@linkplain FontProvider font
     * providers} (such as {@code minutes4j-fonts-cjk} on the class path), after every other font.
     * On unless turned off; the providers added with {@link #addFontProvider} are used either way.
     *
     * @param use false to use no font that this builder is not given
     * @return this builder
     * @since 0.3.0
     */
    public Builder useFontProviders(boolean use) {
      this.providers = use;
      return this;
    }

    /**
     * Whether the exporter writes the archive copy: a PDF that is PDF/A-3u instead of PDF/A-2u,
     * still PDF/UA-1, and carries the minutes as data, so that an archive that keeps only the PDF
     * can regenerate every format from it ({@link PdfMinutesReader} reads them back). Off unless
     * turned on.
     *
     * <p>The data is the {@code minutes4j/1} JSON of {@code io.github.minutes4j.json}, written
     * with the same options as the page (so without the participant list when the options leave
     * it out), attached as the file {@code minutes.json} ({@code application/json}) with the
     * relationship {@code Source}: an associated file of the document (the catalog's {@code /AF})
     * that PDF viewers list as an attachment. Its dates are the minutes' date, so the output stays
     * deterministic.
     *
     * <p>An {@linkplain ExportOptions#isExtract() extract} of chosen paragraphs never carries the
     * data, which would hold the paragraphs it leaves out: it is written as PDF/A-2u without
     * attachment, as without this option.
     *
     * @param embed true to attach the JSON and write PDF/A-3u
     * @return this builder
     * @since 0.2.0
     */
    public Builder embedSource(boolean embed) {
      this.embedSource = embed;
      return this;
    }

    /**
     * Signs every PDF the exporter writes (PAdES baseline B), with a signature that the host
     * makes: see {@link PdfSigner}. The signature is an incremental update of the finished file,
     * which stays PDF/A and PDF/UA compliant. Replaces an earlier signer.
     *
     * @param signer makes the CMS signature, once per PDF; never null
     * @param clock gives the signing time, recorded in the signature dictionary's {@code /M}:
     *     {@link Clock#systemUTC()}, or a fixed clock for a reproducible file; never null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the signer's {@link PdfSigner#maxSignatureLength()} is
     *     not 1 to 1,048,576
     * @since 0.2.0
     */
    public Builder signWith(PdfSigner signer, Clock clock) {
      Signing checked = new Signing(signer, clock);
      checked.room();
      this.signing = Optional.of(checked);
      return this;
    }

    /**
     * Reads and parses every added font, and builds the exporter.
     *
     * @return the exporter; never null
     * @throws IllegalArgumentException if no font is left (shipped fonts off and none added), two
     *     fonts claim the same family, weight and style, or a font cannot be read as a TrueType
     *     font or does not permit embedding, the message naming the font; or if a provider added
     *     with {@link #addFontProvider} names no artifact or no font. A provider's face that
     *     another font already is (same family, weight and style) is left out
     * @throws java.io.UncheckedIOException if reading a font's stream fails
     */
    public PdfMinutesExporter build() {
      FallbackFonts fallbacks = FallbackFonts.of(added);
      if (providers) {
        fallbacks = fallbacks.plus(FallbackFonts.installed());
      }
      return new PdfMinutesExporter(FontSet.of(shipped, fonts, fallbacks), embedSource, signing);
    }
  }
}
