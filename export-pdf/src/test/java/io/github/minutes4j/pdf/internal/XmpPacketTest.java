package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The XMP packet written as text says what the Info dictionary says, whatever characters the
 * minutes' title, organiser and subject hold, and escapes text as the JDK's XML serialiser does.
 */
class XmpPacketTest {

  private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String PDF = "http://ns.adobe.com/pdf/1.3/";
  private static final String XMP = "http://ns.adobe.com/xap/1.0/";
  private static final String PDFAID = "http://www.aiim.org/pdfa/ns/id/";
  private static final String PDFUAID = "http://www.aiim.org/pdfua/ns/id/";

  /** Markup characters, quotes, a tab, a C1 control, right-to-left letters, an emoji. */
  private static final String AWKWARD =
      "Vård & omsorg <utskottet> \"Q\" 'A'\tx\u0085 قرار \u2028 😀 \uFEFF end";

  @Test
  void everyValueOfTheInfoDictionaryComesBackFromTheParsedPacket() throws Exception {
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle("Titel: " + AWKWARD);
    info.setAuthor("Förening " + AWKWARD);
    info.setSubject("Ämne " + AWKWARD);
    info.setKeywords("a, b, " + AWKWARD);
    info.setProducer("minutes4j");
    info.setCreator("tool " + AWKWARD);

    Document xmp = parse(XmpPacket.of(3, 1.7f, info, "2026-12-06T00:00:00Z"));

    assertEquals(info.getTitle(), only(xmp, DC, "title"));
    assertEquals(info.getAuthor(), only(xmp, DC, "creator"));
    assertEquals(info.getSubject(), only(xmp, DC, "description"));
    assertEquals(info.getKeywords(), only(xmp, PDF, "Keywords"));
    assertEquals("minutes4j", only(xmp, PDF, "Producer"));
    assertEquals("1.7", only(xmp, PDF, "PDFVersion"));
    assertEquals(info.getCreator(), only(xmp, XMP, "CreatorTool"));
    assertEquals("2026-12-06T00:00:00Z", only(xmp, XMP, "CreateDate"));
    assertEquals("2026-12-06T00:00:00Z", only(xmp, XMP, "ModifyDate"));
    assertEquals("3", only(xmp, PDFAID, "part"));
    assertEquals("U", only(xmp, PDFAID, "conformance"));
    assertEquals("1", only(xmp, PDFUAID, "part"));
    assertEquals("application/pdf", only(xmp, DC, "format"));
    Element title = (Element) xmp.getElementsByTagNameNS(DC, "title").item(0);
    Element li = (Element) title.getElementsByTagNameNS(RDF, "li").item(0);
    assertEquals("x-default", li.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
  }

  @Test
  void absentValuesAreLeftOut() throws Exception {
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle("Styrelsemöte");

    Document xmp = parse(XmpPacket.of(2, 1.7f, info, "2022-06-11T00:00:00Z"));

    assertEquals("Styrelsemöte", only(xmp, DC, "title"));
    assertEquals("2", only(xmp, PDFAID, "part"));
    for (String absent : List.of("creator", "description")) {
      assertEquals(0, xmp.getElementsByTagNameNS(DC, absent).getLength(), absent);
    }
    assertEquals(0, xmp.getElementsByTagNameNS(PDF, "Keywords").getLength());
    assertEquals(0, xmp.getElementsByTagNameNS(PDF, "Producer").getLength());
    assertEquals(0, xmp.getElementsByTagNameNS(XMP, "CreatorTool").getLength());
  }

  @Test
  void textIsEscapedAsTheJdkSerialiserEscapesIt() throws Exception {
    String text = AWKWARD + "\r" + "\u007F" + "\uDBFF\uDFFD";
    StringBuilder ours = new StringBuilder();
    XmpPacket.escape(ours, text);

    Document document =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    document.appendChild(document.createElement("t")).setTextContent(text);
    var transformer = TransformerFactory.newDefaultInstance().newTransformer();
    transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
    transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    StringWriter jdk = new StringWriter();
    transformer.transform(new DOMSource(document), new StreamResult(jdk));

    assertEquals(jdk.toString().strip(), "<t>" + ours + "</t>");
  }

  @Test
  void thePacketIsOneXpacketInUtf8() {
    byte[] packet = XmpPacket.of(2, 1.7f, new PDDocumentInformation(), "2022-06-11T00:00:00Z");
    String text = new String(packet, java.nio.charset.StandardCharsets.UTF_8);

    assertTrue(text.startsWith("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"));
    assertTrue(text.endsWith("</x:xmpmeta><?xpacket end=\"w\"?>\n"), text);
  }

  private static Document parse(byte[] packet) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(packet));
  }

  /** The text of the one element of that name. */
  private static String only(Document xmp, String namespace, String name) {
    assertEquals(1, xmp.getElementsByTagNameNS(namespace, name).getLength(), name);
    return xmp.getElementsByTagNameNS(namespace, name).item(0).getTextContent().strip();
  }
}
