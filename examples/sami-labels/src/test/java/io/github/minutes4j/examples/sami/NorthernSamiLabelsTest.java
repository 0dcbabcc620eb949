package io.github.minutes4j.examples.sami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.spi.ExportOptions;
import io.github.minutes4j.core.spi.FormatRegistry;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.LabelProvider;
import io.github.minutes4j.core.text.LabelResolution;
import io.github.minutes4j.core.text.LabelSets;
import io.github.minutes4j.core.text.Labels;
import io.github.minutes4j.examples.reference.ReferenceFacts;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The installed label sets include Northern Sámi, and a reference document renders with it. Surefire
 * runs this class twice: on the module path, where {@link java.util.ServiceLoader} reads {@code
 * provides} in {@code module-info.java}, and on the class path, where it reads {@code
 * META-INF/services}; the system property {@code minutes4j.test.path} says which.
 */
class NorthernSamiLabelsTest {

  private static final Language SAMI = NorthernSamiLabels.NORTHERN_SAMI;

  @Test
  void theInstalledSetsHaveNorthernSamiFromThePathThisRunUses() {
    LabelSets sets = LabelSets.installed();

    assertEquals(List.of(), sets.failures());
    assertEquals(Optional.of(SAMI), sets.setFor(Language.ofTag("se-NO")));
    assertTrue(sets.languages().contains(SAMI), sets.languages().toString());
    Module module = NorthernSamiLabels.class.getModule();
    switch (System.getProperty("minutes4j.test.path", "")) {
      case "module":
        assertEquals("io.github.minutes4j.examples.sami", module.getName());
        assertTrue(
            module.getDescriptor().provides().stream()
                .anyMatch(p -> p.service().equals(LabelProvider.class.getName())),
            "module-info.java provides the labels");
        break;
      case "class":
        assertFalse(module.isNamed(), "expected the class path");
        break;
      default:
        throw new AssertionError("Run through Maven: minutes4j.test.path must be module or class");
    }
  }

  @Test
  void aReferenceDocumentRendersInNorthernSamiWithSwedishForWhatTheSetLacks() throws Exception {
    Minutes minutes = ReferenceMinutes.june2022().toBuilder().language(SAMI).build();
    ExportOptions options = ExportOptions.defaults().withFallbackLanguage(Language.SWEDISH);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FormatRegistry.exporters().byId("html").export(minutes, options, out);
    Document page = Jsoup.parse(out.toString(StandardCharsets.UTF_8));

    assertEquals("se", page.selectFirst("html").attr("lang"));
    assertEquals("Áigi ja báiki", page.getElementById("time-and-place").text());
    assertEquals("För anteckningarna", page.getElementById("note-takers").text());
    assertTrue(page.select("th").eachText().contains("Namma"), page.select("th").eachText().toString());
    Labels labels = options.labelsFor(minutes);
    assertEquals(List.of(), ReferenceFacts.missingFrom(page.body().text(), ReferenceFacts.of(minutes, labels)));

    LabelResolution resolution = labels.resolution();
    assertEquals(SAMI, resolution.servedBy());
    assertTrue(resolution.fallbackUsed());
    assertTrue(resolution.keysFromFallback().contains(Label.NOTE_TAKERS.name()));
    assertFalse(resolution.keysFromFallback().contains(Label.TIME_AND_PLACE.name()));
    assertTrue(
        resolution.describe().startsWith("labels for 'se' come from the 'se' set; "),
        resolution.describe());
  }
}
