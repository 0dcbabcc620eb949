package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.format.MinutesReadException;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.core.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Uses minutes4j the way an application does that imported only the BOM, with the Hibernate
 * Validator and Jackson versions its framework pins (see pom.xml's profiles).
 */
class ConsumerTest {

  private final Minutes minutes = minutesWithAnItem("Introduktion");

  private static Minutes minutesWithAnItem(String heading) {
    return Minutes.builder(
            Language.SWEDISH,
            Organiser.of("Nätverken"),
            DocumentKind.MEETING_NOTES,
            "Ett möte",
            LocalDate.of(2022, 6, 11))
        .addSession(
            Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0))
                .build())
        .addAgendaItem(
            AgendaItem.withHeading(heading)
                .addBlock(Block.paragraph("Alla hälsades välkomna."))
                .build())
        .build();
  }

  /** The run is only a proof if the pinned versions are the ones on the class path. */
  @ParameterizedTest
  @CsvSource({
    "org.hibernate.validator.HibernateValidator, hibernate-validator, expected.hibernate-validator",
    "tools.jackson.core.JsonParser, jackson-core, expected.jackson",
    "jakarta.validation.Validator, jakarta.validation-api, expected.jakarta-validation"
  })
  void runsWithThePinnedVersion(String className, String artifact, String expected)
      throws Exception {
    Path jar =
        Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
    assertEquals(
        artifact + "-" + System.getProperty(expected) + ".jar", jar.getFileName().toString());
  }

  @Test
  void validatesAndReportsEveryProblemWithItsPath() {
    assertEquals(List.of(), MinutesValidator.shared().validate(minutes));

    Minutes invalid = minutesWithAnItem(" ");
    List<Violation> violations = MinutesValidator.shared().validate(invalid);
    assertEquals(1, violations.size(), violations.toString());
    assertEquals("agenda[0].heading", violations.get(0).path());
    assertThrows(
        InvalidMinutesException.class,
        () -> FormatRegistry.exporters().byId("html").export(invalid, new ByteArrayOutputStream()));
  }

  @Test
  void exportsHtmlFoundByTheRegistry() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FormatRegistry.exporters().byFileName("minutes.html").export(minutes, out);

    String html = out.toString(StandardCharsets.UTF_8);
    assertTrue(html.contains("2 juni 2022 kl. 10.00–15.00"), html);
  }

  @Test
  void exportsPdf() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FormatRegistry.exporters().byId("pdf").export(minutes, out);

    String pdf = out.toString(StandardCharsets.ISO_8859_1);
    assertTrue(pdf.startsWith("%PDF-"), () -> pdf.substring(0, Math.min(pdf.length(), 16)));
    assertTrue(pdf.contains("pdfaid:part"), "PDF/A identification in the XMP metadata");
    assertTrue(pdf.stripTrailing().endsWith("%%EOF"));
  }

  @Test
  void roundTripsThroughJson() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FormatRegistry.exporters().byId("json").export(minutes, out);

    Minutes read =
        FormatRegistry.readers()
            .byMediaType("application/json")
            .read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(minutes, read);
  }

  @Test
  void refusesBadJsonWithItsPlace() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FormatRegistry.exporters().byId("json").export(minutes, out);
    byte[] json =
        out.toString(StandardCharsets.UTF_8)
            .replaceFirst("\"language\" *: *\"sv\"", "\"language\": 42")
            .getBytes(StandardCharsets.UTF_8);
    MinutesReadException e =
        assertThrows(
            MinutesReadException.class,
            () -> FormatRegistry.readers().byId("json").read(new ByteArrayInputStream(json)));
    assertTrue(e.getMessage().contains("/language"), e.getMessage());
  }
}
