package io.github.minutes4j.examples.service;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Minutes4jException;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.format.UnknownFormatException;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.spring.autoconfigure.MinutesNotWritableException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoints. Reading, validating and writing are the starter's: its message converter reads
 * {@code minutes4j/1} JSON (and validates it) and writes the format of the {@code Accept} header;
 * its problem details answer invalid, unreadable and too large input, and minutes a format
 * refuses.
 */
@RestController
class RenderController {

  private final FormatRegistry<MinutesExporter> exporters;
  private final ExportOptions options;

  RenderController(FormatRegistry<MinutesExporter> exporters, ExportOptions options) {
    this.exporters = exporters;
    this.options = options;
  }

  /** The minutes in the format the client accepts: PDF, HTML, JSON or any installed one. */
  @PostMapping(path = "/render", consumes = MediaType.APPLICATION_JSON_VALUE)
  Minutes render(@RequestBody Minutes minutes) {
    return minutes;
  }

  /**
   * Whether valid minutes can be rendered, as the command line's {@code validate} says it: each
   * installed format (or each one named in {@code format}) is asked, without writing anything,
   * whether it would write them with the service's options ({@link MinutesExporter#check}). 200
   * with a summary; a format's refusal (such as characters the PDF's fonts cannot draw) is listed
   * under {@code refusals}, or, for a format named in {@code format}, answered with the starter's
   * 422 problem, as {@code /render} would be. Invalid minutes get the starter's 422 problem.
   *
   * @param minutes the minutes, read and validated by the starter
   * @param formats the formats whose refusal is an error, such as {@code pdf}; none to ask every
   *     installed format and list refusals
   * @return {@code valid}, {@code title}, {@code agendaItems}, the {@code formats} that would write
   *     the minutes, and {@code refusals}: each refusing format's id and its message
   * @throws MinutesNotWritableException if a format named in {@code formats} refuses the minutes
   * @throws UnknownFormatException if no installed exporter has a named format's id
   * @throws IOException if an exporter fails otherwise
   */
  @PostMapping(
      path = "/validate",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> validate(
      @RequestBody Minutes minutes,
      @RequestParam(name = "format", required = false) List<String> formats)
      throws IOException {
    boolean strict = formats != null && !formats.isEmpty();
    List<MinutesExporter> asked = new ArrayList<>();
    if (strict) {
      for (String id : formats) {
        asked.add(exporters.byId(id.strip()));
      }
    } else {
      asked.addAll(exporters.providers());
    }
    List<String> writing = new ArrayList<>();
    List<Map<String, String>> refusals = new ArrayList<>();
    for (MinutesExporter exporter : asked) {
      String id = exporter.format().id();
      try {
        exporter.check(minutes, options);
        writing.add(id);
      } catch (Minutes4jException e) {
        if (strict) {
          throw new MinutesNotWritableException(id, e);
        }
        refusals.add(Map.of("format", id, "detail", e.getMessage()));
      }
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("valid", true);
    answer.put("title", minutes.title());
    answer.put("agendaItems", minutes.agenda().size());
    answer.put("formats", writing);
    answer.put("refusals", refusals);
    return answer;
  }

  /** 400 for a format named in {@code /validate?format=} that no installed exporter has. */
  @ExceptionHandler(UnknownFormatException.class)
  ResponseEntity<ProblemDetail> unknownFormat(UnknownFormatException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Unknown format");
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
