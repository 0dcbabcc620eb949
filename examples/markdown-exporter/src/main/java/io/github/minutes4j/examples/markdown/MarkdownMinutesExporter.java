package io.github.minutes4j.examples.markdown;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
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
 * <p>Formal minutes ({@link io.github.minutes4j.core.DocumentKind#MINUTES}, a protokoll) show
 * every part the model has: the chair under the date, the attendance after the time and place
 * (who decides, whom a serving substitute serves for, substitutes, officials, the absent,
 * arrivals and departures), each item
 * headed by its number ({@link Minutes#itemNumbers()}, such as "§ 113") with its case reference,
 * conflicts of interest, proposals and the order they were put, votes (an open vote's roll call as
 * a table, then the totals), decisions with their clauses as a list numbered from 1, reservations
 * and protocol notes (written texts as block quotes), actions as a table of task, owners and due
 * date, the attachments referred to, the recipients and the immediate adjustment; after the items
 * the attachments, the next meeting, the adjustment, a line to sign on for each signatory (the
 * secretary, the chair, the adjusters) with the name below, and the notice. An extract ({@link
 * ExportOptions#withExtract(java.util.List)}) has the header, the time and place, the chosen items,
 * the adjustment and a line to attest it on.
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
   * @param options the language of labels and dates, whether to include the participant list,
   *     and the items of an extract; never null
   * @param out where to write UTF-8 encoded Markdown; not closed; never null
   * @throws IOException if writing to {@code out} fails
   * @throws io.github.minutes4j.core.format.UnknownItemsException if the options ask for an
   *     extract of items the minutes do not have; the message names them, and nothing is written
   */
  @Override
  public void write(Minutes minutes, ExportOptions options, OutputStream out) throws IOException {
    String markdown = new MarkdownDocument(minutes, options).render();
    out.write(markdown.getBytes(StandardCharsets.UTF_8));
  }
}
