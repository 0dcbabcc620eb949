package io.github.minutes4j.examples.service;

import io.github.minutes4j.core.Minutes;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoints. Reading, validating and writing are the starter's: its message converter reads
 * {@code minutes4j/1} JSON (and validates it) and writes the format of the {@code Accept} header;
 * its problem details answer invalid, unreadable and too large input.
 */
@RestController
class RenderController {

  /** The minutes in the format the client accepts: PDF, HTML, JSON or any installed one. */
  @PostMapping(path = "/render", consumes = MediaType.APPLICATION_JSON_VALUE)
  Minutes render(@RequestBody Minutes minutes) {
    return minutes;
  }

  /** 200 with a summary if the minutes are valid; otherwise the starter's 422 problem detail. */
  @PostMapping(
      path = "/validate",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> validate(@RequestBody Minutes minutes) {
    return Map.of(
        "valid", true, "title", minutes.title(), "agendaItems", minutes.agenda().size());
  }
}
