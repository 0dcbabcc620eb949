package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.util.DateConverter;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

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

  /**
   * The page the engine reads is the jsoup page node for node (elements with their namespace and
   * attributes, text, style sheets; comments left out), and carries no user data, which would
   * keep a map per node alive through the render.
   */
  @Test
  void theDomCopiesThePageWithoutUserData() {
    Document page =
        Jsoup.parse(
            "<!DOCTYPE html><html lang=\"sv\"><head><title>t</title>"
                + "<style>p { color: red; }</style></head><body>"
                + "<!-- a comment --><h1 id=\"a\" class=\"x y\">Rubrik &amp; mer</h1>"
                + "<table><tbody><tr><td dir=\"ltr\"><a href=\"#a\">Anna</a> <b>Ek</b></td></tr>"
                + "</tbody></table><p>slut</p></body></html>");

    org.w3c.dom.Document copy = PageRenderer.dom(page);
    org.w3c.dom.Document jsoups = new W3CDom().fromJsoup(page);

    assertEquals("html", copy.getDoctype().getName());
    assertEquals(describe(jsoups.getDocumentElement()), describe(copy.getDocumentElement()));
    for (Node node = copy.getDocumentElement(); node != null; node = next(node)) {
      assertNull(node.getUserData(W3CDom.SourceProperty), node.getNodeName());
    }
  }

  /** A node and everything in it as text: names, namespaces, attributes, text; no comments. */
  private static String describe(Node node) {
    StringBuilder text = new StringBuilder();
    for (Node n = node; n != null; n = next(n)) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        text.append('<').append(n.getNamespaceURI()).append(' ').append(n.getNodeName());
        NamedNodeMap attributes = n.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
          text.append(' ').append(attributes.item(i).getNodeName()).append('=')
              .append(attributes.item(i).getNodeValue());
        }
        text.append('>');
      } else if (n.getNodeType() == Node.TEXT_NODE) {
        text.append('[').append(n.getNodeValue()).append(']');
      }
    }
    return text.toString();
  }

  /** The next node in document order, or null after the last. */
  private static Node next(Node node) {
    if (node.getFirstChild() != null) {
      return node.getFirstChild();
    }
    for (Node n = node; n != null; n = n.getParentNode()) {
      if (n.getNextSibling() != null) {
        return n.getNextSibling();
      }
    }
    return null;
  }

  @Test
  void writesPdfDatesAsPdfBoxWritesThem() {
    Random random = new Random(17);
    List<OffsetDateTime> dates = new ArrayList<>();
    dates.add(OffsetDateTime.of(2022, 6, 11, 0, 0, 0, 0, ZoneOffset.UTC));
    dates.add(OffsetDateTime.of(1000, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(-14, 0)));
    dates.add(OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 0, ZoneOffset.ofHours(14)));
    dates.add(OffsetDateTime.of(1582, 10, 10, 12, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));
    // PDFBox's own formatting for these: a year of other than four digits, an offset with
    // seconds or beyond 14 hours.
    dates.add(OffsetDateTime.of(999, 3, 4, 5, 6, 7, 0, ZoneOffset.UTC));
    dates.add(
        OffsetDateTime.of(2024, 2, 29, 1, 2, 3, 0, ZoneOffset.ofHoursMinutesSeconds(1, 2, 3)));
    dates.add(OffsetDateTime.of(2024, 2, 29, 1, 2, 3, 0, ZoneOffset.ofHours(-18)));
    for (int i = 0; i < 20_000; i++) {
      LocalDate day = LocalDate.ofEpochDay(random.nextInt(3_000_000) - 700_000);
      dates.add(
          day.atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60))
              .atOffset(ZoneOffset.ofTotalSeconds((random.nextInt(57) - 28) * 30 * 60)));
    }
    for (OffsetDateTime date : dates) {
      assertEquals(
          DateConverter.toString(GregorianCalendar.from(date.toZonedDateTime())),
          PageRenderer.pdfDate(date),
          date::toString);
    }
  }
}
