package io.github.minutes4j.html;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attendance;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.HeadCount;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.LinkKind;
import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Venue;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.text.LabelSets;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import io.github.minutes4j.examples.reference.RightToLeftMinutes;
import io.github.minutes4j.testfixtures.Exports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.provider.Arguments;

/** Renders pages for the tests, and holds the documents they render. */
final class Pages {

  static final HtmlMinutesExporter EXPORTER = new HtmlMinutesExporter();

  /** Strings that would be markup, or break out of an attribute, style or comment if unescaped. */
  static final List<String> HOSTILE =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(2)>",
          "'><svg onload=alert(3)>",
          "</style><script>alert(4)</script>",
          "]]> <![CDATA[ x ]]>",
          "&amp; &lt;b&gt; &#60;i&#62; &",
          "<!-- not a comment --> <!DOCTYPE x>",
          "Emoji 👩🏽‍💻 🇸🇪 and RTL: مرحبا بالعالم שלום",
          "<a href=\"javascript:alert(5)\">click</a> <style>body{display:none}</style>");

  private Pages() {}

  /** Where tests write pages for people and tools to look at: {@code target/}. */
  static Path outputDir() {
    return Path.of(System.getProperty("minutes4j.output.dir", "target"));
  }

  static byte[] bytes(Minutes minutes, ExportOptions options) {
    return Exports.bytes(EXPORTER, minutes, options);
  }

  static String html(Minutes minutes, ExportOptions options) {
    return new String(bytes(minutes, options), StandardCharsets.UTF_8);
  }

  static String html(Minutes minutes) {
    return html(minutes, ExportOptions.defaults());
  }

  static Document parse(String html) {
    return Jsoup.parse(html);
  }

  static Path write(Path file, String html) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each reference document in each shipped language: name, minutes, language. */
  static Stream<Arguments> referenceDocumentsInEachLanguage() {
    List<Arguments> all = new ArrayList<>();
    for (ReferenceMinutes.ReferenceDocument document : ReferenceMinutes.all()) {
      for (Language language : LabelSets.shipped()) {
        all.add(Arguments.of(document.name(), document.minutes(), language));
      }
    }
    return all.stream();
  }

  /** Each reference document: name, minutes. */
  static Stream<Arguments> referenceDocuments() {
    return ReferenceMinutes.all().stream().map(d -> Arguments.of(d.name(), d.minutes()));
  }

  /** A small PNG logo, 96 x 32 pixels. */
  static final byte[] PNG_LOGO =
      java.util.Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAGAAAAAgCAIAAABiouoDAAAAiElEQVR42u3Zyw2AIBCE4blbgq3ZojXi3ccYwxpx"
                  + "959w5PQFEphVIzaCACCAhgKalhWgE5SrVR3I0BRhUr9ObiOF6CQ2UpROViMF6twazYeMvwegh0CdOt4IIIAAAsgB"
                  + "hegYI04QVwwggADiJQ3Qx0D85umDaBTppJlq/Apoh9UqhckqQAC9mg3mJ4E8CgLfWwAAAABJRU5ErkJggg==");

  /** A static SVG logo. */
  static final String SVG_LOGO =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 96 32\" width=\"96\" height=\"32\">"
          + "<circle cx=\"16\" cy=\"16\" r=\"12\" fill=\"#005a8c\"/>"
          + "<rect x=\"36\" y=\"10\" width=\"54\" height=\"12\" fill=\"#1b1b1b\"/></svg>";

  /** Options with every part of the look: a logo, an accent colour, a footer, contents. */
  static ExportOptions branded(ExportOptions options, byte[] logo) {
    return options
        .withLogo(io.github.minutes4j.core.format.Logo.of(logo, "Nätverkens logotyp"))
        .withAccentColour(io.github.minutes4j.core.format.AccentColour.of("#005a8c"))
        .withFooterText("Nätverken Demokrati-Uppdrag-Hälsa, Hornsgatan 20, 118 82 Stockholm")
        .withTableOfContents(true);
  }

  /**
   * Valid minutes with a hostile string in every text field the model has, and real link
   * addresses with characters that need escaping in attributes.
   */
  static Minutes hostile() {
    String a = HOSTILE.get(0);
    String b = HOSTILE.get(1);
    String c = HOSTILE.get(2);
    String d = HOSTILE.get(3);
    String e = HOSTILE.get(4);
    String f = HOSTILE.get(5);
    String g = HOSTILE.get(6);
    String h = HOSTILE.get(7);
    String i = HOSTILE.get(8);
    LinkTarget address = LinkTarget.of("https://example.org/slides?a=1&b='2'&c=%3Cscript%3E");
    return Minutes.builder(
            Language.SWEDISH,
            new Organiser(a, List.of(new Network("שלום", b), new Network("NUH", c))),
            DocumentKind.MEETING_NOTES,
            d,
            LocalDate.of(2022, 6, 11))
        .addSession(
            Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0))
                .venue(Venue.of(e, f, g))
                .online(true)
                .attendance(Attendance.of(HeadCount.about(10), HeadCount.exactly(13)))
                .build())
        .addAgendaItems(
            AgendaItem.withHeading(h)
                .addPresenter(
                    new Person(
                        java.util.Optional.of(i),
                        java.util.Optional.of(a),
                        java.util.Optional.of(b)))
                .addBlocks(
                    Block.paragraph(
                        Inline.plain(c),
                        Inline.strong(d),
                        Inline.emphasis(e),
                        Inline.link(f, address),
                        Inline.link(g, LinkTarget.placeholder())),
                    Block.subsection(
                        h, Block.paragraph(i), Block.subsection(a, Block.paragraph(b))),
                    new Block.ItemList(true, List.of(Block.paragraph(c), Block.paragraph(d))))
                .addLink(LinkKind.SLIDES, e, address)
                .addLink(LinkKind.VIDEO, f, LinkTarget.placeholder())
                .build(),
            AgendaItem.withHeading(g).addLink(LinkKind.SLIDES, e, address).build())
        .addNoteTakers(Person.named(h).withRole(i), Person.byRole(a))
        .participants(
            ParticipantList.headed(
                b,
                List.of(
                    Participant.of(c, Affiliation.member("NUH"), d).withLink(address),
                    Participant.of(e, Affiliation.member("שלום"))
                        .withLink(LinkTarget.placeholder()),
                    Participant.of(f, Affiliation.Role.GUEST, g))))
        .build();
  }

  /**
   * The page of minutes written in Arabic, exported with the default options: English labels (the
   * fallback) on a right-to-left page.
   */
  static String arabicPage() {
    return html(RightToLeftMinutes.arabic());
  }

  /** Arabic with Arabic-Indic digits, asked for by the document's language tag. */
  static final Language ARABIC_DIGITS = Language.ofTag("ar-u-nu-arab");

  /** Persian with Persian digits, a language without labels of its own. */
  static final Language PERSIAN_DIGITS = Language.ofTag("fa-u-nu-arabext");

  /**
   * Pages with native digits, asked for by the language tag of the document or of the options:
   * name, minutes, options.
   */
  static Stream<Arguments> nativeDigitPages() {
    return Stream.of(
        Arguments.of(
            "rtl-arabic-nu-arab",
            RightToLeftMinutes.arabic().toBuilder().language(ARABIC_DIGITS).build(),
            ExportOptions.defaults()),
        Arguments.of(
            "rtl-persian-nu-arabext",
            RightToLeftMinutes.arabic().toBuilder().language(PERSIAN_DIGITS).build(),
            ExportOptions.defaults()),
        Arguments.of(
            "formal-protokoll-ar-nu-arab",
            FormalDocuments.protokoll(),
            ExportOptions.defaults().withLanguage(ARABIC_DIGITS).withTableOfContents(true)));
  }
}
