package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The renderer lets no undocumented exception escape: what the engine throws at run time becomes
 * the {@code IOException} the exporter documents, with the engine's exception as its cause.
 */
class PageRendererTest {

  private static final PageRenderer RENDERER = new PageRenderer(FontSet.shipped());

  private static Document page() {
    return Jsoup.parse(
        "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p>x</p></body></html>");
  }

  @Test
  void aDateNoCalendarCanHoldIsAnIoExceptionNotAnIllegalArgumentException() {
    // The model refuses such dates (years 1 to 9999 only); the renderer stays defensive anyway.
    OffsetDateTime date = LocalDate.MIN.atStartOfDay().atOffset(ZoneOffset.UTC);

    IOException e = assertThrows(IOException.class, () -> RENDERER.render(page(), date));

    assertTrue(e.getMessage().startsWith("the PDF engine failed to print the page"), e.getMessage());
    assertEquals(IllegalArgumentException.class, e.getCause().getClass());
  }

  @Test
  void theLastDayTheModelAllowsPrints() throws IOException {
    OffsetDateTime date = LocalDate.of(9999, 12, 31).atStartOfDay().atOffset(ZoneOffset.UTC);

    byte[] pdf = RENDERER.render(page(), date);

    assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"));
    assertTrue(
        new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).contains("9999-12-31T00:00:00Z"),
        "the XMP date");
  }
}
