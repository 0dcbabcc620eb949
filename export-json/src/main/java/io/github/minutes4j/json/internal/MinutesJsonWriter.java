package io.github.minutes4j.json.internal;

import io.github.minutes4j.core.Minutes;
import java.io.IOException;
import java.io.OutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.ser.std.SimpleBeanPropertyFilter;
import tools.jackson.databind.ser.std.SimpleFilterProvider;

/**
 * Writes {@link Minutes} as format {@code minutes4j/1} with databind and the {@link
 * MinutesModule}: two-space indentation, {@code \n} line ends, UTF-8 without byte order mark, and a
 * final line end. The same minutes always give the same bytes.
 */
public final class MinutesJsonWriter {

  private static final ObjectWriter WITH_PARTICIPANTS = writer(SimpleBeanPropertyFilter.serializeAll());

  private static final ObjectWriter WITHOUT_PARTICIPANTS =
      writer(SimpleBeanPropertyFilter.serializeAllExcept("participants"));

  private MinutesJsonWriter() {}

  private static ObjectWriter writer(SimpleBeanPropertyFilter filter) {
    return JsonFormat.MAPPER
        .writerFor(Minutes.class)
        .with(new Layout())
        .with(new SimpleFilterProvider().addFilter(MixIns.MINUTES_FILTER, filter));
  }

  /**
   * Writes minutes. Does not validate them; the caller does that first.
   *
   * @param minutes the minutes
   * @param includeParticipants whether to write the participant list, if there is one
   * @param out where to write; flushed, not closed
   * @throws IOException if writing to {@code out} fails
   */
  public static void write(Minutes minutes, boolean includeParticipants, OutputStream out)
      throws IOException {
    ObjectWriter writer = includeParticipants ? WITH_PARTICIPANTS : WITHOUT_PARTICIPANTS;
    try (JsonGenerator json = writer.createGenerator(out, JsonEncoding.UTF8)) {
      writer.writeValue(json, minutes);
      json.writeRaw('\n');
    } catch (JacksonException e) {
      // The stream's IOException: wrapped once by the generator (JacksonIOException), and once
      // more by databind when the generator fails in the middle of a value.
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof IOException) {
          throw (IOException) cause;
        }
      }
      throw new IllegalStateException("writing JSON failed: " + e.getOriginalMessage(), e);
    }
  }
}
