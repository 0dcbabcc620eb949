package io.github.minutes4j.html;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.html.internal.MinutesPage;
import io.github.minutes4j.html.internal.Utf8Writer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Writes {@link Minutes} as one self-contained, accessible HTML5 page (format id {@code html},
 * media type {@code text/html; charset=utf-8}, file extension {@code html}), encoded in UTF-8.
 *
 * <p>The page has a {@code lang} attribute, a title, one {@code h1} (the meeting's title) with the
 * organiser, its networks, the kind and date of the document near it, a "Tid och plats" section
 * listing every session, one section per agenda item, the note-takers and the participant list as
 * a table with a caption and column headers. Labels, dates and times follow {@link
 * ExportOptions#languageFor(Minutes)}. Styles are inline (readable from phone to desktop, with a
 * print stylesheet); there is no script and no reference to any external resource. Every piece
 * of text from the minutes is escaped, so no string in them can become markup, and written in
 * Unicode Normalization Form C (canonically equivalent: "e" and a combining accent become "é");
 * link addresses are written exactly as given.
 *
 * <p>The organisation's {@linkplain ExportOptions#look() look}: the logo as an {@code img} with its
 * alternative text at the top of the header, its bytes in a {@code data:} URI (an SVG logo is
 * shown only as an image, which a browser neither scripts nor lets load anything; the page's
 * Content-Security-Policy then allows {@code data:} images and nothing else); the accent colour
 * on links and rules; the footer text in a {@code footer} after {@code main}; and a table of
 * contents in a {@code nav} after the header. Long words in Swedish headings carry soft hyphens,
 * so that a narrow screen breaks them at a syllable with a hyphen.
 *
 * <p>The headings have stable ids for tools that point into the page (the PDF exporter's
 * bookmarks): {@code time-and-place}, {@code item-1}, {@code item-2}, ..., {@code note-takers} and
 * {@code participants}; for formal minutes also {@code attendance}, {@code attachments}, {@code
 * next-meeting}, {@code adjustment}, {@code signatures} and {@code notice}. An item's heading starts
 * with its shown number ({@link Minutes#itemNumbers()}), such as "§ 41".
 *
 * <p>Formal minutes (since 0.3.0) are shown as a protokoll is read, in the wording of their {@link
 * Minutes#kind() kind} ("Organ" and "Vid protokollet" in a protokoll, "Arrangör" and "För
 * anteckningarna" in meeting notes): the chair among the header's facts; the adjournments in the
 * session's line; the attendance (those deciding, with whom a serving substitute serves for,
 * substitutes, officials and others, the absent, with arrivals and departures); in each item the
 * case reference, conflicts of interest, proposals with their movers, the order of putting, votes
 * with a roll-call table and the totals, decisions with numbered clauses, reservations with their
 * written text, protocol notes, a table of actions, the attachments referred to, the recipients and
 * the immediate adjustment; after the items the attachments, the next meeting, the adjustment, a
 * signature line with the name under it for the secretary, the chair and each adjuster, and the
 * notice of the adjustment. An {@linkplain ExportOptions#withExtract(java.util.List) extract}
 * shows the header, the time and place, the chosen items, the adjustment and an attestation line
 * ("Rätt utdraget intygar") with a line for the signature; an extract of numbers the minutes do not
 * have fails with an {@link io.github.minutes4j.core.format.UnknownItemsException} before anything
 * is written.
 *
 * <p>A link whose target is a placeholder is written as text with a short note that its address
 * is not published yet, never as {@code href="#"}; in the participant list, where a note on every
 * row would bury the names, one note under the table says it for all of them. A real link's
 * accessible name stays unique outside its context: the links under an agenda item carry the
 * item's heading as visually hidden text, and any other link that would share its name with a
 * link to a different address gets a distinguishing suffix.
 *
 * <p>The labels are {@link ExportOptions#labelsFor(Minutes)}: those of the export's language,
 * falling back along its tag and then to the options' fallback language, with the caller's
 * overrides. When the labels' language differs from the language the minutes are written in
 * (labels asked for in another language, or a language without labels of its own), the page's
 * {@code lang} is that of the labels, and the elements holding the minutes' own text carry the
 * minutes' language.
 *
 * <p>Every list, group and "label: value" the page joins uses the labels' separators ({@link
 * io.github.minutes4j.core.text.Labels#listSeparator()} and the like): "، " in Arabic and in other
 * languages written in Arabic script. Dates, times, counts and vote tallies are in the labels'
 * {@linkplain io.github.minutes4j.core.text.Labels#digits() digits}: Western unless the language
 * tag asks for native ones ({@code ar-u-nu-arab}, {@code fa-u-nu-arabext}), a tag the page keeps
 * whole in its {@code lang}; the {@code datetime} of {@code time} elements is ISO 8601, and the
 * minutes' own text and paragraph numbers ("§ 41") keep their digits.
 *
 * <p>Stateless and thread-safe; one instance may serve any number of threads. The output is
 * deterministic: the same minutes and options give the same bytes.
 *
 * @since 0.1.0
 */
public final class HtmlMinutesExporter implements MinutesExporter {

  private static final FormatDescriptor FORMAT = new FormatDescriptor("html", "text/html", "html");

  /** Creates the exporter. {@link java.util.ServiceLoader} calls this constructor. */
  public HtmlMinutesExporter() {}

  /**
   * Describes the format.
   *
   * @return id {@code html}, media type {@code text/html; charset=utf-8}, extension {@code html};
   *     never null
   */
  @Override
  public FormatDescriptor format() {
    return FORMAT;
  }

  /**
   * Writes valid minutes as an HTML page; {@link #export(Minutes, ExportOptions, OutputStream)
   * export} validates them first and flushes the stream afterwards.
   *
   * @param minutes the minutes, valid; never null
   * @param options the language of labels and dates, whether to include the participant list, and
   *     the paper size of the print stylesheet; never null
   * @param out where to write UTF-8 encoded HTML; not closed; never null
   * @throws IOException if writing to {@code out} fails
   * @throws io.github.minutes4j.core.format.UnknownItemsException if the options ask for an
   *     extract of item numbers the minutes do not have; nothing is written then
   */
  @Override
  public void write(Minutes minutes, ExportOptions options, OutputStream out) throws IOException {
    Writer writer = new Utf8Writer(out);
    new MinutesPage(minutes, options, writer).write();
    writer.flush();
  }

  @Override
  public String toString() {
    return "HtmlMinutesExporter[html]";
  }
}
