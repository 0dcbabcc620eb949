package io.github.minutes4j.testfixtures;

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
}
