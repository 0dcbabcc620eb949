package io.github.minutes4j.pdf.internal;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The XMP metadata packet of a PDF/A-2u or PDF/A-3u file that is also PDF/UA-1, written as text
 * from the document information dictionary, so that the two agree as PDF/A requires (ISO 19005-2,
 * 6.6.2.3.1): title, author, subject and keywords, the producer, the dates.
 *
 * <p>In PDF/A mode openhtmltopdf builds this packet with xmpbox, whose type mapping reflects over
 * the schema classes once for each of the ten schema objects it makes, and serialises it through
 * a DOM and an XSLT transformer. {@link PageRenderer} tells it PDF/UA only, for which it would
 * build a smaller packet (three schema objects, not ten), which {@link UaCatalog} keeps it from
 * building; this packet is written instead. Not building xmpbox's PDF/A packet saved 0.9 MB of the
 * 13.8 MB an export of the june2022 reference document allocated. The constant part (the
 * PDF/A extension schemas that declare the PDF/UA identifier and the Adobe PDF properties) is
 * written once per class; the rest is a few escaped values. The bytes are those the JDK's
 * transformer wrote for xmpbox's PDF/A packet.
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.3.0
 */
final class XmpPacket {

  private static final String START =
      "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
          + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
          + "  <rdf:RDF xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
          + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
          + " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
          + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";

  /**
   * The PDF/A extension schemas that declare the Adobe PDF, PDF/A ID and PDF/UA ID properties, the
   * PDF/UA part, and the end of the packet: the same for every file, so written once.
   */
  private static final String EXTENSION_AND_END =
      "    <rdf:Description xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
          + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\""
          + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
          + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\" rdf:about=\"\">\n"
          + "      <pdfaExtension:schemas>\n"
          + "        <rdf:Bag>\n"
          + schema(
              "Adobe PDF Schema",
              "http://ns.adobe.com/pdf/1.3/",
              "pdf",
              property("PDFVersion", "Text", "internal", "The PDF file version."),
              property("Keywords", "Text", "external", "Keywords."),
              property(
                  "Producer",
                  "AgentName",
                  "internal",
                  "The name of the tool that created the PDF document."))
          + schema(
              "PDF/A ID Schema",
              "http://www.aiim.org/pdfa/ns/id/",
              "pdfaid",
              property("part", "Integer", "internal", "Part of PDF/A standard"),
              property("conformance", "Text", "internal", "Conformance level of PDF/A standard"))
          + schema(
              "PDF/UA Universal Accessibility Schema",
              "http://www.aiim.org/pdfua/ns/id/",
              "pdfuaid",
              property(
                  "part",
                  "Integer",
                  "internal",
                  "Indicates, which part of ISO 14289 standard is followed"))
          + "        </rdf:Bag>\n"
          + "      </pdfaExtension:schemas>\n"
          + "      <pdfuaid:part>1</pdfuaid:part>\n"
          + "    </rdf:Description>\n"
          + "  </rdf:RDF>\n"
          + "</x:xmpmeta><?xpacket end=\"w\"?>\n";

  private XmpPacket() {}

