package io.github.minutes4j.core.internal;

import io.github.minutes4j.core.format.InvalidLogoException;
import io.github.minutes4j.core.format.Logo;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks the bytes of a logo without decoding the image: the format from its signature, the size
 * of PNG and JPEG images from their headers, and that an SVG image is static and self-contained.
 * See {@link Logo} for the rules. Stateless.
 */
public final class LogoCheck {

  private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

  /** Elements that run, embed or load something; none belongs in a logo. */
  private static final Set<String> ACTIVE_ELEMENTS =
      Set.of(
          "script", "foreignobject", "iframe", "object", "embed", "audio", "video", "image",
          "feimage", "handler", "listener", "a");

  private static final String HOW_TO_MEND_SVG =
      " A logo must be a static, self-contained picture: save it again without scripts, event"
          + " handlers, links, embedded images or references to other files (many editors call"
          + " this \"plain\" or \"optimised\" SVG), or give a PNG instead.";

  private LogoCheck() {}

  /**
   * Checks an alternative text.
   *
   * @param text the alternative text
   * @param max the most characters it may have
   * @return the text, stripped
   * @throws InvalidLogoException if the text is blank, too long or not one line
   */
  public static String alternativeText(String text, int max) {
    String stripped = text.strip();
    OneLine.problem(stripped, max)
        .ifPresent(
            problem -> {
              throw new InvalidLogoException(
                  "The logo's alternative text "
                      + problem
                      + "; give what the logo says to someone who cannot see it, in one line of"
                      + " plain text, such as \"Region Hallands logotyp\"");
            });
    return stripped;
  }

  /**
   * Checks a logo's bytes.
   *
   * @param image the bytes of a PNG, JPEG or SVG image
   * @param maxBytes the most bytes the image may have
   * @param maxSide the most pixels either side of a PNG or JPEG may have
   * @param maxPixels the most pixels a PNG or JPEG may have in all
   * @return the format
   * @throws InvalidLogoException if the bytes are not a usable logo
   */
  public static Logo.Format check(byte[] image, int maxBytes, int maxSide, int maxPixels) {
    if (image.length > maxBytes) {
      throw new InvalidLogoException(
          "The logo has "
              + image.length
              + " bytes; a logo may have at most "
              + maxBytes
              + ": scale it down or compress it");
    }
    if (startsWith(image, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      png(image, maxSide, maxPixels);
      return Logo.Format.PNG;
    }
    if (startsWith(image, 0xFF, 0xD8, 0xFF)) {
      jpeg(image, maxSide, maxPixels);
      return Logo.Format.JPEG;
    }
    if (looksLikeXml(image)) {
      svg(image);
      return Logo.Format.SVG;
    }
    StringBuilder start = new StringBuilder();
    for (int i = 0; i < Math.min(8, image.length); i++) {
      start.append(String.format(Locale.ROOT, " %02X", image[i] & 0xFF));
    }
    throw new InvalidLogoException(
        "The logo is not a PNG, JPEG or SVG image (its first bytes are"
            + (image.length == 0 ? " none: it is empty" : start.toString())
            + "): give the bytes of a PNG, JPEG or SVG file");
  }

  private static void png(byte[] image, int maxSide, int maxPixels) {
    if (image.length < 33 || !hasAt(image, 12, 'I', 'H', 'D', 'R')) {
      throw new InvalidLogoException(
          "The PNG logo is truncated or damaged (no image header after the signature): export it"
              + " again");
    }
    size("PNG", readInt(image, 16), readInt(image, 20), maxSide, maxPixels);
  }

  private static void jpeg(byte[] image, int maxSide, int maxPixels) {
    int at = 2;
    while (at + 3 < image.length) {
      if ((image[at] & 0xFF) != 0xFF) {
        break;
      }
      int marker = image[at + 1] & 0xFF;
      if (marker == 0xFF) {
        at++; // fill byte
        continue;
      }
      if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
        at += 2; // no length
        continue;
      }
      if (marker == 0xDA || marker == 0xD9) {
        break; // scan data or end before any frame header
      }
      int length = (image[at + 2] & 0xFF) << 8 | image[at + 3] & 0xFF;
      boolean frame =
          marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (frame) {
        if (at + 9 >= image.length) {
          break;
        }
        int height = (image[at + 5] & 0xFF) << 8 | image[at + 6] & 0xFF;
        int width = (image[at + 7] & 0xFF) << 8 | image[at + 8] & 0xFF;
        int components = image[at + 9] & 0xFF;
        size("JPEG", width, height, maxSide, maxPixels);
        if (components != 1 && components != 3) {
          throw new InvalidLogoException(
              "The JPEG logo has "
                  + components
                  + " colour components (CMYK or another colour model), which an sRGB archive PDF"
                  + " cannot show: save it as an RGB JPEG or a PNG");
        }
        return;
      }
      at += 2 + length;
    }
    throw new InvalidLogoException(
        "The JPEG logo is truncated or damaged (no frame header before the image data): export"
            + " it again");
  }

