package io.github.minutes4j.testfixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's THIRD-PARTY.txt in its two parts, each what a module's build generates with
 * license-maven-plugin: the runtime dependencies of the library modules and the CLI (the CLI's
 * build, whose -all jar ships them all), then, under {@link #STARTER_HEADING}, those of the Spring
 * Boot starter (the starter's build, in the versions of the Spring Boot BOM it is built against).
 */
public final class ThirdPartyNotice {

  /** The line that starts the Spring Boot starter's part. */
  public static final String STARTER_HEADING =
      "minutes4j-spring-boot-starter brings these, in the versions of the Spring Boot BOM it is"
          + " built against (an application's own Spring Boot chooses those it runs with):";

  private ThirdPartyNotice() {}

  /**
   * The library modules' and the CLI's part.
   *
   * @param notice the text of THIRD-PARTY.txt
   * @return the part before the starter's heading, stripped
   */
  public static String libraryPart(String notice) {
    int heading = notice.indexOf(STARTER_HEADING);
    return (heading < 0 ? notice : notice.substring(0, heading)).strip();
  }

  /**
   * The Spring Boot starter's part.
   *
   * @param notice the text of THIRD-PARTY.txt
   * @return the part after the starter's heading, stripped; empty if there is no such heading
   */
  public static String starterPart(String notice) {
    int heading = notice.indexOf(STARTER_HEADING);
    return heading < 0 ? "" : notice.substring(heading + STARTER_HEADING.length()).strip();
  }

  /**
   * Checks that a part of THIRD-PARTY.txt is the list a module's build generated.
   *
   * @param generated the list license-maven-plugin wrote for the module
   * @param part the part of THIRD-PARTY.txt that must equal it ({@link #libraryPart} or {@link
   *     #starterPart})
   * @param where where the list goes in THIRD-PARTY.txt, for the message
   * @throws AssertionError if nothing was generated or the part differs; the message says how to
   *     mend it
   * @throws IOException if the generated list cannot be read
   */
  public static void requireGenerated(Path generated, String part, String where)
      throws IOException {
    if (!Files.isRegularFile(generated)) {
      throw new AssertionError(generated.toAbsolutePath() + " was not generated");
    }
    String expected = Files.readString(generated).strip();
    if (!expected.equals(part)) {
      throw new AssertionError(
          "THIRD-PARTY.txt differs from what the build generates from the dependencies' POMs;"
              + " review the change, then copy "
              + generated.toAbsolutePath()
              + " to "
              + where
              + ".\nGenerated:\n"
              + expected
              + "\nIn THIRD-PARTY.txt:\n"
              + part);
    }
  }
}
