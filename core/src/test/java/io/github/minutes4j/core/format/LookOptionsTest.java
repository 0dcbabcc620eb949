package io.github.minutes4j.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The organisation's look in the options: logo checks, accent contrast, footer text. */
class LookOptionsTest {

  static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAGAAAAAgCAIAAABiouoDAAAAiElEQVR42u3Zyw2AIBCE4blbgq3ZojXi3ccYwxpx"
                  + "959w5PQFEphVIzaCACCAhgKalhWgE5SrVR3I0BRhUr9ObiOF6CQ2UpROViMF6twazYeMvwegh0CdOt4IIIAAAsgB"
                  + "hegYI04QVwwggADiJQ3Qx0D85umDaBTppJlq/Apoh9UqhckqQAC9mg3mJ4E8CgLfWwAAAABJRU5ErkJggg==");

  static final String SVG =
      "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 10\">"
          + "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#0b5cad\"/></linearGradient>"
          + "</defs><rect width=\"40\" height=\"10\" fill=\"url(#g)\"/><use href=\"#g\"/></svg>";

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A PNG signature and image header claiming a size; nothing else is read. */
  static byte[] pngHeader(long width, long height) {
    byte[] png = PNG.clone();
    for (int i = 0; i < 4; i++) {
      png[16 + i] = (byte) (width >> (24 - 8 * i));
      png[20 + i] = (byte) (height >> (24 - 8 * i));
    }
    return png;
  }

  /** A JPEG start and a baseline frame header with a size and a number of components. */
  static byte[] jpegHeader(int width, int height, int components) {
    return new byte[] {
      (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 4, 0, 0, // SOI, APP0 of 2 bytes
      (byte) 0xFF, (byte) 0xC0, 0, 11, 8,
      (byte) (height >> 8), (byte) height, (byte) (width >> 8), (byte) width,
      (byte) components, 1, 0x11, 0
    };
  }

  @Test
  void anAccentColourPrintsAsCssWritesIt() {
    assertEquals("AccentColour[#1a5e20]", AccentColour.of("#1A5E20").toString());
  }

  @Test
  void aPngLogoIsReadFromItsBytesAndBecomesADataUri() {
    Logo logo = Logo.of(PNG, "  Region Hallands logotyp ");
    assertEquals(Logo.Format.PNG, logo.format());
    assertEquals("Region Hallands logotyp", logo.alternativeText());
    assertEquals("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG), logo.dataUri());
    assertArrayEquals(PNG, logo.image());
    assertEquals(logo, Logo.of(PNG.clone(), "Region Hallands logotyp"));
  }

  @Test
  void anAlternativeTextThatShowsNothingIsRefused() {
    // A screen reader would read nothing for the logo, as for a blank text.
    InvalidLogoException thrown =
        assertThrows(InvalidLogoException.class, () -> Logo.of(PNG, "\u200B\uFEFF"));
    assertTrue(thrown.getMessage().contains("shows nothing"), thrown.getMessage());
  }

  @Test
  void theLogoIsACopy() {
    byte[] bytes = PNG.clone();
    Logo logo = Logo.of(bytes, "Logotyp");
    bytes[40] ^= 1;
    logo.image()[40] ^= 1;
    assertArrayEquals(PNG, logo.image());
  }

  @Test
  void jpegAndStaticSvgLogosAreAccepted() {
    assertEquals(Logo.Format.JPEG, Logo.of(jpegHeader(300, 100, 3), "Logotyp").format());
    assertEquals(Logo.Format.JPEG, Logo.of(jpegHeader(300, 100, 1), "Logotyp").format());
    Logo svg = Logo.of(utf8(SVG), "Logotyp");
    assertEquals(Logo.Format.SVG, svg.format());
    assertTrue(svg.dataUri().startsWith("data:image/svg+xml;base64,"), svg.dataUri());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "script | <svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg> | element <script>",
        "event handler | <svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/> | event handler",
        "external use | <svg xmlns='http://www.w3.org/2000/svg'><use href='https://evil.example/x.svg#a'/></svg> | reference to another file",
        "xlink image | <svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'><image xlink:href='file:///etc/passwd'/></svg> | element <image>",
        "css url | <svg xmlns='http://www.w3.org/2000/svg'><rect style='fill: url(http://evil.example/p)'/></svg> | reference to another file",
        "css import | <svg xmlns='http://www.w3.org/2000/svg'><style>@import 'http://evil.example/a.css';</style></svg> | @import",
        "foreignObject | <svg xmlns='http://www.w3.org/2000/svg'><foreignObject><p>x</p></foreignObject></svg> | element <foreignObject>",
        "link | <svg xmlns='http://www.w3.org/2000/svg'><a href='javascript:alert(1)'><rect/></a></svg> | element <a>",
        "animated href | <svg xmlns='http://www.w3.org/2000/svg'><set attributeName='href' to='javascript:alert(1)'/></svg> | animation of a link",
        "entities | <?xml version='1.0'?><!DOCTYPE svg [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;'>]><svg xmlns='http://www.w3.org/2000/svg'><text>&b;</text></svg> | document type declaration",
        "stylesheet | <?xml-stylesheet href='http://evil.example/a.css'?><svg xmlns='http://www.w3.org/2000/svg'/> | processing instruction",
        "not svg | <html xmlns='http://www.w3.org/1999/xhtml'><body/></html> | not SVG",
        "svg without namespace | <svg><rect/></svg> | not SVG",
        "broken xml | <svg xmlns='http://www.w3.org/2000/svg'><rect></svg> | not well-formed",
      })
  void hostileSvgLogosAreRefusedWithWhatAndWhere(String name, String svg, String expected) {
    InvalidLogoException e =
        assertThrows(InvalidLogoException.class, () -> Logo.of(utf8(svg), "Logotyp"), name);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void anActiveSvgSaysWhereAndHowToMendIt() {
    String svg = "<svg xmlns='http://www.w3.org/2000/svg'>\n  <script>alert(1)</script>\n</svg>";
    InvalidLogoException e =
        assertThrows(InvalidLogoException.class, () -> Logo.of(utf8(svg), "Logotyp"));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("give a PNG instead"), e.getMessage());
  }

  @Test
  void hugeImagesAreRefusedFromTheirHeaderWithoutDecoding() {
    InvalidLogoException png =
        assertThrows(InvalidLogoException.class, () -> Logo.of(pngHeader(100_000, 100_000), "L"));
    assertTrue(png.getMessage().contains("100000 x 100000 pixels"), png.getMessage());
    assertTrue(png.getMessage().contains("scale it down"), png.getMessage());
    assertThrows(InvalidLogoException.class, () -> Logo.of(pngHeader(4096, 4096), "L"));
    assertThrows(InvalidLogoException.class, () -> Logo.of(pngHeader(0, 10), "L"));
    assertThrows(InvalidLogoException.class, () -> Logo.of(pngHeader(0xFFFFFFFFL, 10), "L"));
    assertEquals(Logo.Format.PNG, Logo.of(pngHeader(4096, 1024), "L").format());
    InvalidLogoException jpeg =
        assertThrows(InvalidLogoException.class, () -> Logo.of(jpegHeader(65535, 65535, 3), "L"));
    assertTrue(jpeg.getMessage().contains("65535 x 65535"), jpeg.getMessage());
  }

  @Test
  void aFileOfMoreThanAMegabyteIsRefused() {
    byte[] big = new byte[Logo.MAX_BYTES + 1];
    System.arraycopy(PNG, 0, big, 0, PNG.length);
    InvalidLogoException e = assertThrows(InvalidLogoException.class, () -> Logo.of(big, "L"));
    assertTrue(e.getMessage().contains("at most " + Logo.MAX_BYTES), e.getMessage());
  }

  @Test
  void aCmykJpegIsRefusedForTheArchivePdf() {
    InvalidLogoException e =
        assertThrows(InvalidLogoException.class, () -> Logo.of(jpegHeader(300, 100, 4), "L"));
    assertTrue(e.getMessage().contains("RGB JPEG or a PNG"), e.getMessage());
  }

  @Test
  void whatIsNotAnImageAtAllIsRefused() {
    InvalidLogoException pdf =
        assertThrows(InvalidLogoException.class, () -> Logo.of(utf8("%PDF-1.7\n"), "L"));
    assertTrue(pdf.getMessage().contains("25 50 44 46"), pdf.getMessage());
    InvalidLogoException empty =
        assertThrows(InvalidLogoException.class, () -> Logo.of(new byte[0], "L"));
    assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
    byte[] truncated = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    assertThrows(InvalidLogoException.class, () -> Logo.of(truncated, "L"));
    byte[] jpegWithoutFrame = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDA, 0, 2};
    assertThrows(InvalidLogoException.class, () -> Logo.of(jpegWithoutFrame, "L"));
  }

  @Test
  void theAlternativeTextIsRequired() {
    assertThrows(InvalidLogoException.class, () -> Logo.of(PNG, " "));
    assertThrows(InvalidLogoException.class, () -> Logo.of(PNG, "x".repeat(251)));
    assertThrows(InvalidLogoException.class, () -> Logo.of(PNG, "Logo\nmed radbrytning"));
  }

  @Test
  void anAccentColourMustBeReadableOnEveryBackgroundItIsUsedOn() {
    assertEquals("#0b5cad", AccentColour.of("#0B5CAD").hex());
    IllegalArgumentException light =
        assertThrows(IllegalArgumentException.class, () -> AccentColour.of("#7fb2e5"));
    assertTrue(light.getMessage().contains("#7fb2e5"), light.getMessage());
    assertTrue(light.getMessage().contains("WCAG 2.1 AA"), light.getMessage());
    // The suggestion passes.
    String suggested = light.getMessage().replaceAll(".*such as (#[0-9a-f]{6}).*", "$1");
    assertEquals(7, suggested.length(), light.getMessage());
    AccentColour.of(suggested);
    // Passes on white (4.54:1) but not on the tint behind the presenters and table rows.
    double onWhite = AccentColour.contrast(0x767676, 0xFFFFFF);
    assertTrue(onWhite >= 4.5, "on white " + onWhite);
    IllegalArgumentException tint =
        assertThrows(IllegalArgumentException.class, () -> AccentColour.of("#767676"));
    assertTrue(tint.getMessage().contains("#f3f5f8"), tint.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AccentColour.of("#fff"));
    assertThrows(IllegalArgumentException.class, () -> AccentColour.of("red"));
    assertThrows(IllegalArgumentException.class, () -> new AccentColour(0x1000000));
  }

  @Test
  void theContrastIsWcags() {
    assertEquals(21.0, AccentColour.contrast(0x000000, 0xFFFFFF), 1e-9);
    assertEquals(1.0, AccentColour.contrast(0x123456, 0x123456), 1e-9);
    assertEquals(4.54, AccentColour.contrast(0x767676, 0xFFFFFF), 0.01);
  }

  @Test
  void theLookIsPartOfTheOptionsAndEachWithMethodKeepsTheRest() {
    ExportOptions plain = ExportOptions.defaults();
    assertEquals(Look.plain(), plain.look());
    assertEquals(plain, new ExportOptions(Optional.empty(), true, PageSize.A4));
    Logo logo = Logo.of(PNG, "Logotyp");
    ExportOptions branded =
        plain
            .withLanguage(Language.ENGLISH)
            .withPageSize(PageSize.LETTER)
            .withParticipants(false)
            .withLogo(logo)
            .withAccentColour(AccentColour.of("#005a8c"))
            .withFooterText("Region Halland, Box 517, 301 80 Halmstad")
            .withTableOfContents(true);
    assertEquals(
        new Look(
            Optional.of(logo),
            Optional.of(AccentColour.of("#005a8c")),
            Optional.of("Region Halland, Box 517, 301 80 Halmstad"),
            true),
        branded.look());
    assertEquals(Optional.of(Language.ENGLISH), branded.language());
    assertEquals(PageSize.LETTER, branded.pageSize());
    assertFalse(branded.includeParticipants());
    assertEquals(branded.look(), branded.withLanguage(Language.SWEDISH).look());
    assertEquals(branded.look(), branded.withPageSize(PageSize.A4).look());
    assertEquals(branded.look(), branded.withParticipants(true).look());
    assertEquals(plain.withLook(branded.look()).look(), branded.look());
  }

  @Test
  void theFooterTextIsOneLineOfPlainText() {
    ExportOptions options = ExportOptions.defaults();
    assertThrows(IllegalArgumentException.class, () -> options.withFooterText(" "));
    IllegalArgumentException invisible =
        assertThrows(IllegalArgumentException.class, () -> options.withFooterText("\u200B\u00AD"));
    assertTrue(invisible.getMessage().contains("shows nothing"), invisible.getMessage());
    assertThrows(IllegalArgumentException.class, () -> options.withFooterText("a\nb"));
    assertThrows(IllegalArgumentException.class, () -> options.withFooterText("a\u202Eb"));
    assertThrows(IllegalArgumentException.class, () -> options.withFooterText("x".repeat(201)));
    assertEquals(Optional.of("x".repeat(200)), options.withFooterText("x".repeat(200)).look().footerText());
  }

  @Test
  void theFooterTextMayHaveTheInvisibleCharactersThatWordsNeed() {
    // Persian writes a zero width non-joiner (U+200C) inside words, as the minutes' own text may;
    // a soft hyphen and a right-to-left mark are allowed there too.
    ExportOptions options = ExportOptions.defaults();
    String persian = "دانشگاه تهران، ساختمان\u200cهای اداری";
    assertEquals(Optional.of(persian), options.withFooterText(persian).look().footerText());
    assertEquals(
        Optional.of("Region Hallands\u00adkontor \u200f"),
        options.withFooterText("Region Hallands\u00adkontor \u200f").look().footerText());
    IllegalArgumentException override =
        assertThrows(IllegalArgumentException.class, () -> options.withFooterText("a\u202Eb"));
    assertEquals(
        "The footer text has the bidirectional formatting character U+202E at index 1; give one"
            + " line of plain text, such as the organisation's address, or no footer text",
        override.getMessage());
  }
}
