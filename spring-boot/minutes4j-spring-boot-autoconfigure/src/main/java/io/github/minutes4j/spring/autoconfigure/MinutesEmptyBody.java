package io.github.minutes4j.spring.autoconfigure;

import io.github.minutes4j.core.Minutes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.Objects;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Reads an empty required {@code @RequestBody Minutes} with {@link MinutesHttpMessageConverter},
 * which Spring MVC does not call for an empty body: the reader then refuses it as it refuses any
 * unreadable body ({@link io.github.minutes4j.core.format.MinutesReadException}), and {@link
 * MinutesProblemDetails} answers 400 with a problem detail instead of Spring's own error answer.
 * An optional body ({@code @RequestBody(required = false)}) stays empty.
 */
@ControllerAdvice
final class MinutesEmptyBody extends RequestBodyAdviceAdapter {

  private final MinutesHttpMessageConverter converter;

  MinutesEmptyBody(MinutesHttpMessageConverter converter) {
    this.converter = Objects.requireNonNull(converter, "converter");
  }

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return targetType == Minutes.class && converterType == MinutesHttpMessageConverter.class;
  }

  @Override
  public Object handleEmptyBody(
      Object body,
      HttpInputMessage inputMessage,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    RequestBody annotation = parameter.getParameterAnnotation(RequestBody.class);
    if (body != null || (annotation != null && !annotation.required())) {
      return body;
    }
    HttpHeaders headers = inputMessage.getHeaders();
    HttpInputMessage empty =
        new HttpInputMessage() {
          @Override
          public InputStream getBody() {
            return InputStream.nullInputStream();
          }

          @Override
          public HttpHeaders getHeaders() {
            return headers;
          }
        };
    try {
      return converter.read(Minutes.class, empty);
    } catch (IOException e) {
      // An empty stream does not fail to read.
      throw new UncheckedIOException(e);
    }
  }
}
