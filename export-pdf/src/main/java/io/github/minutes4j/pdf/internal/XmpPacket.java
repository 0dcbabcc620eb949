package io.github.minutes4j.pdf.internal;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The XMP metadata packet of a PDF/A-2u or PDF/A-3u file that is also PDF/UA-1, written as text
 * from the document information dictionary, so that the two agree as PDF/A requires (ISO 19005-2,
 * 6.6.2.3.1): title, author, subject and keywords, the producer, the dates.
 *
 * <p>openhtmltopdf builds this packet with xmpbox, whose type mapping reflects over the schema
 * classes once for each of the ten schema objects it makes, and serialises it through a DOM and an
 * XSLT transformer: about 3 MB of garbage and a few per cent of the CPU time of every export, for
 * a packet whose structure never changes. Here the constant part (the PDF/A extension schemas
 * that declare the PDF/UA identifier and the Adobe PDF properties) is one string, and the rest is
 * a few escaped values. The bytes are those the JDK's transformer wrote for the xmpbox packet.
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

  /** The PDF/A extension schemas of the Adobe PDF, PDF/A ID and PDF/UA ID properties, and the end. */
  private static final String EXTENSION_AND_END =
      """
          <rdf:Description xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
            <pdfaExtension:schemas>
              <rdf:Bag>
                <rdf:li rdf:parseType="Resource">
                  <pdfaSchema:schema>Adobe PDF Schema</pdfaSchema:schema>
                  <pdfaSchema:namespaceURI>http://ns.adobe.com/pdf/1.3/</pdfaSchema:namespaceURI>
                  <pdfaSchema:prefix>pdf</pdfaSchema:prefix>
                  <pdfaSchema:property>
                    <rdf:Seq>
                      <rdf:li rdf:parseType="Resource">
                        <pdfaProperty:name>PDFVersion</pdfaProperty:name>
                        <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                        <pdfaProperty:category>internal</pdfaProperty:category>
                        <pdfaProperty:description>The PDF file version.</pdfaProperty:description>
                      </rdf:li>
                      <rdf:li rdf:parseType="Resource">
                        <pdfaProperty:name>Keywords</pdfaProperty:name>
                        <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                        <pdfaProperty:category>external</pdfaProperty:category>
                        <pdfaProperty:description>Keywords.</pdfaProperty:description>
                      </rdf:li>
                      <rdf:li rdf:parseType="Resource">
                        <pdfaProperty:name>Producer</pdfaProperty:name>
                        <pdfaProperty:valueType>AgentName</pdfaProperty:valueType>
                        <pdfaProperty:category>internal</pdfaProperty:category>
                        <pdfaProperty:description>The name of the tool that created the PDF document.</pdfaProperty:description>
                      </rdf:li>
                    </rdf:Seq>
                  </pdfaSchema:property>
                </rdf:li>
                <rdf:li rdf:parseType="Resource">
                  <pdfaSchema:schema>PDF/A ID Schema</pdfaSchema:schema>
                  <pdfaSchema:namespaceURI>http://www.aiim.org/pdfa/ns/id/</pdfaSchema:namespaceURI>
                  <pdfaSchema:prefix>pdfaid</pdfaSchema:prefix>
                  <pdfaSchema:property>
                    <rdf:Seq>
                      <rdf:li rdf:parseType="Resource">
                        <pdfaProperty:name>part</pdfaProperty:name>
                        <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                        <pdfaProperty:category>internal</pdfaProperty:category>
                        <pdfaProperty:description>Part of PDF/A standard</pdfaProperty:description>
                      </rdf:li>
                      <rdf:li rdf:parseType="Resource">
                        <pdfaProperty:name>conformance</pdfaProperty:name>
                        <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                        <pdfaProperty:category>internal</pdfaProperty:category>
                        <pdfaProperty:description>Conformance level of PDF/A standard</pdfaProperty:description>
                      </rdf:li>
                    </rdf:Seq>
                  </pdfaSchema:property>
                </rdf:li>
                <rdf:li rdf:parseType="Resource">
                  <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                  <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                  <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                  <pdfaSchema:property>
                    <rdf:Seq>
                      <rdf:li rdf:parseType="Resource">
                        <pdfaProperty:name>part</pdfaProperty:name>
                        <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                        <pdfaProperty:category>internal</pdfaProperty:category>
                        <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                      </rdf:li>
                    </rdf:Seq>
                  </pdfaSchema:property>
                </rdf:li>
              </rdf:Bag>
            </pdfaExtension:schemas>
            <pdfuaid:part>1</pdfuaid:part>
          </rdf:Description>
        </rdf:RDF>
      </x:xmpmeta><?xpacket end="w"?>
      """;

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
