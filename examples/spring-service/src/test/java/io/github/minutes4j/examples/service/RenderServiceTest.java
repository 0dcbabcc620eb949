package io.github.minutes4j.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The service as it runs: a real server on a random port and a real HTTP client. One Spring
 * context for the whole class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RenderServiceTest {

  private static final Minutes MINUTES = ReferenceMinutes.june2022();
  private static final String JSON = exportJson(MINUTES);

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @LocalServerPort private int port;

  private static String exportJson(Minutes minutes) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      FormatRegistry.exporters().byId("json").export(minutes, out);
      return out.toString(StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private HttpResponse<byte[]> post(String path, String accept, byte[] body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> post(String path, String accept, String body) throws Exception {
    return post(path, accept, body.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  @ParameterizedTest
  @CsvSource({
    "application/pdf, application/pdf, pdf",
    "text/html, text/html;charset=utf-8, html",
    "application/json, application/json, json",
    // The third-party exporter of examples/markdown-exporter, found on the class path.
    "text/markdown, text/markdown;charset=utf-8, markdown",
    "'text/markdown;q=0.5, text/html', text/html;charset=utf-8, html",
    "*/*, application/json, json"
  })
  void rendersTheFormatOfTheAcceptHeaderAsTheLibraryDoes(
      String accept, String contentType, String format) throws Exception {
    HttpResponse<byte[]> response = post("/render", accept, JSON);

    assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
    assertThat(contentType(response).replace(" ", "")).isEqualToIgnoringCase(contentType);
    byte[] library =
        FormatRegistry.exporters().byId(format).exportToBytes(MINUTES, ExportOptions.defaults());
    assertThat(response.body()).isEqualTo(library);
  }

  @Test
  void sendsAPdfThatVeraPdfFindsCompliant() throws Exception {
    HttpResponse<byte[]> response = post("/render", "application/pdf", JSON);
    assertThat(response.statusCode()).isEqualTo(200);
    // Saved from a browser, it is named after the document, not after the URL ("render").
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("inline; filename=\"Minnesanteckningar 2022-06-02.pdf\"");

    VeraGreenfieldFoundryProvider.initialise();
    List<PDFAFlavour> flavours = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_U);
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(response.body()), flavours.get(0));
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavours)) {
      List<ValidationResult> results = validator.validateAll(parser);
      assertThat(results).hasSize(2);
      for (ValidationResult result : results) {
        assertThat(result.isCompliant())
            .as(() -> result.getPDFAFlavour() + " failed: " + result.getTestAssertions())
            .isTrue();
      }
    }
  }

  @Test
  void validatesValidMinutes() throws Exception {
    HttpResponse<byte[]> response = post("/validate", "application/json", JSON);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(text(response)).contains("\"valid\":true").contains("\"agendaItems\":");
  }

  @ParameterizedTest
  @CsvSource({"/render, application/pdf", "/validate, application/json"})
  void answersInvalidMinutesWithEveryViolationsPathAndMessage(String path, String accept)
      throws Exception {
    String invalid =
        JSON.replaceFirst("\"heading\" *: *\"Introduktion till dagen\"", "\"heading\": \" \"")
            .replaceFirst("\"heading\" *: *\"Hur arbetar SKR[^\"]*\"", "\"heading\": \"\"");
    assertThat(invalid).isNotEqualTo(JSON);

    HttpResponse<byte[]> response = post(path, accept, invalid);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(contentType(response)).isEqualTo("application/problem+json");
    assertThat(text(response))
        .contains("\"title\":\"Invalid minutes\"")
        .contains("\"path\":\"agenda[0].heading\"")
        .contains("\"path\":\"agenda[1].heading\"")
        .contains("2 problems")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void answersMalformedJsonWithThePlaceOfTheProblem() throws Exception {
    String malformed = "{\n  \"format\": \"minutes4j/1\",\n  \"language\": \"sv\",,\n}";

    HttpResponse<byte[]> response = post("/render", "text/html", malformed);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(contentType(response)).isEqualTo("application/problem+json");
    assertThat(text(response))
        .contains("\"title\":\"Unreadable minutes\"")
        .contains("\"line\":3")
        .contains("\"column\":")
        .doesNotContain("\tat ");
  }

  /**
   * Valid minutes that the chosen format refuses (characters the PDF's fonts cannot draw) are a
   * problem of the request, answered 422 with each character and where it is, not a 500.
   */
  @Test
  void answersMinutesTheFormatRefusesWith422AndTheCharacters() throws Exception {
    String chinese =
        JSON.replaceFirst("\"title\" *: *\"Uppdrag och", "\"title\": \"王小明 Uppdrag och");
    assertThat(chinese).isNotEqualTo(JSON);

    HttpResponse<byte[]> response = post("/render", "application/pdf", chinese);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(contentType(response)).isEqualTo("application/problem+json");
    assertThat(text(response))
        .contains("\"title\":\"Minutes the format cannot write\"")
        .contains("U+738B")
        .contains("in title")
        .contains("\"format\":\"pdf\"")
        .doesNotContain("\tat ");

    HttpResponse<byte[]> html = post("/render", "text/html", chinese);
    assertThat(html.statusCode()).isEqualTo(200);
  }

  /**
   * {@code /validate} asks every format, as the command line's {@code validate} does: minutes the
   * PDF refuses are valid, with the PDF's refusal listed; named with {@code ?format=pdf}, the
   * refusal is the 422 problem that {@code /render} would answer.
   */
  @Test
  void validateReportsTheFormatsThatRefuseValidMinutes() throws Exception {
    String chinese =
        JSON.replaceFirst("\"title\" *: *\"Uppdrag och", "\"title\": \"王小明 Uppdrag och");

    HttpResponse<byte[]> response = post("/validate", "application/json", chinese);

    assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
    assertThat(text(response))
        .contains("\"valid\":true")
        .contains("\"refusals\":[{")
        .contains("\"format\":\"pdf\"")
        .contains("U+738B")
        .contains("in title");
    assertThat(text(response)).containsPattern("\"formats\":\\[[^]]*\"html\"");
    assertThat(text(response)).doesNotContainPattern("\"formats\":\\[[^]]*\"pdf\"");

    HttpResponse<byte[]> strict = post("/validate?format=pdf", "application/json", chinese);
    assertThat(strict.statusCode()).isEqualTo(422);
    assertThat(contentType(strict)).isEqualTo("application/problem+json");
    assertThat(text(strict))
        .contains("\"title\":\"Minutes the format cannot write\"")
        .contains("\"format\":\"pdf\"")
        .contains("U+738B");

    HttpResponse<byte[]> html = post("/validate?format=html", "application/json", chinese);
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(text(html)).contains("\"formats\":[\"html\"]").contains("\"refusals\":[]");

    HttpResponse<byte[]> valid = post("/validate", "application/json", JSON);
    assertThat(text(valid)).contains("\"refusals\":[]");
  }

  @Test
  void validateAnswersAnUnknownFormatWith400NamingTheInstalledOnes() throws Exception {
    HttpResponse<byte[]> response = post("/validate?format=docx", "application/json", JSON);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(contentType(response)).isEqualTo("application/problem+json");
    assertThat(text(response)).contains("docx").contains("pdf").doesNotContain("\tat ");
  }

  @Test
  void answersATooLargeBodyWith413() throws Exception {
    byte[] large = new byte[1024 * 1024 + 1];
    Arrays.fill(large, (byte) ' ');

    HttpResponse<byte[]> response = post("/render", "application/json", large);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(contentType(response)).isEqualTo("application/problem+json");
    assertThat(text(response)).contains("\"maxBytes\":1048576");
  }

  @Test
  void answersAnUnknownFormatWith406() throws Exception {
    HttpResponse<byte[]> response = post("/render", "application/vnd.oasis.opendocument.text", JSON);

    assertThat(response.statusCode()).isEqualTo(406);
    assertThat(contentType(response)).isEqualTo("application/problem+json");
    assertThat(text(response)).contains("\"status\":406").doesNotContain("\tat ");
  }

  /** The service runs with the versions Spring Boot pins (pom.xml), not minutes4j's own. */
  @ParameterizedTest
  @CsvSource({
    "org.hibernate.validator.HibernateValidator, hibernate-validator, expected.hibernate-validator",
    "tools.jackson.core.JsonParser, jackson-core, expected.jackson"
  })
  void runsWithTheVersionsSpringBootPins(String className, String artifact, String expected)
      throws Exception {
    URI location =
        Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI();
    assertThat(System.getProperty(expected)).isNotBlank();
    assertThat(location.getPath()).endsWith("/" + artifact + "-" + System.getProperty(expected) + ".jar");
  }

  @Test
  void reportsHealthAndMetrics() throws Exception {
    HttpResponse<String> health =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(health.body()).contains("\"status\":\"UP\"");
    HttpResponse<String> heap =
        client.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:"
                            + port
                            + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(heap.statusCode()).isEqualTo(200);
    assertThat(heap.body()).contains("\"VALUE\"");
  }
}
