package io.github.minutes4j.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.pdf.PdfMinutesExporter;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the PDF format over generated minutes whose text is in the scripts the shipped
 * fonts cover (Liberation Sans: Latin, Greek, Cyrillic, with ASCII punctuation such as {@code <>&"'}
 * that must survive the HTML on the way): every string of the minutes is in the PDF's text, every
 * link goes to one of the minutes' addresses, and the same minutes always give the same bytes.
 *
 * <p>The documents are the generated ones with each character outside those scripts replaced by
 * one inside (the same character always by the same one, so equal strings stay equal), words as
 * long as generated (see {@link #toAlphabet}), and without the huge parts, which would cost
 * pages: a PDF takes some 100 ms to 1 s to make, so these properties have few tries.
 */
class PdfPropertiesTest {

  /** Letters, digits and punctuation of Latin, Greek and Cyrillic that every face draws. */
  static final int[] ALPHABET =
      IntStream.concat(
              IntStream.concat(IntStream.rangeClosed(0x21, 0x7E), IntStream.rangeClosed(0xA1, 0x17F)),
              IntStream.concat(IntStream.rangeClosed(0x384, 0x3CE), IntStream.rangeClosed(0x400, 0x45F)))
          .filter(Character::isDefined)
          .filter(PdfText::coveredByEveryFace)
          .filter(c -> Normalizer.isNormalized(new String(Character.toChars(c)), Normalizer.Form.NFC))
          .filter(PdfText::drawn)
          .toArray();

  static final int[] LETTERS = IntStream.of(ALPHABET).filter(Character::isLetter).toArray();

  private static final Set<Integer> IN_ALPHABET =
      Set.copyOf(IntStream.of(ALPHABET).boxed().toList());

  /**
   * The text with every character outside the alphabet replaced by one inside it. Words are as
   * long as generated (up to 120 characters without a space, longer than a line): a fixed finding,
   * the PDF did not break a word longer than a line, so its end ran off the page, outside the
   * text these properties read; now it breaks inside the column.
   */
  static String toAlphabet(String text, boolean lettersOnly) {
    StringBuilder mapped = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                mapped.append(' ');
              } else if (c == '-' || (IN_ALPHABET.contains(c) && (!lettersOnly || Character.isLetterOrDigit(c)))) {
                mapped.appendCodePoint(c);
              } else {
                int[] from = lettersOnly ? LETTERS : ALPHABET;
                mapped.appendCodePoint(from[Math.floorMod(c * 31 + 7, from.length)]);
              }
            });
    return mapped.toString();
  }

  /** The minutes in the fonts' scripts. */
  static Minutes inPrintableScripts(Minutes minutes) {
    return ModelText.map(
        minutes,
        (path, kind, text) -> {
          switch (kind) {
            case ADDRESS:
              return asciiAddress(text);
            case CODE:
            case MEMBER_CODE:
              return toAlphabet(text, true);
            default:
              return toAlphabet(text, false);
          }
        });
  }

  /**
   * The address with every character outside ASCII percent-encoded, as the PDF prints addresses
   * after their links.
   */
  static String asciiAddress(String address) {
    StringBuilder ascii = new StringBuilder();
    for (byte b : address.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      if (b >= 0) {
        ascii.append((char) b);
      } else {
        ascii.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return ascii.toString();
  }

  private static boolean small(Minutes minutes) {
    int length = 0;
    for (ModelText.Piece piece : ModelText.of(minutes)) {
      length += piece.text().length();
    }
    return length < 20_000
        && minutes.participants().map(p -> p.entries().size() < 100).orElse(true)
        && minutes.agenda().size() < 10;
  }

  /**
   * Generated minutes the PDF can print: small and in the fonts' scripts. Their dates are any the
   * model allows: a fixed finding, a date such as {@code LocalDate.MIN} made the exporter throw an
   * undocumented {@code IllegalArgumentException} ("long overflow", from {@code
   * GregorianCalendar.from}); the model now refuses years outside 0001 to 9999 (see {@link
   * #aDateOutsideTheModelsYearsIsRefusedWithItsPath}).
   */
  @Provide
  Arbitrary<Minutes> printable() {
    return MinutesArbitraries.minutes()
        .filter(PdfPropertiesTest::small)
        .map(PdfPropertiesTest::inPrintableScripts)
        .filter(m -> MinutesValidator.shared().validate(m).isEmpty());
  }

  /**
   * Every exporter refuses a date outside the years 1 to 9999 with the validator's exception at
   * the date's path, and writes nothing: no {@code IllegalArgumentException}, no invalid HTML date.
   */
  @Example
  void aDateOutsideTheModelsYearsIsRefusedWithItsPath() {
    Minutes base = Documents.everyField();
    for (LocalDate date : List.of(LocalDate.MIN, LocalDate.of(0, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.MAX)) {
      // Without the adjustment, the notice and the next meeting, whose dates must follow the
      // meeting's.
      Minutes minutes =
          base.toBuilder()
              .date(date)
              .sessions(List.of(new Session(date, LocalTime.of(10, 0), LocalTime.of(11, 0), java.util.Optional.empty(), false, io.github.minutes4j.core.Attendance.NOT_RECORDED)))
              .adjustment(java.util.Optional.empty())
              .notice(java.util.Optional.empty())
              .nextMeeting(java.util.Optional.empty())
              .build();
      HostileTextTest.assertEveryExporterRefuses(minutes, Set.of("date", "sessions[0].date"));
    }
  }

  @Provide
  Arbitrary<ExportOptions> options() {
    return MinutesArbitraries.options();
  }

  /**
   * Printable minutes on a left-to-right page: the minutes' language, the options' label language
   * and the labels' fallback language (which serves a language without labels) all written left to
   * right. On a right-to-left page (Arabic labels) the lines are drawn in the visual order of the
   * bidirectional algorithm, but PDFBox, reading a line back, guesses its direction from its first
   * strong letter: a line that mixes Arabic labels with generated Latin text and neutral
   * punctuation ({@code <>&"'}) need not come back in logical order, so the property would fail
   * on PDFBox's guess, not on the PDF. export-pdf's RightToLeftTest, RightToLeftLayoutTest,
   * VisualOrderTest (glyph positions) and ReferenceFactsTest check such pages, the last through
   * the tags' /ActualText, which give the logical order.
   */
  @Provide
  Arbitrary<Minutes> printableLeftToRight() {
    return printable().filter(m -> leftToRight(m.language()));
  }

  @Provide
  Arbitrary<ExportOptions> leftToRightOptions() {
    return options()
        .filter(o -> o.language().map(PdfPropertiesTest::leftToRight).orElse(true))
        .filter(o -> leftToRight(o.labelOptions().fallback()));
  }

  private static boolean leftToRight(io.github.minutes4j.core.Language language) {
    return java.awt.ComponentOrientation.getOrientation(language.locale()).isLeftToRight();
  }

  /**
   * Every string of the minutes the page prints is in the text PDFBox reads from the pages'
   * bodies (compared without white space, as lines break anywhere, and without the addresses
   * printed after labelled links, which may stand inside the text after a link), and every link of
   * the PDF is one of the minutes' addresses.
   */
  @Property(tries = 20)
  void thePdfShowsEveryStringAndLinksOnlyToTheMinutesAddresses(
      @ForAll("printableLeftToRight") Minutes minutes,
      @ForAll("leftToRightOptions") ExportOptions options) {
    byte[] pdf = PdfText.pdf(minutes, options);
    String body = PdfText.visibleBodyWithoutAddresses(pdf, minutes);
    List<String> missing = new ArrayList<>();
    for (ModelText.Piece piece : ModelText.of(minutes)) {
      if (!ExporterPropertiesTest.isPrinted(piece, minutes, options)) {
        continue;
      }
      String expected = PdfText.visible(piece.text());
      if (!body.contains(expected)) {
        missing.add(piece.path() + ": «" + expected + "»");
      }
    }
    assertTrue(missing.isEmpty(), () -> "not in the PDF's text:\n" + String.join("\n", missing) + "\nPDF text: " + body);
    Set<String> addresses = PdfText.addresses(minutes);
    for (String link : PdfText.links(pdf)) {
      assertTrue(addresses.contains(link), () -> "a link to " + link + ", not one of " + addresses);
    }
  }

  /**
   * The same minutes give the same PDF, byte for byte: rendered twice, by a new exporter, and
   * after a JSON round trip.
   */
  @Property(tries = 10)
  void theSameMinutesGiveTheSamePdf(
      @ForAll("printable") Minutes minutes, @ForAll("options") ExportOptions options) {
    byte[] pdf = PdfText.pdf(minutes, options);
    assertArrayEquals(pdf, PdfText.pdf(minutes, options));
    Minutes again = Formats.read(Formats.json(minutes));
    assertArrayEquals(pdf, Formats.export(new PdfMinutesExporter(), again, options));
  }
}
