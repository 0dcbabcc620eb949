package io.github.minutes4j.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.testfixtures.ThirdPartyNotice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The first part of the repository's THIRD-PARTY.txt is the notice the build generates
 * (license-maven-plugin, from the runtime dependencies' POMs), so it cannot go stale; the Spring
 * Boot starter checks its own part.
 */
class ThirdPartyNoticeTest {

  private static final Path GENERATED = Path.of("target/generated-sources/license/THIRD-PARTY.txt");
  private static final Path CHECKED_IN = Path.of("../THIRD-PARTY.txt");

  @Test
  void theCheckedInNoticeIsTheGeneratedOne() throws IOException {
    ThirdPartyNotice.requireGenerated(
        GENERATED,
        ThirdPartyNotice.libraryPart(Files.exists(CHECKED_IN) ? Files.readString(CHECKED_IN) : ""),
        "the start of THIRD-PARTY.txt, before the Spring Boot starter's part");
  }

  @Test
  void theNoticeNamesThePdfEnginesLicence() throws IOException {
    String notice = Files.readString(GENERATED);
    assertTrue(
        notice.contains("(LGPL-2.1-or-later) Openhtmltopdf Core Renderer"), notice);
  }
}