  /**
   * Writes the packet.
   *
   * @param part the PDF/A part: 2 for PDF/A-2u, 3 for PDF/A-3u
   * @param pdfVersion the PDF version, such as {@code 1.7}
   * @param info the document information dictionary, whose title, author, subject, keywords,
   *     creator and producer the packet repeats (each left out when absent)
   * @param date the creation and modification date, as XMP writes it ({@code
   *     2022-06-11T00:00:00Z})
   * @return the packet in UTF-8
   */
  static byte[] of(int part, float pdfVersion, PDDocumentInformation info, String date) {
    StringBuilder xmp = new StringBuilder(6 * 1024);
    xmp.append(START);
    xmp.append("    <rdf:Description rdf:about=\"\">\n");
    xmp.append("      <pdfaid:conformance>U</pdfaid:conformance>\n");
    element(xmp, "pdfaid:part", Integer.toString(part));
    xmp.append("    </rdf:Description>\n");
    xmp.append("    <rdf:Description rdf:about=\"\">\n");
    element(xmp, "pdf:PDFVersion", String.valueOf(pdfVersion));
    element(xmp, "pdf:Keywords", info.getKeywords());
    element(xmp, "pdf:Producer", info.getProducer());
    xmp.append("    </rdf:Description>\n");
    xmp.append("    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\">\n");
    element(xmp, "xmp:CreatorTool", info.getCreator());
    xmp.append("      <xmp:CreateDate>")
        .append(date)
        .append("</xmp:CreateDate><xmp:ModifyDate>")
        .append(date)
        .append("</xmp:ModifyDate>\n");
    xmp.append("    </rdf:Description>\n");
    xmp.append("    <rdf:Description rdf:about=\"\">\n");
    element(xmp, "dc:format", "application/pdf");
    String author = info.getAuthor();
    if (author != null) {
      xmp.append("      <dc:creator>\n        <rdf:Seq>\n          <rdf:li>");
      escape(xmp, author);
      xmp.append("</rdf:li>\n        </rdf:Seq>\n      </dc:creator>\n");
    }
    alternative(xmp, "dc:title", info.getTitle());
    alternative(xmp, "dc:description", info.getSubject());
    xmp.append("    </rdf:Description>\n");
    xmp.append(EXTENSION_AND_END);
    return xmp.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One schema of the PDF/A extension: its name, namespace, prefix and properties. */
  private static String schema(String name, String namespace, String prefix, String... properties) {
    return "          <rdf:li rdf:parseType=\"Resource\">\n"
        + "            <pdfaSchema:schema>" + name + "</pdfaSchema:schema>\n"
        + "            <pdfaSchema:namespaceURI>" + namespace + "</pdfaSchema:namespaceURI>\n"
        + "            <pdfaSchema:prefix>" + prefix + "</pdfaSchema:prefix>\n"
        + "            <pdfaSchema:property>\n"
        + "              <rdf:Seq>\n"
        + String.join("", properties)
        + "              </rdf:Seq>\n"
        + "            </pdfaSchema:property>\n"
        + "          </rdf:li>\n";
  }

  /** One property of an extension schema. */
  private static String property(String name, String type, String category, String description) {
    return "                <rdf:li rdf:parseType=\"Resource\">\n"
        + "                  <pdfaProperty:name>" + name + "</pdfaProperty:name>\n"
        + "                  <pdfaProperty:valueType>" + type + "</pdfaProperty:valueType>\n"
        + "                  <pdfaProperty:category>" + category + "</pdfaProperty:category>\n"
        + "                  <pdfaProperty:description>" + description
        + "</pdfaProperty:description>\n"
        + "                </rdf:li>\n";
  }

  /** A simple property; nothing when the value is absent. */
  private static void element(StringBuilder xmp, String name, String value) {
    if (value != null) {
      xmp.append("      <").append(name).append('>');
      escape(xmp, value);
      xmp.append("</").append(name).append(">\n");
    }
  }

  /** A language alternative with the default language only; nothing when the value is absent. */
  private static void alternative(StringBuilder xmp, String name, String value) {
    if (value != null) {
      xmp.append("      <").append(name).append(">\n        <rdf:Alt>\n");
      xmp.append("          <rdf:li xml:lang=\"x-default\">");
      escape(xmp, value);
      xmp.append("</rdf:li>\n        </rdf:Alt>\n      </").append(name).append(">\n");
    }
  }

  /**
   * Appends text as XML character data, as the JDK's XML serialiser writes it in UTF-8: the
   * markup characters as entities; carriage returns, other controls and characters outside the
   * Basic Multilingual Plane as numeric references; everything else as it is.
   */
  static void escape(StringBuilder xmp, String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> xmp.append("&amp;");
        case '<' -> xmp.append("&lt;");
        case '>' -> xmp.append("&gt;");
        default -> {
          if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || c > 0xFFFF) {
            xmp.append("&#").append(c).append(';');
          } else {
            xmp.append((char) c);
          }
        }
      }
    }
  }
}
