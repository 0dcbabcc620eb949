package io.github.minutes4j.examples.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A rendering service that a system in any language can call: {@code POST /render} and {@code
 * POST /validate} ({@link RenderController}). minutes4j-spring-boot-starter does the work; this
 * application adds only the endpoints, the limit on concurrent PDF renders ({@link
 * PdfRenderLimit}) and its settings (application.properties).
 */
@SpringBootApplication
public class MinutesService {

  /**
   * Starts the service.
   *
   * @param args Spring Boot arguments, such as {@code --server.port=8080}
   */
  public static void main(String[] args) {
    SpringApplication.run(MinutesService.class, args);
  }
}
