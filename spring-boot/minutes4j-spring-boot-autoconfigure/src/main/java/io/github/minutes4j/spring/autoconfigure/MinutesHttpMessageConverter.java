package io.github.minutes4j.spring.autoconfigure;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Minutes4jException;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.spi.FormatProvider;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.spi.MinutesReader;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpResponse;

/**
 * Writes {@link Minutes} in every installed format, chosen by the media type that Spring's content
 * negotiation selected from the {@code Accept} header, and reads them with the installed readers
 * ({@code minutes4j/1} JSON as {@code application/json}). When any type is acceptable, it writes
 * JSON. Every JSON type with the {@code +json} suffix (such as {@code application/vnd.example+json})
 * is {@code minutes4j/1} JSON too, read and written by the JSON format, so that minutes never reach
 * Spring's Jackson converter, which claims those types and knows nothing of the format (it wrote
 * the records' fields and could not read them back). Thread-safe.
 *
 * <p>It exports the whole document before it sets a header or writes a byte, so minutes that turn
 * out invalid ({@link io.github.minutes4j.core.validation.InvalidMinutesException}) leave the
 * response untouched for an error handler such as {@link MinutesProblemDetails}; so do valid
 * minutes that the format refuses (such as characters the PDF's fonts cannot draw), which it
 * throws as a {@link MinutesNotWritableException}. Reading, it
 * refuses a body larger than its limit with {@link MinutesTooLargeException} and passes on {@link
 * io.github.minutes4j.core.format.MinutesReadException} and {@code InvalidMinutesException} from the
 * reader.
 *
 * <p>In a server's response it offers a name for the document, unless the application set a
 * {@code Content-Disposition} of its own (in a {@code ResponseEntity} or on the response) (since
 * 0.3.0): {@code inline} (a browser still shows the document) with the kind of document in the
 * language it is written in, the meeting's first day and the format's extension, such as {@code
 * inline; filename="Minnesanteckningar 2022-06-02.pdf"}. A name outside ASCII is given in {@code
 * filename*} (RFC 8187), with an ASCII {@code filename} beside it for old clients, as RFC 6266
 * says: {@code inline; filename="Poytakirja 2026-03-21.pdf";
 * filename*=UTF-8''P%C3%B6yt%C3%A4kirja%202026-03-21.pdf}.
 *
 * @since 0.2.0
 */
public final class MinutesHttpMessageConverter implements HttpMessageConverter<Minutes> {

  /** Every JSON type with the {@code +json} suffix, such as {@code application/vnd.example+json}. */
  private static final MediaType JSON_WITH_SUFFIX = new MediaType("application", "*+json");

  private final FormatRegistry<MinutesExporter> exporters;
  private final FormatRegistry<MinutesReader> readers;
  private final ExportOptions options;
  private final long maxRequestBytes;
  private final List<MediaType> writable;
  private final List<MediaType> readable;