  private static void size(String format, long width, long height, int maxSide, int maxPixels) {
    if (width <= 0 || height <= 0) {
      throw new InvalidLogoException(
          "The " + format + " logo claims " + width + " x " + height + " pixels: export it again");
    }
    if (width > maxSide || height > maxSide || width * height > maxPixels) {
      throw new InvalidLogoException(
          "The "
              + format
              + " logo has "
              + width
              + " x "
              + height
              + " pixels; a logo may have at most "
              + maxSide
              + " on a side and "
              + maxPixels
              + " in all: scale it down (a logo printed 2 cm high needs about 500 pixels)");
    }
  }

  private static boolean looksLikeXml(byte[] image) {
    int at = startsWith(image, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    while (at < image.length && (image[at] == ' ' || image[at] == '\t' || image[at] == '\r' || image[at] == '\n')) {
      at++;
    }
    return at < image.length && image[at] == '<';
  }

  private static void svg(byte[] image) {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    XMLStreamReader xml = null;
    try {
      xml = factory.createXMLStreamReader(new ByteArrayInputStream(image));
      boolean root = true;
      boolean inStyle = false;
      while (xml.hasNext()) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.DTD:
          case XMLStreamConstants.ENTITY_REFERENCE:
          case XMLStreamConstants.ENTITY_DECLARATION:
            throw refused(xml.getLocation(), "a document type declaration or entity");
          case XMLStreamConstants.PROCESSING_INSTRUCTION:
            throw refused(xml.getLocation(), "the processing instruction <?" + xml.getPITarget());
          case XMLStreamConstants.START_ELEMENT:
            String name = xml.getLocalName();
            if (root) {
              if (!"svg".equals(name) || !SVG_NAMESPACE.equals(xml.getNamespaceURI())) {
                throw new InvalidLogoException(
                    "The logo is XML but not SVG: its root element is <"
                        + name
                        + "> in namespace '"
                        + (xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI())
                        + "'; an SVG logo's root is <svg xmlns=\""
                        + SVG_NAMESPACE
                        + "\">");
              }
              root = false;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (ACTIVE_ELEMENTS.contains(lower)) {
              throw refused(xml.getLocation(), "the element <" + name + ">");
            }
            inStyle = "style".equals(lower);
            for (int i = 0; i < xml.getAttributeCount(); i++) {
              attribute(xml, i);
            }
            break;
          case XMLStreamConstants.END_ELEMENT:
            inStyle = false;
            break;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
            if (inStyle) {
              css(xml.getLocation(), "a <style> element", xml.getText());
            }
            break;
          default:
            break;
        }
      }
      if (root) {
        throw new InvalidLogoException("The SVG logo has no root element: export it again");
      }
    } catch (XMLStreamException e) {
      throw new InvalidLogoException(
          "The logo looks like SVG but is not well-formed XML ("
              + e.getMessage().replaceAll("\\s+", " ").strip()
              + "): export it again, or give a PNG");
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // nothing was opened that closing could fail to release
        }
      }
    }
  }

  private static void attribute(XMLStreamReader xml, int index) {
    String name = xml.getAttributeLocalName(index);
    String value = xml.getAttributeValue(index);
    String lower = name.toLowerCase(Locale.ROOT);
    String where = "the attribute " + name + "=\"" + shorten(value) + "\"";
    if (lower.startsWith("on")) {
      throw refused(xml.getLocation(), "the event handler " + where);
    }
    if (("href".equals(lower) || "src".equals(lower)) && !value.strip().startsWith("#")) {
      throw refused(xml.getLocation(), "a reference to another file, " + where);
    }
    if ("attributename".equals(lower) && value.toLowerCase(Locale.ROOT).contains("href")) {
      throw refused(xml.getLocation(), "an animation of a link, " + where);
    }
    css(xml.getLocation(), where, value);
  }

  /** Refuses {@code url(...)} other than to a fragment, and {@code @import}. */
  private static void css(Location location, String where, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("@import")) {
      throw refused(location, "@import in " + where);
    }
    int at = lower.indexOf("url(");
    while (at >= 0) {
      String target = lower.substring(at + 4).stripLeading();
      if (target.startsWith("\"") || target.startsWith("'")) {
        target = target.substring(1);
      }
      if (!target.startsWith("#")) {
        throw refused(location, "a reference to another file, url(" + shorten(text.substring(at + 4)) + ", in " + where);
      }
      at = lower.indexOf("url(", at + 4);
    }
  }

  private static InvalidLogoException refused(Location location, String what) {
    return new InvalidLogoException(
        "The SVG logo has "
            + what
            + " at line "
            + location.getLineNumber()
            + ", column "
            + location.getColumnNumber()
            + "."
            + HOW_TO_MEND_SVG);
  }

  private static String shorten(String text) {
    String one = text.replaceAll("\\s+", " ");
    return one.length() <= 60 ? one : one.substring(0, 57) + "...";
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    return hasAt(bytes, 0, prefix);
  }

  private static boolean hasAt(byte[] bytes, int offset, int... prefix) {
    if (bytes.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[offset + i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static long readInt(byte[] bytes, int at) {
    return (bytes[at] & 0xFFL) << 24
        | (bytes[at + 1] & 0xFFL) << 16
        | (bytes[at + 2] & 0xFFL) << 8
        | bytes[at + 3] & 0xFFL;
  }
}
