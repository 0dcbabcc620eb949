package io.github.minutes4j.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.spi.ProviderConfigurationException;
import io.github.minutes4j.core.spi.ProviderFailure;
import io.github.minutes4j.core.text.LabelSetsTest.Broken;
import io.github.minutes4j.core.text.LabelSetsTest.Misspelt;
import io.github.minutes4j.core.text.LabelSetsTest.OtherSami;
import io.github.minutes4j.core.text.LabelSetsTest.Sami;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery of label providers through {@code META-INF/services}. Runs in the class-path execution
 * of Surefire, since ServiceLoader ignores {@code META-INF/services} entries for classes in named
 * modules.
 */
class LabelSetsDiscoveryTest {

  private static final Language SAMI = LabelSetsTest.SAMI;

  @Test
  void discoveryReportsBrokenProvidersWithoutHidingTheOthers(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services/" + LabelProvider.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(
        services,
        String.join(
            "\n",
            Broken.class.getName(),
            "org.example.Missing",
            Misspelt.class.getName(),
            Sami.class.getName()),
        StandardCharsets.UTF_8);

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      LabelSets sets = LabelSets.discover(loader);

      assertEquals(Optional.of(SAMI), sets.setFor(SAMI));
      List<String> failures = sets.failures().stream().map(ProviderFailure::description).toList();
      assertEquals(3, failures.size(), failures.toString());
      assertTrue(failures.get(0).contains("no texts today"), failures.get(0));
      assertTrue(failures.get(1).contains("org.example.Missing"), failures.get(1));
      assertTrue(failures.get(2).contains("TIME_AND_PLACES"), failures.get(2));
      assertTrue(
          sets.labels(Language.ofTag("fit"), Language.ENGLISH)
              .resolution()
              .describe()
              .contains("A label provider failed to load: "),
          "the resolution names the failures");
    }
  }

  @Test
  void discoveryWithTwoProvidersOfOneLanguageFails(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services/" + LabelProvider.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(
        services, Sami.class.getName() + "\n" + OtherSami.class.getName(), StandardCharsets.UTF_8);

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      ProviderConfigurationException thrown =
          assertThrows(ProviderConfigurationException.class, () -> LabelSets.discover(loader));
      assertTrue(thrown.getMessage().contains(OtherSami.class.getName()), thrown.getMessage());
    }
  }

}
