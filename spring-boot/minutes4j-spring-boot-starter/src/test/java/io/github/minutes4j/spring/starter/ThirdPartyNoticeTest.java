package io.github.minutes4j.spring.starter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.testfixtures.ThirdPartyNotice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The starter's part of the repository's THIRD-PARTY.txt is the list its build generates from the
 * POMs of its runtime dependencies (Spring Boot's among them), so it cannot go stale.
 */
class ThirdPartyNoticeTest {

  private static final Path GENERATED = Path.of("target/generated-sources/license/THIRD-PARTY.txt");
  private static final Path CHECKED_IN = Path.of("../../THIRD-PARTY.txt");

  @Test
  void theCheckedInNoticeHasTheGeneratedListOfTheStarter() throws IOException {
    ThirdPartyNotice.requireGenerated(
        GENERATED,
        ThirdPartyNotice.starterPart(Files.readString(CHECKED_IN)),
        "THIRD-PARTY.txt after the line \"" + ThirdPartyNotice.STARTER_HEADING + "\"");
  }

  @Test
  void theNoticeNamesTheDualLicencesOfSpringBootsLogging() throws IOException {
    String notice = Files.readString(GENERATED);
    assertTrue(notice.contains("(EPL-2.0) (LGPL-2.1-only) Logback Classic Module"), notice);
  }
}
