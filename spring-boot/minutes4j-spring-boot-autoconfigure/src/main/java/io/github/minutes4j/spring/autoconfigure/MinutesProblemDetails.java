package io.github.minutes4j.spring.autoconfigure;

import io.github.minutes4j.core.format.MinutesReadException;
import io.github.minutes4j.core.format.SourceLocation;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.core.validation.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers minutes that cannot be used with an RFC 9457 problem detail ({@code
 * application/problem+json}, whatever the {@code Accept} header asked for) that says what is wrong
 * and where, and never with a stack trace:
 *
 * <ul>
 *   <li>invalid minutes: 422, with {@code violations}, each with its {@code path} (such as {@code
 *       agenda[0].heading}) and {@code message}, and its {@code line} and {@code column} in the
 *       document when known;
 *   <li>unreadable input: 400, with the {@code pointer} (a JSON Pointer), {@code line} and {@code
 *       column} of the problem when known;
 *   <li>a body over {@code minutes4j.max-request-size}: 413, with {@code maxBytes};
 *   <li>valid minutes that the negotiated format refuses, such as characters the PDF's fonts
 *       cannot draw: 422, with the {@code format} and the exporter's message, which names each
 *       character and where it is (since 0.3.0).
 * </ul>
 *
 * <p>Auto-configured unless the application defines a bean of this type; subclass it to change an
 * answer. It comes before the application's advice that has no order of its own (since 0.3.0), so
 * that a catch-all {@code @ExceptionHandler(Exception.class)} there, common in applications, does
 * not turn these answers into a 500; it handles only the exceptions above. Advice with an {@code
 * @Order} comes first as ordered.
 *
 * @since 0.2.0
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class MinutesProblemDetails {

  private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

  /** Creates the handler. */
  public MinutesProblemDetails() {}

  /**
   * Answers invalid minutes.
   *
   * @param e the violations
   * @return 422 with every violation's path and message
   */
  @ExceptionHandler(InvalidMinutesException.class)
  public ResponseEntity<ProblemDetail> invalidMinutes(InvalidMinutesException e) {
    List<Violation> violations = e.violations();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_CONTENT,
            violations.size() == 1
                ? "1 problem in the minutes; fix it at its path."
                : violations.size() + " problems in the minutes; fix each at its path.");
    problem.setTitle("Invalid minutes");
    List<Map<String, Object>> list = new ArrayList<>();
    for (Violation violation : violations) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("path", violation.path());
      entry.put("message", violation.message());
      if (violation.location().line() > 0) {
        entry.put("line", violation.location().line());
        entry.put("column", violation.location().column());
      }
      list.add(entry);
    }
    problem.setProperty("violations", List.copyOf(list));
    return answer(problem);
  }

  /**
   * Answers input that is not well-formed minutes.
   *
   * @param e the problem and its place
   * @return 400 with the problem, its JSON Pointer and its line and column when known
   */
  @ExceptionHandler(MinutesReadException.class)
  public ResponseEntity<ProblemDetail> unreadableMinutes(MinutesReadException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.problem());
    problem.setTitle("Unreadable minutes");
    SourceLocation location = e.location();
    if (!location.pointer().isEmpty()) {
      problem.setProperty("pointer", location.pointer());
    }
    if (location.line() > 0) {
      problem.setProperty("line", location.line());
    }
    if (location.column() > 0) {
      problem.setProperty("column", location.column());
    }
    return answer(problem);
  }

  /**
   * Answers a body over the limit.
   *
   * @param e the limit
   * @return 413 with the limit in bytes
   */
  @ExceptionHandler(MinutesTooLargeException.class)
  public ResponseEntity<ProblemDetail> tooLarge(MinutesTooLargeException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    problem.setTitle("Request too large");
    problem.setProperty("maxBytes", e.maxBytes());
    return answer(problem);
  }

  /**
   * Answers valid minutes that the negotiated format refuses.
   *
   * @param e the format and its exporter's refusal
   * @return 422 with the format's id and the refusal's message
   * @since 0.3.0
   */
  @ExceptionHandler(MinutesNotWritableException.class)
  public ResponseEntity<ProblemDetail> notWritable(MinutesNotWritableException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_CONTENT, e.refusal().getMessage());
    problem.setTitle("Minutes the format cannot write");
    problem.setProperty("format", e.format());
    return answer(problem);
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(PROBLEM).body(problem);
  }
}
