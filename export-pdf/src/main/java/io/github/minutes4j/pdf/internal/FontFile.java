package io.github.minutes4j.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A TrueType font file described by its own tables: the family a stylesheet names it by, its
 * weight and its style, so that a font can be added by its file alone. Whether the face can be
 * embedded, and has TrueType outlines, is {@link FontSet}'s check when the exporter is built.
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.3.0
 */
public final class FontFile {

  /** The name table's typographic family ("Noto Sans" for "Noto Sans SemiBold"). */
  private static final int TYPOGRAPHIC_FAMILY = 16;

  /** The OS/2 table's fsSelection bit for italic. */
  private static final int FS_ITALIC = 1;

  /** The head table's macStyle bits for bold and italic. */
  private static final int MAC_BOLD = 1;

  private static final int MAC_ITALIC = 2;

  private FontFile() {}

  /**
   * Reads a font file and describes it.
   *
   * @param file a TrueType ({@code .ttf}) font file
   * @return the face, with the file's bytes
   * @throws IOException if the file cannot be read, such as {@link
   *     java.nio.file.NoSuchFileException} for a missing one
   * @throws IllegalArgumentException if the file is not a TrueType font with a family name; the
   *     message names the file and says what to give instead
   */
  public static FontSet.Source read(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException(
          "The font " + file + " is a folder; name a TrueType font file (.ttf) in it");
    }
    byte[] bytes = Files.readAllBytes(file);
    String notAFont = signatureProblem(bytes);
    if (notAFont != null) {
      throw new IllegalArgumentException("The font " + file
          + " cannot be read as a TrueType font (" + notAFont + "); give a .ttf file");
    }
    String family;
    int weight;
    boolean italic;
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
      family = family(ttf.getNaming());
      HeaderTable head = ttf.getHeader();
      OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
      int macStyle = head == null ? 0 : head.getMacStyle();
      weight =
          os2 != null && os2.getWeightClass() >= 1 && os2.getWeightClass() <= 1000
              ? os2.getWeightClass()
              : (macStyle & MAC_BOLD) != 0 ? 700 : 400;
      italic = os2 != null ? (os2.getFsSelection() & FS_ITALIC) != 0 : (macStyle & MAC_ITALIC) != 0;
    } catch (IOException | RuntimeException e) {
      // fontbox reports malformed data with IOExceptions, and sometimes with runtime exceptions.
      throw new IllegalArgumentException(
          "The font "
              + file
              + " cannot be read as a TrueType font ("
              + e.getMessage()
              + "); give a .ttf file",
          e);
    }
    if (family.isBlank()) {
      throw new IllegalArgumentException(
          "The font " + file + " has no family name in its name table; it cannot be named in the PDF");
    }
    return new FontSet.Source(
        () -> new ByteArrayInputStream(bytes), family.strip(), weight, italic, "the font " + file);
  }

  /**
   * Why a file is not a font, from its first four bytes, before fontbox parses it: fontbox reads
   * any bytes as a table directory and logs a warning for every table that goes past the end, a
   * hundred lines for a text file.
   *
   * @return the problem, or null for the signature of a TrueType or OpenType font
   */
  private static String signatureProblem(byte[] bytes) {
    int tag = bytes.length < 4 ? -1
        : (bytes[0] & 0xFF) << 24 | (bytes[1] & 0xFF) << 16 | (bytes[2] & 0xFF) << 8
            | bytes[3] & 0xFF;
    return switch (tag) {
      case 0x00010000, 0x74727565, 0x4F54544F -> null; // 1.0, true, OTTO
      case 0x74746366 -> // ttcf: fontbox would read its header as a font's and find no tables
          "it is a TrueType collection (.ttc) of several faces; give the .ttf file of each face"
              + " the text needs";
      case 0x774F4646, 0x774F4632 -> // wOFF, wOF2
          "it is a WOFF web font, which is compressed; give the font's .ttf file instead";
      default -> "it does not begin with the signature of a font file";
    };
  }

  private static String family(NamingTable naming) {
    if (naming == null) {
      return "";
    }
    for (NameRecord record : naming.getNameRecords()) {
      if (record.getNameId() == TYPOGRAPHIC_FAMILY
          && record.getString() != null
          && !record.getString().isBlank()) {
        return record.getString();
      }
    }
    String family = naming.getFontFamily();
    return family == null ? "" : family;
  }
}
