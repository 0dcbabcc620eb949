package io.github.minutes4j.spring.autoconfigure;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.text.Labels;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * The name a document is offered under in {@code Content-Disposition}: the kind of document in
 * the language it is written in, the meeting's first day and the format's extension, such as
 * "Minnesanteckningar 2022-06-02.pdf", written as RFC 6266 says.
 */
final class MinutesFileName {

  /** RFC 8187's attr-char besides letters and digits: what {@code filename*} need not encode. */
  private static final String ATTR_CHARS = "!#$&+-.^_`|~";

  /** What a file name cannot have, such as a slash. */
  private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

  /** The combining marks that NFD splits off a letter: its accents. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  private MinutesFileName() {}

  /**
   * The {@code Content-Disposition} of a document shown in the browser, with its name.
   *
   * @param minutes the minutes, valid
   * @param options the options they were exported with
   * @param format the format they were exported in
   * @return such as {@code inline; filename="Poytakirja 2022-06-02.pdf";
   *     filename*=UTF-8''P%C3%B6yt%C3%A4kirja%202022-06-02.pdf}: the ASCII {@code filename} alone
   *     when the name is ASCII
   */
  static String inline(Minutes minutes, ExportOptions options, FormatDescriptor format) {
    // Sessions are listed as the minutes give them, not necessarily in time order.
    String firstDay =
        minutes.sessions().stream().map(Session::date).min(Comparator.naturalOrder()).orElseThrow()
            .toString();
    String suffix = " " + firstDay + "." + format.fileExtension();
    String kind = safe(options.labelsFor(minutes).documentKind(minutes.kind()));
    String name = kind + suffix;
    String ascii = withoutAccents(kind);
    if (!isAscii(ascii)) {
      ascii = safe(Labels.of(Language.ENGLISH).documentKind(minutes.kind()));
    }
    String header = "inline; filename=\"" + ascii + suffix + "\"";
    return isAscii(name) ? header : header + "; filename*=UTF-8''" + percentEncoded(name);
  }

  /** A label without the characters a file name cannot have, such as a slash. */
  private static String safe(String label) {
    return UNSAFE.matcher(label).replaceAll("-").strip();
  }

  /** The letters of a text without their accents: "Pöytäkirja" is "Poytakirja". */
  private static String withoutAccents(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }

  private static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
  }

  /** RFC 8187's value-chars: UTF-8, every byte outside attr-char as %XX. */
  private static String percentEncoded(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || ATTR_CHARS.indexOf(c) >= 0) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        encoded.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return encoded.toString();
  }
}
