package io.github.minutes4j.core.spi;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.internal.AtomicFiles;
import io.github.minutes4j.core.validation.MinutesValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

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
 * <p>Callers call {@link #export(Minutes, ExportOptions, OutputStream) export}. An implementation
 * implements {@link #format()} and {@link #write write} only: {@code export} checks the arguments,
 * validates the minutes with {@link MinutesValidator#shared()} and refuses invalid ones before
 * anything is written, then calls {@code write} with minutes known to be valid, then flushes the
 * stream. Do not override {@code export}; every exporter, whoever wrote it, keeps the same
 * contract that way. {@code write} must write the same bytes for the same minutes and options (no
 * clock, no random ids), never read files or the network on behalf of the document, and not close
 * the stream.
 *
 * @since 0.1.0
 */
public interface MinutesExporter extends FormatProvider {

  /**
   * Validates minutes, writes them to a stream and flushes it. The stream is not closed.
   *
   * @param minutes the minutes; never null
   * @param options what to include and how; never null
   * @param out where to write; flushed, not closed; never null
   * @throws io.github.minutes4j.core.validation.InvalidMinutesException if the minutes are not
   *     valid, with every violation; nothing has been written then
   * @throws IOException if writing to {@code out} fails
   * @throws NullPointerException if an argument is null
   */
  default void export(Minutes minutes, ExportOptions options, OutputStream out)
      throws IOException {
    Objects.requireNonNull(minutes, "minutes");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(out, "out");
    MinutesValidator.shared().requireValid(minutes);
    write(minutes, options, out);
    out.flush();
  }

  /**
   * Validates minutes and writes them with the {@linkplain ExportOptions#defaults() default
   * options}, as {@link #export(Minutes, ExportOptions, OutputStream)} does.
   *
   * @param minutes the minutes; never null
   * @param out where to write; flushed, not closed; never null
   * @throws io.github.minutes4j.core.validation.InvalidMinutesException if the minutes are not
   *     valid; nothing has been written then
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  default void export(Minutes minutes, OutputStream out) throws IOException {
    export(minutes, ExportOptions.defaults(), out);
  }

  /**
   * Writes minutes into a new byte array, such as for an HTTP response or a database column.
   * Implementations need not override this.
   *
   * @param minutes the minutes
   * @param options what to include and how
   * @return the bytes written; never null
   * @throws io.github.minutes4j.core.validation.InvalidMinutesException if the minutes are not
   *     valid
   * @throws IOException if the exporter fails
   * @throws NullPointerException if an argument is null
   * @since 0.2.0
   */
  default byte[] exportToBytes(Minutes minutes, ExportOptions options) throws IOException {
    Objects.requireNonNull(minutes, "minutes");
    Objects.requireNonNull(options, "options");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export(minutes, options, out);
    return out.toByteArray();
  }

  /**
   * Writes minutes to a file, atomically: first to a new hidden file in the same folder, which
   * then replaces the file in one atomic rename. Readers see the previous file or the complete new
   * one, never a part of it. If anything fails (the minutes are not valid, the exporter or the disk
   * fails), the hidden file is deleted and the file is as it was. Only a process killed in the
   * middle can leave the hidden {@code .NAME.*.tmp} file behind. Implementations need not override
   * this.
   *
   * @param minutes the minutes
   * @param options what to include and how
   * @param file the file to write, in an existing folder; replaced if it exists
   * @throws io.github.minutes4j.core.validation.InvalidMinutesException if the minutes are not
   *     valid; nothing has been written then
   * @throws IOException if the exporter fails, or writing or moving the file fails
   * @throws NullPointerException if an argument is null
   * @since 0.2.0
   */
  default void exportToFile(Minutes minutes, ExportOptions options, Path file) throws IOException {
    Objects.requireNonNull(minutes, "minutes");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(file, "file");
    AtomicFiles.write(file, out -> export(minutes, options, out));
  }

  /**
   * Checks, without writing anything, that {@link #export(Minutes, ExportOptions, OutputStream)
   * export} would accept these minutes with these options: throws what {@code export} would
   * throw for them, such as the {@link io.github.minutes4j.core.validation.InvalidMinutesException}
   * of invalid minutes or the exporter's own refusal (a {@link
   * io.github.minutes4j.core.Minutes4jException}, such as the PDF exporter's characters its fonts
   * lack), and returns if it would write them. A tool that validates minutes before they are
   * exported asks each format this way.
   *
   * <p>The default validates the minutes and calls {@link #write write} with a stream that
   * discards the bytes; an exporter that can tell sooner (without drawing the whole document, for
   * example) overrides this and must refuse exactly what {@code write} refuses.
   *
   * @param minutes the minutes; never null
   * @param options what to include and how; never null
   * @throws io.github.minutes4j.core.validation.InvalidMinutesException if the minutes are not
   *     valid, with every violation
   * @throws io.github.minutes4j.core.Minutes4jException if the exporter refuses the minutes with
   *     these options; its message says what, where and how to fix it
   * @throws IOException if the exporter fails for another reason
   * @throws NullPointerException if an argument is null
   * @since 0.3.0
   */
  default void check(Minutes minutes, ExportOptions options) throws IOException {
    export(minutes, options, OutputStream.nullOutputStream());
  }

  /**
   * Writes valid minutes in this format. Called by {@link #export(Minutes, ExportOptions,
   * OutputStream) export} only, after it has checked the arguments and validated the minutes;
   * callers call {@code export}, never this method, which checks nothing. {@code export} flushes
   * the stream afterwards.
   *
   * @param minutes the minutes, valid; never null
   * @param options what to include and how; never null
   * @param out where to write; do not close it; never null
   * @throws IOException if writing to {@code out} fails
   * @since 0.2.0
   */
  void write(Minutes minutes, ExportOptions options, OutputStream out) throws IOException;
}
