package io.github.minutes4j.json;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.spi.MinutesReadException;
import io.github.minutes4j.core.spi.MinutesReader;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.json.internal.JsonFormat;
import io.github.minutes4j.json.internal.MinutesJsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads {@link Minutes} from JSON in format {@code minutes4j/1}, as {@link JsonMinutesExporter}
 * writes it: format id {@code json}, media type {@code application/json}, file extension {@code
 * json}.
 *
 * <p>The reader is strict. Malformed JSON, an unknown, missing, repeated or misplaced property, a
 * value of the wrong type, {@code null}, a bad date, time or name, content after the document,
 * input that is not UTF-8 (a UTF-8 byte order mark is allowed and skipped) and input over a limit
 * each give a {@link MinutesReadException} whose {@link MinutesReadException#location() location}
 * names the place as a JSON Pointer (such as {@code /agenda/2/heading}), a line and a column
 * (counted in UTF-16 code units), and whose message says how to fix it. Well-formed input that
 * describes invalid minutes gives the {@link
 * io.github.minutes4j.core.validation.InvalidMinutesException} of {@link MinutesValidator}, whose
 * paths ({@code agenda[2].heading}) name the same properties.
 *
 * <p>Fixed limits keep hostile input from exhausting the machine: 64 levels of nesting, 110,000
 * characters in a string, 256 in a property name, 100 digits in a number, 64 Mi characters in a
 * document, and 2 Mi (2,097,152) tokens in a document (values, property names and brackets; the
 * reference documents have about 1,500). Reading stops at the first limit reached, with a {@link
 * MinutesReadException} that names it and its place, so the heap a read takes is bounded whatever
 * the input: the token limit bounds the number of objects read, the other limits the text.
 *
 * <p>Stable. Stateless and thread-safe: one instance can serve any number of threads.
 *
 * @since 0.1.0
 */
public final class JsonMinutesReader implements MinutesReader {

  /** Creates the reader; {@link java.util.ServiceLoader} calls this. */
  public JsonMinutesReader() {}

  /**
   * The JSON format.
   *
   * @return id {@code json}, media type {@code application/json}, extension {@code json}; never
   *     null
   */
  @Override
  public FormatDescriptor format() {
    return JsonFormat.DESCRIPTOR;
  }

  /**
   * Reads one set of minutes and validates it.
   *
   * @param in the JSON, in UTF-8; read to its end, not closed; never null
   * @return the minutes, valid; never null
   * @throws MinutesReadException if the input is not a well-formed {@code minutes4j/1} document;
   *     the exception names the place and the fix
   * @throws io.github.minutes4j.core.validation.InvalidMinutesException if the document is well
   *     formed but the minutes it describes are not valid
   * @throws IOException if reading from {@code in} fails
   * @throws NullPointerException if {@code in} is null
   */
  @Override
  public Minutes read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    MinutesJsonReader reader = new MinutesJsonReader(in);
    Minutes minutes = reader.read();
    try {
      return MinutesValidator.shared().requireValid(minutes);
    } catch (InvalidMinutesException e) {
      throw reader.locate(e);
    }
  }

  @Override
  public String toString() {
    return "JsonMinutesReader[" + JsonFormat.VERSION + "]";
  }
}
