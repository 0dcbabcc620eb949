package io.github.minutes4j.examples.markdown;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.spi.ExportOptions;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.spi.MinutesExporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes {@link Minutes} as Markdown (format id {@code markdown}, media type {@code
 * text/markdown}, file extension {@code md}), encoded in UTF-8, laid out the way the reference
 * documents were written: {@code # organiser}, the date, a rule, {@code ## Minnesanteckningar},
 * {@code ### title}, {@code #### Tid och plats}, one {@code ####} heading per agenda item with
 * presenters' names in bold, link lines such as {@code [Länk till bilder](https://...)}, the
 * note-takers and the participant list as a table (GitHub's table syntax).
 *
 * <p>Labels, dates and times come from core's {@link io.github.minutes4j.core.text.Labels} in the
 * language of {@link ExportOptions#languageFor(Minutes)}. A link whose address is a placeholder is
 * written as plain text with a note that its address is not published yet, never as {@code (#)}.
 * Every piece of text from the minutes is escaped, so a name such as {@code *Anna*} or {@code
 * [x](y)} renders literally. The participant list is left out when {@link
 * ExportOptions#includeParticipants()} is false; the page size is ignored.
 *
 * <p>Stateless and thread-safe. Deterministic: the same minutes and options give the same bytes.
 * {@link java.util.ServiceLoader} finds it through {@code module-info.java} and {@code
 * META-INF/services}.
 *
 * @since 0.1.0
 */
public final class MarkdownMinutesExporter implements MinutesExporter {

  private static final FormatDescriptor FORMAT =
      new FormatDescriptor("markdown", "text/markdown", "md");

  /** Creates the exporter. {@link java.util.ServiceLoader} calls this constructor. */
  public MarkdownMinutesExporter() {}

  /**
   * Describes the format.
   *
   * @return id {@code markdown}, media type {@code text/markdown; charset=utf-8}, extension {@code
   *     md}; never null
   */
  @Override
  public FormatDescriptor format() {
    return FORMAT;
  }

  /**
   * Writes valid minutes as Markdown; {@link #export(Minutes, ExportOptions, OutputStream) export}
   * checks the arguments and validates the minutes first, and flushes the stream afterwards. The
   * document is composed in memory first, so nothing is written if anything fails before the bytes
   * go out.
   *
   * @param minutes the minutes, valid; never null
   * @param options the language of labels and dates, and whether to include the participant list;
   *     never null
   * @param out where to write UTF-8 encoded Markdown; not closed; never null
   * @throws IOException if writing to {@code out} fails
   */
  @Override
  public void write(Minutes minutes, ExportOptions options, OutputStream out) throws IOException {
    String markdown = new MarkdownDocument(minutes, options).render();
    out.write(markdown.getBytes(StandardCharsets.UTF_8));
  }
}
