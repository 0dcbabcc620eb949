package io.github.minutes4j.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void withAddsAProviderByHandAndKeepsTheOriginal() {
    FormatRegistry<MinutesExporter> small = FormatRegistry.of(List.of(new TestExporters.Calendar()));
    FormatRegistry<MinutesExporter> larger = small.with(new TestExporters.PlainText());

    assertInstanceOf(TestExporters.PlainText.class, larger.byId("text"));
    assertThrows(UnknownFormatException.class, () -> small.byId("text"));
    assertThrows(
        ProviderConfigurationException.class, () -> larger.with(new TestExporters.OtherPlainText()));
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