  /**
   * Creates a converter.
   *
   * @param exporters the formats it writes
   * @param readers the formats it reads
   * @param options the options of every export
   * @param maxRequestBytes the largest request body it reads, at least 1
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code maxRequestBytes} is less than 1
   */
  public MinutesHttpMessageConverter(
      FormatRegistry<MinutesExporter> exporters,
      FormatRegistry<MinutesReader> readers,
      ExportOptions options,
      long maxRequestBytes) {
    this.exporters = Objects.requireNonNull(exporters, "exporters");
    this.readers = Objects.requireNonNull(readers, "readers");
    this.options = Objects.requireNonNull(options, "options");
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException("maxRequestBytes must be at least 1: " + maxRequestBytes);
    }
    this.maxRequestBytes = maxRequestBytes;
    this.writable = mediaTypes(exporters.providers());
    this.readable = mediaTypes(readers.providers());
  }

  /** The media types of the providers, JSON first: the answer when any type is acceptable. */
  private static List<MediaType> mediaTypes(List<? extends FormatProvider> providers) {
    List<MediaType> types = new ArrayList<>();
    for (FormatProvider provider : providers) {
      types.add(MediaType.parseMediaType(provider.format().mediaTypeWithoutParameters()));
    }
    types.sort(Comparator.comparing(type -> !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)));
    return List.copyOf(types);
  }

  @Override
  public boolean canRead(Class<?> clazz, MediaType mediaType) {
    return clazz == Minutes.class && (mediaType == null || find(readable, mediaType).isPresent());
  }

  @Override
  public boolean canWrite(Class<?> clazz, MediaType mediaType) {
    return clazz == Minutes.class
        && !writable.isEmpty()
        && (mediaType == null || mediaType.isWildcardType() || find(writable, mediaType).isPresent());
  }

  /**
   * The installed format's type that serves a wanted type: one compatible with it, or JSON for a
   * type with the {@code +json} suffix (and for {@code application/*+json}).
   */
  private static Optional<MediaType> find(List<MediaType> types, MediaType wanted) {
    Optional<MediaType> compatible =
        types.stream().filter(type -> type.isCompatibleWith(wanted)).findFirst();
    if (compatible.isPresent() || !isJsonWithSuffix(wanted)) {
      return compatible;
    }
    return types.stream().filter(MediaType.APPLICATION_JSON::equalsTypeAndSubtype).findFirst();
  }

  private static boolean isJsonWithSuffix(MediaType type) {
    return "application".equals(type.getType()) && "json".equals(type.getSubtypeSuffix());
  }

  @Override
  public List<MediaType> getSupportedMediaTypes() {
    Set<MediaType> all = new LinkedHashSet<>(writable);
    all.addAll(readable);
    if (all.stream().anyMatch(MediaType.APPLICATION_JSON::equalsTypeAndSubtype)) {
      all.add(JSON_WITH_SUFFIX);
    }
    return List.copyOf(all);
  }

  @Override
  public List<MediaType> getSupportedMediaTypes(Class<?> clazz) {
    return clazz == Minutes.class ? getSupportedMediaTypes() : List.of();
  }

  @Override
  public Minutes read(Class<? extends Minutes> clazz, HttpInputMessage inputMessage)
      throws IOException {
    if (inputMessage.getHeaders().getContentLength() > maxRequestBytes) {
      throw new MinutesTooLargeException(maxRequestBytes);
    }
    byte[] body;
    try (InputStream in = inputMessage.getBody()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRequestBytes + 1));
    }
    if (body.length > maxRequestBytes) {
      throw new MinutesTooLargeException(maxRequestBytes);
    }
    MediaType contentType =
        Optional.ofNullable(inputMessage.getHeaders().getContentType())
            .orElse(MediaType.APPLICATION_JSON);
    MediaType type = find(readable, contentType).orElse(MediaType.APPLICATION_JSON);
    return readers.byMediaType(type.toString()).read(new ByteArrayInputStream(body));
  }

  @Override
  public void write(Minutes minutes, MediaType contentType, HttpOutputMessage outputMessage)
      throws IOException {
    Objects.requireNonNull(minutes, "minutes");
    MediaType type =
        contentType == null || contentType.isWildcardType()
            ? writable.get(0)
            : find(writable, contentType).orElseThrow();
    MinutesExporter exporter = exporters.byMediaType(type.toString());
    byte[] bytes;
    try {
      bytes = exporter.exportToBytes(minutes, options);
    } catch (InvalidMinutesException e) {
      throw e;
    } catch (Minutes4jException e) {
      throw new MinutesNotWritableException(exporter.format().id(), e);
    }
    // A client that asked for a JSON type of its own (application/vnd.example+json) gets that type.
    boolean ownJsonType =
        contentType != null && !contentType.isWildcardSubtype() && isJsonWithSuffix(contentType);
    outputMessage
        .getHeaders()
        .setContentType(
            ownJsonType
                ? new MediaType(contentType.getType(), contentType.getSubtype())
                : MediaType.parseMediaType(exporter.format().mediaType()));
    outputMessage.getHeaders().setContentLength(bytes.length);
    // A name for the browser to save the document under, unless the application gave one.
    if (outputMessage instanceof ServerHttpResponse
        && outputMessage.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION) == null) {
      outputMessage
          .getHeaders()
          .set(
              HttpHeaders.CONTENT_DISPOSITION,
              MinutesFileName.inline(minutes, options, exporter.format()));
    }
    outputMessage.getBody().write(bytes);
  }
}
