package io.github.minutes4j.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PdfRenderLimitTest {

  @Test
  void recognisesRequestsThatMayBeAnsweredWithAPdf() {
    assertThat(PdfRenderLimit.acceptsPdf("application/pdf")).isTrue();
    assertThat(PdfRenderLimit.acceptsPdf("text/html, application/pdf;q=0.1")).isTrue();
    assertThat(PdfRenderLimit.acceptsPdf("application/pdf;q=0")).isFalse();
    assertThat(PdfRenderLimit.acceptsPdf("text/html")).isFalse();
    assertThat(PdfRenderLimit.acceptsPdf(null)).isFalse();
    assertThat(PdfRenderLimit.acceptsPdf("not a type")).isFalse();
  }

  private static MockHttpServletRequest pdfRequest() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/render");
    request.addHeader("Accept", "application/pdf");
    return request;
  }

  @Test
  void answersWith503AndRetryAfterWhenEveryPermitIsTaken() throws Exception {
    PdfRenderLimit limit = new PdfRenderLimit(0, Duration.ofMillis(10), Duration.ofSeconds(3));
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    limit.doFilter(pdfRequest(), response, chain);

    assertThat(chain.getRequest()).as("the request must not reach the renderer").isNull();
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("3");
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    assertThat(response.getContentAsString()).contains("\"status\":503");
  }

  @Test
  void releasesItsPermitAfterEachRenderAndLetsOtherFormatsPass() throws Exception {
    PdfRenderLimit limit = new PdfRenderLimit(1, Duration.ofMillis(10), Duration.ofSeconds(1));
    for (int i = 0; i < 3; i++) {
      MockFilterChain chain = new MockFilterChain();
      MockHttpServletResponse response = new MockHttpServletResponse();
      limit.doFilter(pdfRequest(), response, chain);
      assertThat(chain.getRequest()).isNotNull();
      assertThat(response.getStatus()).isEqualTo(200);
    }
    PdfRenderLimit none = new PdfRenderLimit(0, Duration.ofMillis(10), Duration.ofSeconds(1));
    MockHttpServletRequest html = new MockHttpServletRequest("POST", "/render");
    html.addHeader("Accept", "text/html");
    MockFilterChain chain = new MockFilterChain();
    none.doFilter(html, new MockHttpServletResponse(), chain);
    assertThat(chain.getRequest()).isNotNull();
  }
}
