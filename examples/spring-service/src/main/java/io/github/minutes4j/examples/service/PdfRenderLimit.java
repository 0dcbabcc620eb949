package io.github.minutes4j.examples.service;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the PDF renders that run at once, the requests that take the most memory and CPU: a
 * request whose {@code Accept} header accepts {@code application/pdf} waits a moment for one of
 * {@code service.pdf.concurrent-renders} permits and otherwise gets 503 with {@code Retry-After}
 * and a problem detail, so that a burst slows clients down instead of exhausting the heap.
 */
@Component
class PdfRenderLimit extends OncePerRequestFilter {

  private final Semaphore permits;
  private final Duration wait;
  private final long retryAfterSeconds;

  PdfRenderLimit(
      @Value("${service.pdf.concurrent-renders:4}") int concurrentRenders,
      @Value("${service.pdf.queue-wait:250ms}") Duration wait,
      @Value("${service.pdf.retry-after:1s}") Duration retryAfter) {
    if (concurrentRenders < 0) {
      throw new IllegalArgumentException(
          "service.pdf.concurrent-renders must be 0 or more: " + concurrentRenders);
    }
    this.permits = new Semaphore(concurrentRenders, true);
    this.wait = wait;
    this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !acceptsPdf(request.getHeader(HttpHeaders.ACCEPT));
  }

  /** Whether an Accept header lets the answer be a PDF (q above 0, wildcards excluded). */
  static boolean acceptsPdf(String accept) {
    if (accept == null) {
      return false;
    }
    try {
      List<MediaType> types = MediaType.parseMediaTypes(accept);
      return types.stream()
          .anyMatch(
              type ->
                  type.equalsTypeAndSubtype(MediaType.APPLICATION_PDF)
                      && type.getQualityValue() > 0);
    } catch (InvalidMediaTypeException e) {
      return false; // Spring MVC answers the malformed header itself.
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean acquired;
    try {
      acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      acquired = false;
    }
    if (!acquired) {
      busy(response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      permits.release();
    }
  }

  private void busy(HttpServletResponse response) throws IOException {
    byte[] body =
        ("{\"type\":\"about:blank\",\"title\":\"Service busy\",\"status\":503,"
                + "\"detail\":\"All PDF renderers are busy; retry after "
                + retryAfterSeconds
                + " s.\"}")
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
