package io.github.minutes4j.core.spi;

import io.github.minutes4j.core.Minutes;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes {@link Minutes} in one format.
 *
 * <p>Implementations are stateless and thread-safe, so that one instance serves a whole server,
 * and have a public no-argument constructor so that {@link java.util.ServiceLoader} can create
 * them. Register an implementation with {@code provides
 * io.github.minutes4j.core.spi.MinutesExporter with ...} in {@code module-info.java} and in {@code
 * META-INF/services/io.github.minutes4j.core.spi.MinutesExporter}; {@link FormatRegistry#exporters()}
 * then finds it.
 *
 * <p>Contract of {@link #export}: validate the minutes first (with {@link
 * io.github.minutes4j.core.validation.MinutesValidator#shared()}) and write nothing if they are
 * invalid; write the same bytes for the same minutes and options (no clock, no random ids); never
 * read files or the network on behalf of the document; do not close the stream.
 *
 * @since 0.1.0
 */
public interface MinutesExporter extends FormatProvider {

  /**
   * Writes minutes to a stream.
   *
   * @param minutes the minutes; never null
   * @param options what to include and how; never null
   * @param out where to write; not closed
   * @throws io.github.minutes4j.core.validation.InvalidMinutesException if the minutes are not
   *     valid; nothing has been written then
   * @throws IOException if writing to {@code out} fails
   * @throws NullPointerException if an argument is null
   */
  void export(Minutes minutes, ExportOptions options, OutputStream out) throws IOException;

  /**
   * Writes minutes with the {@linkplain ExportOptions#defaults() default options}.
   *
   * @param minutes the minutes
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  default void export(Minutes minutes, OutputStream out) throws IOException {
    export(minutes, ExportOptions.defaults(), out);
  }
}
