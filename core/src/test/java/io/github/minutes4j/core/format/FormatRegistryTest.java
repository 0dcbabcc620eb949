package io.github.minutes4j.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.spi.MinutesReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatRegistryTest {

  private final FormatRegistry<MinutesExporter> registry =
      FormatRegistry.of(
          List.of(
              new TestExporters.PlainText(),
              new TestExporters.ZippedText(),
              new TestExporters.Calendar()));

  @Test
  void findsByIdIgnoringCase() {
    assertInstanceOf(TestExporters.Calendar.class, registry.byId("CALENDAR"));
    assertInstanceOf(TestExporters.PlainText.class, registry.byId(" text "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/calendar", "TEXT/Calendar; charset=UTF-8", " text/calendar ;x=y"})
  void findsByMediaTypeIgnoringCaseAndParameters(String mediaType) {
    assertInstanceOf(TestExporters.Calendar.class, registry.byMediaType(mediaType));
  }

  @Test
  void findsByFileNameIgnoringCaseAndPreferringTheLongestExtension() {
    assertInstanceOf(TestExporters.Calendar.class, registry.byFileName("/tmp/möte.2022.Ics"));
    assertInstanceOf(TestExporters.ZippedText.class, registry.byFileName("minutes.TXT.gz"));
    assertInstanceOf(TestExporters.PlainText.class, registry.byFileName("minutes.txt"));
  }

  @Test
  void listsProvidersByIdAndNormalisesDescriptors() {
    assertEquals(
        List.of("calendar", "text", "text-gz"),
        registry.providers().stream().map(p -> p.format().id()).collect(Collectors.toList()));
    assertEquals(
        new FormatDescriptor("calendar", "text/calendar", "ics"),
        registry.byId("calendar").format());
  }

  @Test
  void anUnknownShippedFormatNamesTheArtifactToAdd() {
    UnknownFormatException thrown =
        assertThrows(UnknownFormatException.class, () -> registry.byId("PDF"));

    assertEquals("format id 'PDF'", thrown.requested());
    assertEquals(List.of("calendar", "text", "text-gz"), thrown.installed());
    assertEquals(
        "No installed provider handles the format id 'PDF'. Installed: calendar (text/calendar,"
            + " .ics), text (text/plain, .txt), text-gz (application/gzip, .txt.gz). The pdf"
            + " format is in the artifact io.github.minutes4j:minutes4j-export-pdf; add it to the"
            + " class path or module path.",
        thrown.getMessage());
  }

  @Test
  void anUnknownMediaTypeOrFileNameIsExplainedToo() {
    assertTrue(
        assertThrows(UnknownFormatException.class, () -> registry.byMediaType("text/html; q=1"))
            .getMessage()
            .contains("io.github.minutes4j:minutes4j-export-html"));
    String message =
        assertThrows(UnknownFormatException.class, () -> registry.byFileName("notes.docx"))
            .getMessage();
    assertTrue(message.startsWith("No installed provider handles the file name 'notes.docx'."));
    assertTrue(message.contains("Write your own exporter"), message);
  }

  @Test
  void aMissingReaderIsExplainedAsAReaderNotAnExporter() {
    // Core's tests install no reader. Only json and pdf ship one: the html artifact would not help.
    FormatRegistry<MinutesReader> readers = FormatRegistry.readers();

    String html =
        assertThrows(UnknownFormatException.class, () -> readers.byFileName("minutes.html"))
            .getMessage();
    assertFalse(html.contains("minutes4j-export-html"), html);
    assertFalse(html.contains("MinutesExporter"), html);
    assertTrue(
        html.endsWith(
            " minutes4j ships readers of json and of pdf (the archive copy); for another format,"
                + " add a jar that provides a MinutesReader."),
        html);
    assertTrue(
        assertThrows(UnknownFormatException.class, () -> readers.byId("pdf"))
            .getMessage()
            .contains("The pdf format is in the artifact io.github.minutes4j:minutes4j-export-pdf"));
  }

  @Test
  void anEmptyRegistrySaysSo() {
    FormatRegistry<MinutesExporter> empty = FormatRegistry.of(List.of());

    assertTrue(
        assertThrows(UnknownFormatException.class, () -> empty.byId("json"))
            .getMessage()
            .contains("No provider is installed at all. The json format is in the artifact"
                + " io.github.minutes4j:minutes4j-export-json"));
  }

  @Test
  void twoProvidersOfOneIdFailNamingBothClasses() {
    ProviderConfigurationException thrown =
        assertThrows(
            ProviderConfigurationException.class,
            () ->
                FormatRegistry.of(
                    List.of(new TestExporters.PlainText(), new TestExporters.OtherPlainText())));

    assertTrue(
        thrown.getMessage().contains("Two providers claim the format id 'text'"),
        thrown.getMessage());
    assertTrue(thrown.getMessage().contains(TestExporters.PlainText.class.getName() + " ("));
    assertTrue(thrown.getMessage().contains(TestExporters.OtherPlainText.class.getName() + " ("));
  }

  @Test
  void aMisspeltFormatIdSuggestsTheNearestInstalledOne() {
    UnknownFormatException thrown =
        assertThrows(UnknownFormatException.class, () -> registry.byId("calender"));

    assertTrue(
        thrown.getMessage().startsWith("No installed provider handles the format id 'calender'."
            + " Did you mean 'calendar'? Installed: calendar"),
        thrown.getMessage());
    assertFalse(
        assertThrows(UnknownFormatException.class, () -> registry.byId("docx"))
            .getMessage().contains("Did you mean"));
  }

  @Test
  void withAddsAProviderByHandAndKeepsTheOriginal() {
    FormatRegistry<MinutesExporter> small = FormatRegistry.of(List.of(new TestExporters.Calendar()));
    FormatRegistry<MinutesExporter> larger = small.with(new TestExporters.PlainText());

    assertInstanceOf(TestExporters.PlainText.class, larger.byId("text"));
    assertThrows(UnknownFormatException.class, () -> small.byId("text"));
    assertThrows(
        ProviderConfigurationException.class, () -> larger.with(new TestExporters.OtherPlainText()));
  }

  @Test
  void replacingPutsAConfiguredProviderInPlaceOfTheInstalledOneOfItsId() {
    TestExporters.OtherPlainText configured = new TestExporters.OtherPlainText();

    FormatRegistry<MinutesExporter> replaced = registry.replacing(configured);

    assertSame(configured, replaced.byId("text"));
    assertSame(configured, replaced.byFileName("minutes.txt"));
    assertEquals(
        List.of("calendar", "text", "text-gz"),
        replaced.providers().stream().map(p -> p.format().id()).collect(Collectors.toList()));
    assertSame(registry.byId("calendar"), replaced.byId("calendar"));
    assertInstanceOf(TestExporters.PlainText.class, registry.byId("text"));
    assertNotSame(configured, registry.byId("text"));
  }

  @Test
  void replacingAnIdThatIsNotInstalledAddsTheProvider() {
    FormatRegistry<MinutesExporter> small = FormatRegistry.of(List.of(new TestExporters.Calendar()));

    assertInstanceOf(
        TestExporters.PlainText.class, small.replacing(new TestExporters.PlainText()).byId("text"));
  }

  @Test
  void withOnAnInstalledIdPointsToReplacing() {
    ProviderConfigurationException thrown =
        assertThrows(
            ProviderConfigurationException.class,
            () -> registry.with(new TestExporters.OtherPlainText()));

    assertTrue(
        thrown.getMessage().endsWith("call replacing(...) instead of with(...)."),
        thrown.getMessage());
  }

  @Test
  void textMediaTypesNameUtf8AndOthersStayAsGiven() {
    assertEquals(
        "text/html; charset=utf-8", new FormatDescriptor("html", "text/html", "html").mediaType());
    assertEquals(
        "application/pdf", new FormatDescriptor("pdf", "Application/PDF", "pdf").mediaType());
    assertEquals(
        "application/json", new FormatDescriptor("json", "application/json", "json").mediaType());
    assertEquals(
        "text/plain; charset=iso-8859-1",
        new FormatDescriptor("latin", " Text/Plain ;CHARSET=ISO-8859-1 ", "txt").mediaType());
    FormatDescriptor csv = new FormatDescriptor("csv", "text/csv;Header=Present", "csv");
    assertEquals("text/csv; header=Present; charset=utf-8", csv.mediaType());
    assertEquals("text/csv", csv.mediaTypeWithoutParameters());
    assertEquals(csv, new FormatDescriptor("csv", "text/csv; header=Present", "csv"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"text/plain;", "text/plain; charset", "text/plain; =utf-8", "text/plain; a=\"b\"",
        "text/plain; charset=utf-8; charset=utf-16"})
  void malformedMediaTypeParametersAreRefused(String mediaType) {
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class, () -> new FormatDescriptor("t", mediaType, "txt"));
    assertTrue(
        thrown.getMessage().startsWith("Format media type '" + mediaType + "'"),
        thrown.getMessage());
  }

  @Test
  void lookupsByMediaTypeIgnoreTheCharsetOnEitherSide() {
    FormatRegistry<MinutesExporter> latin =
        FormatRegistry.of(
            List.of(
                new TestExporters.PlainText() {
                  @Override
                  public FormatDescriptor format() {
                    return new FormatDescriptor("latin", "text/plain; charset=iso-8859-1", "txt");
                  }
                }));

    assertEquals("latin", latin.byMediaType("text/plain").format().id());
    assertEquals("latin", latin.byMediaType("TEXT/PLAIN; charset=utf-8").format().id());
    assertEquals("calendar", registry.byMediaType("text/calendar").format().id());
    assertEquals("text/calendar; charset=utf-8", registry.byId("calendar").format().mediaType());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "PDF!", "a/b", "-pdf"})
  void malformedIdsAreRefused(String id) {
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class, () -> new FormatDescriptor(id, "text/plain", "txt"));
    assertTrue(thrown.getMessage().startsWith("Format id '" + id + "' is malformed"));
  }
}
