package io.github.minutes4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.FormatRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.WebApplicationContext;

/**
 * The starter in a Spring MVC application as Spring Boot configures one, with Spring's own
 * Jackson converter beside the minutes converter: the minutes are read and written as {@code
 * minutes4j/1} whatever JSON type the request names, never as Jackson's view of the records.
 */
class MinutesWebMvcTest {

  private final WebApplicationContextRunner web =
      new WebApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  JacksonAutoConfiguration.class,
                  HttpMessageConvertersAutoConfiguration.class,
                  WebMvcAutoConfiguration.class,
                  Minutes4jAutoConfiguration.class))
          .withUserConfiguration(Endpoints.class);

  static Minutes minutes() {
    return MinutesHttpMessageConverterTest.minutes("Welcome");
  }

  @Configuration(proxyBeanMethods = false)
  static class Endpoints {
    @Bean
    Controller controller() {
      return new Controller();
    }
  }

  /** A page of results, as an application's API answers a search. */
  record Page(int total, List<Minutes> items) {}

  @RestController
  static class Controller {
    @GetMapping("/minutes")
    Minutes minutes() {
      return MinutesWebMvcTest.minutes();
    }

    @PostMapping("/echo")
    Minutes echo(@RequestBody Minutes minutes) {
      return minutes;
    }

    @GetMapping("/list")
    List<Minutes> list() {
      return List.of(MinutesWebMvcTest.minutes(), MinutesWebMvcTest.minutes());
    }

    @GetMapping("/page")
    Page page() {
      return new Page(1, List.of(MinutesWebMvcTest.minutes()));
    }

    /** As the README shows a download under a name of the application's own. */
    @GetMapping("/attachment/{id}")
    ResponseEntity<Minutes> attachment(@PathVariable("id") String id) {
      return ResponseEntity.ok()
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment().filename("minutes-" + id + ".html").build().toString())
          .body(MinutesWebMvcTest.minutes());
    }

    @GetMapping("/servlet-header")
    Minutes servletHeader(HttpServletResponse response) {
      response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"servlet.html\"");
      return MinutesWebMvcTest.minutes();
    }

    @PostMapping("/optional")
    String optional(@RequestBody(required = false) Minutes minutes) {
      return minutes == null ? "none" : minutes.title();
    }
  }

  private static byte[] json() throws Exception {
    return FormatRegistry.exporters()
        .byId("json")
        .exportToBytes(minutes(), ExportOptions.defaults());
  }

  private static String jsonText() throws Exception {
    return new String(json(), StandardCharsets.UTF_8);
  }

  private static String text(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private static MockMvc mvc(WebApplicationContext context) {
    return MockMvcBuilders.webAppContextSetup(context).build();
  }

  /**
   * A JSON type with a suffix ({@code application/vnd.example+json}, {@code
   * application/problem+json}) got Jackson's serialization of the records: no {@code format}, the
   * language as {@code {}}, enum constants in capitals.
   */
  @Test
  void writesMinutes4jJsonForEveryJsonTypeTheClientAccepts() {
    web.run(
        context -> {
          MockMvc mvc = mvc(context);
          for (String accept :
              new String[] {
                "application/json", "application/vnd.example+json", "application/*+json", "*/*"
              }) {
            MockHttpServletResponse response =
                mvc.perform(
                        MockMvcRequestBuilders.get("/minutes").header(HttpHeaders.ACCEPT, accept))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(accept).isEqualTo(200);
            assertThat(text(response)).as(accept).isEqualTo(jsonText());
          }
          MockHttpServletResponse vendor =
              mvc.perform(
                      MockMvcRequestBuilders.get("/minutes")
                          .header(HttpHeaders.ACCEPT, "application/vnd.example+json"))
                  .andReturn()
                  .getResponse();
          assertThat(vendor.getContentType()).isEqualTo("application/vnd.example+json");
        });
  }

  /** A body of a JSON type with a suffix went to Jackson, which cannot build the records: 500. */
  @Test
  void readsMinutes4jJsonOfEveryJsonType() {
    web.run(
        context -> {
          MockMvc mvc = mvc(context);
          for (String type :
              new String[] {"application/json", "application/vnd.example+json; charset=utf-8"}) {
            MockHttpServletResponse response =
                mvc.perform(
                        MockMvcRequestBuilders.post("/echo")
                            .contentType(type)
                            .accept(MediaType.APPLICATION_JSON)
                            .content(json()))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(type).isEqualTo(200);
            assertThat(text(response)).as(type).isEqualTo(jsonText());
          }
          MockHttpServletResponse malformed =
              mvc.perform(
                      MockMvcRequestBuilders.post("/echo")
                          .contentType("application/vnd.example+json")
                          .content("{\"format\":".getBytes(StandardCharsets.UTF_8)))
                  .andReturn()
                  .getResponse();
          assertThat(malformed.getStatus()).isEqualTo(400);
          assertThat(malformed.getContentType()).isEqualTo("application/problem+json");
        });
  }

  /** What many applications have: advice that answers any exception with its own 500. */
  @RestControllerAdvice
  static class CatchAll {
    @ExceptionHandler(Exception.class)
    ResponseEntity<String> any(Exception e) {
      return ResponseEntity.internalServerError().body("internal error");
    }
  }

  /**
   * The application's catch-all advice came first (both unordered, the application's registered
   * first), so invalid and unreadable minutes got its 500 instead of the starter's problem details.
   */
  @Test
  void answersInvalidAndUnreadableMinutesBeforeTheApplicationsCatchAllAdvice() {
    web.withUserConfiguration(CatchAll.class)
        .run(
            context -> {
              MockMvc mvc = mvc(context);
              String invalid = jsonText().replace("\"Welcome\"", "\" \"");
              MockHttpServletResponse response =
                  mvc.perform(
                          MockMvcRequestBuilders.post("/echo")
                              .contentType(MediaType.APPLICATION_JSON)
                              .content(invalid))
                      .andReturn()
                      .getResponse();
              assertThat(response.getStatus()).isEqualTo(422);
              assertThat(text(response)).contains("\"path\":\"agenda[0].heading\"");
              assertThat(
                      mvc.perform(
                              MockMvcRequestBuilders.post("/echo")
                                  .contentType(MediaType.APPLICATION_JSON)
                                  .content("{\"format\":"))
                          .andReturn()
                          .getResponse()
                          .getStatus())
                  .isEqualTo(400);
            });
  }

  /**
   * Spring does not call a converter for an empty body: a missing required body got Spring Boot's
   * own error answer, not a problem detail as every other unreadable body does.
   */
  @Test
  void answersAnEmptyRequiredBodyAsUnreadableMinutes() {
    web.run(
        context -> {
          MockMvc mvc = mvc(context);
          MockHttpServletResponse missing =
              mvc.perform(
                      MockMvcRequestBuilders.post("/echo").contentType(MediaType.APPLICATION_JSON))
                  .andReturn()
                  .getResponse();
          assertThat(missing.getStatus()).isEqualTo(400);
          assertThat(missing.getContentType()).isEqualTo("application/problem+json");
          assertThat(text(missing)).contains("\"title\":\"Unreadable minutes\"");
          MockHttpServletResponse optional =
              mvc.perform(
                      MockMvcRequestBuilders.post("/optional")
                          .contentType(MediaType.APPLICATION_JSON))
                  .andReturn()
                  .getResponse();
          assertThat(optional.getStatus()).isEqualTo(200);
          assertThat(text(optional)).isEqualTo("none");
        });
  }

  /**
   * A document the browser showed had no name: saved, it became "minutes" or "render" without an
   * extension. The answer offers one, inline (the browser still shows it), of the document's kind
   * in its language, the meeting's first day and the format's extension.
   */
  @Test
  void offersAFileNameInlineWhenTheControllerSetNone() {
    web.run(
        context -> {
          MockMvc mvc = mvc(context);
          for (String[] pair :
              new String[][] {{"text/html", "html"}, {"application/json", "json"}, {"*/*", "json"}}) {
            MockHttpServletResponse response =
                mvc.perform(MockMvcRequestBuilders.get("/minutes").header(HttpHeaders.ACCEPT, pair[0]))
                    .andReturn()
                    .getResponse();
            assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .as(pair[0])
                .isEqualTo("inline; filename=\"Meeting notes 2022-06-02." + pair[1] + "\"");
          }
        });
  }

  /** A header the application set, in a {@code ResponseEntity} or on the response, is kept. */
  @Test
  void keepsTheContentDispositionTheApplicationSet() {
    web.run(
        context -> {
          MockMvc mvc = mvc(context);
          assertThat(
                  mvc.perform(MockMvcRequestBuilders.get("/attachment/7").accept(MediaType.TEXT_HTML))
                      .andReturn()
                      .getResponse()
                      .getHeaders(HttpHeaders.CONTENT_DISPOSITION))
              .containsExactly("attachment; filename=\"minutes-7.html\"");
          assertThat(
                  mvc.perform(
                          MockMvcRequestBuilders.get("/servlet-header").accept(MediaType.TEXT_HTML))
                      .andReturn()
                      .getResponse()
                      .getHeaders(HttpHeaders.CONTENT_DISPOSITION))
              .containsExactly("attachment; filename=\"servlet.html\"");
        });
  }

  /**
   * Minutes inside a list or a record of the application's are written by Spring's Jackson
   * converter, which wrote its own view of the records ({@code "language":{}}, {@code
   * "MEETING_NOTES"}) that no reader reads back. Each is {@code minutes4j/1} JSON now.
   */
  @Test
  void writesMinutesInsideOtherValuesAsMinutes4jJson() {
    web.run(
        context -> {
          MockMvc mvc = mvc(context);
          String one = jsonText().strip();
          MockHttpServletResponse list =
              mvc.perform(MockMvcRequestBuilders.get("/list").accept(MediaType.APPLICATION_JSON))
                  .andReturn()
                  .getResponse();
          assertThat(list.getStatus()).isEqualTo(200);
          assertThat(text(list)).isEqualTo("[" + one + "," + one + "]");
          MockHttpServletResponse page =
              mvc.perform(MockMvcRequestBuilders.get("/page").accept(MediaType.APPLICATION_JSON))
                  .andReturn()
                  .getResponse();
          assertThat(text(page)).isEqualTo("{\"total\":1,\"items\":[" + one + "]}");
        });
  }

  /** A type no installed format writes, and a type the application has no reader of. */
  @Test
  void answersTypesNoFormatHasWith406And415() {
    web.run(
        context -> {
          MockMvc mvc = mvc(context);
          assertThat(
                  mvc.perform(MockMvcRequestBuilders.get("/minutes").accept("application/xml"))
                      .andReturn()
                      .getResponse()
                      .getStatus())
              .isEqualTo(406);
          assertThat(
                  mvc.perform(
                          MockMvcRequestBuilders.post("/echo")
                              .contentType(MediaType.TEXT_PLAIN)
                              .content(json()))
                      .andReturn()
                      .getResponse()
                      .getStatus())
              .isEqualTo(415);
        });
  }
}
