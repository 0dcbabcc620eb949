package io.github.minutes4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.format.UnknownItemsException;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.http.MockHttpOutputMessage;
import org.springframework.mock.web.MockHttpServletResponse;

class MinutesHttpMessageConverterTest {

  private final MinutesHttpMessageConverter converter =
      new MinutesHttpMessageConverter(
          FormatRegistry.exporters(), FormatRegistry.readers(), ExportOptions.defaults(), 100_000);

  /** Minutes of one item with this heading; shared with {@link MinutesWebMvcTest}. */
  static Minutes minutes(String heading) {
    return Minutes.builder(
            Language.ENGLISH,
            Organiser.of("The network"),
            DocumentKind.MEETING_NOTES,
            "A meeting",
            LocalDate.of(2022, 6, 11))
        .addSession(
            Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0)).build())
        .addAgendaItem(AgendaItem.withHeading(heading).build())
        .build();
  }

  @Test
  void writesTheFormatOfTheNegotiatedTypeAndJsonForAnyType() throws Exception {
    MockHttpOutputMessage html = new MockHttpOutputMessage();
    converter.write(minutes("Welcome"), MediaType.TEXT_HTML, html);
    assertThat(html.getHeaders().getContentType()).hasToString("text/html;charset=utf-8");
    byte[] expected =
        FormatRegistry.exporters().byId("html").exportToBytes(minutes("Welcome"), ExportOptions.defaults());
    assertThat(html.getBodyAsBytes()).isEqualTo(expected);
    assertThat(html.getHeaders().getContentLength()).isEqualTo(expected.length);

    MockHttpOutputMessage any = new MockHttpOutputMessage();
    converter.write(minutes("Welcome"), MediaType.ALL, any);
    assertThat(any.getHeaders().getContentType()).hasToString("application/json");
    assertThat(converter.canWrite(Minutes.class, MediaType.APPLICATION_PDF)).isFalse();
    assertThat(converter.canWrite(Minutes.class, MediaType.TEXT_HTML)).isTrue();
    assertThat(converter.canWrite(String.class, MediaType.TEXT_HTML)).isFalse();
    assertThat(converter.getSupportedMediaTypes().get(0)).isEqualTo(MediaType.APPLICATION_JSON);
  }

  private String contentDisposition(Minutes minutes) throws Exception {
    ServletServerHttpResponse response = new ServletServerHttpResponse(new MockHttpServletResponse());
    converter.write(minutes, MediaType.TEXT_HTML, response);
    return response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
  }

  /**
   * A name outside ASCII is given as RFC 6266 says: an ASCII {@code filename} for old clients (the
   * letters without their accents, else the English name of the kind) and the name itself in
   * {@code filename*} (RFC 8187, UTF-8, percent-encoded).
   */
  @Test
  void offersANameOutsideAsciiWithAnAsciiFallback() throws Exception {
    Minutes finnish =
        minutes("Tervetuloa").toBuilder().language(Language.ofTag("fi")).kind(DocumentKind.MINUTES).build();
    assertThat(contentDisposition(finnish))
        .isEqualTo(
            "inline; filename=\"Poytakirja 2022-06-02.html\";"
                + " filename*=UTF-8''P%C3%B6yt%C3%A4kirja%202022-06-02.html");
    Minutes arabic = minutes("مرحبا").toBuilder().language(Language.ofTag("ar")).build();
    assertThat(contentDisposition(arabic))
        .isEqualTo(
            "inline; filename=\"Meeting notes 2022-06-02.html\"; filename*=UTF-8''"
                + "%D9%85%D9%84%D8%A7%D8%AD%D8%B8%D8%A7%D8%AA%20%D8%A7%D9%84%D8%A7%D8%AC%D8%AA%D9%85"
                + "%D8%A7%D8%B9%202022-06-02.html");
  }

  /** The name has the meeting's first day, though the minutes list a later sitting first. */
  @Test
  void namesTheFirstDayWhateverTheOrderOfTheSessions() throws Exception {
    Minutes resumed =
        minutes("Welcome").toBuilder()
            .sessions(
                List.of(
                    Session.on(LocalDate.of(2022, 6, 9)).build(),
                    Session.on(LocalDate.of(2022, 6, 2)).build()))
            .build();
    assertThat(contentDisposition(resumed))
        .isEqualTo("inline; filename=\"Meeting notes 2022-06-02.html\"");
  }

  /** A request body the converter writes (in a client) gets no Content-Disposition. */
  @Test
  void offersNoNameOutsideAServerResponse() throws Exception {
    MockHttpOutputMessage request = new MockHttpOutputMessage();
    converter.write(minutes("Welcome"), MediaType.TEXT_HTML, request);
    assertThat(request.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isNull();
  }

  @Test
  void writesNothingForInvalidMinutes() {
    MockHttpOutputMessage out = new MockHttpOutputMessage();
    assertThatThrownBy(() -> converter.write(minutes(" "), MediaType.TEXT_HTML, out))
        .isInstanceOf(InvalidMinutesException.class);
    assertThat(out.getBodyAsBytes()).isEmpty();
    assertThat(out.getHeaders().getContentType()).isNull();
  }

  /** A refusal of the format (here an extract of items the minutes lack) names the format. */
  @Test
  void writesNothingForMinutesTheFormatRefuses() {
    MinutesHttpMessageConverter extracting =
        new MinutesHttpMessageConverter(
            FormatRegistry.exporters(),
            FormatRegistry.readers(),
            ExportOptions.defaults().withExtract("§ 9"),
            100_000);
    MockHttpOutputMessage out = new MockHttpOutputMessage();
    assertThatThrownBy(() -> extracting.write(minutes("Welcome"), MediaType.TEXT_HTML, out))
        .isInstanceOfSatisfying(
            MinutesNotWritableException.class,
            e -> {
              assertThat(e.format()).isEqualTo("html");
              assertThat(e.refusal()).isInstanceOf(UnknownItemsException.class);
              assertThat(e.getMessage())
                  .startsWith("The html format cannot write these minutes: The extract asks for");
            });
    assertThat(out.getBodyAsBytes()).isEmpty();
    assertThat(out.getHeaders().getContentType()).isNull();
  }

  @Test
  void readsWhatItWrites() throws Exception {
    MockHttpOutputMessage json = new MockHttpOutputMessage();
    converter.write(minutes("Welcome"), MediaType.APPLICATION_JSON, json);
    MockHttpInputMessage in = new MockHttpInputMessage(json.getBodyAsBytes());
    in.getHeaders().setContentType(MediaType.APPLICATION_JSON);
    assertThat(converter.canRead(Minutes.class, MediaType.APPLICATION_JSON)).isTrue();
    assertThat(converter.canRead(Minutes.class, MediaType.TEXT_HTML)).isFalse();
    assertThat(converter.read(Minutes.class, in)).isEqualTo(minutes("Welcome"));
  }

  @Test
  void refusesABodyOverTheLimitWithOrWithoutContentLength() {
    MinutesHttpMessageConverter small =
        new MinutesHttpMessageConverter(
            FormatRegistry.exporters(), FormatRegistry.readers(), ExportOptions.defaults(), 10);
    byte[] body = "{\"format\": \"minutes4j/1\"}".getBytes(StandardCharsets.UTF_8);
    MockHttpInputMessage chunked = new MockHttpInputMessage(body);
    assertThatThrownBy(() -> small.read(Minutes.class, chunked))
        .isInstanceOf(MinutesTooLargeException.class)
        .hasMessageContaining("10 bytes");
    MockHttpInputMessage declared = new MockHttpInputMessage(new byte[0]);
    declared.getHeaders().setContentLength(11);
    assertThatThrownBy(() -> small.read(Minutes.class, declared))
        .isInstanceOf(MinutesTooLargeException.class);
  }
}
