package io.github.minutes4j.benchmarks;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.json.JsonMinutesExporter;
import io.github.minutes4j.json.JsonMinutesReader;
import io.github.minutes4j.json.internal.MinutesJsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the JSON read benchmarks share: the document (a JMH parameter) as the exporter writes it,
 * and the three ways of reading it. A subclass's {@code @Setup} methods run after {@link
 * #setUp()}.
 */
@State(Scope.Benchmark)
public abstract class JsonReading {

  /** The document: a reference document or the large one. */
  @Param({Documents.JUNE_2022, Documents.DECEMBER_2021, Documents.LARGE})
  public String document;

  private byte[] json;
  private JsonMapper mapper;
  private final JsonMinutesReader reader = new JsonMinutesReader();

  /**
   * Writes the document with the exporter and checks that it reads back equal.
   *
   * @throws IOException never
   */
  @Setup
  public void setUp() throws IOException {
    Minutes minutes = Documents.byName(document);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonMinutesExporter().export(minutes, out);
    json = out.toByteArray();
    mapper = JsonMapper.builder().build();
    if (!reader.read(new ByteArrayInputStream(json)).equals(minutes)) {
      throw new IllegalStateException("the JSON of " + document + " does not read back equal");
    }
    MinutesValidator.shared();
  }

  /** Databind reads a tree: the baseline. */
  final JsonNode readTree() {
    return mapper.readTree(new ByteArrayInputStream(json));
  }

  /** The reader as users call it: parsing and validation. */
  final Minutes read() throws IOException {
    return reader.read(new ByteArrayInputStream(json));
  }

  /** The reader's parser without validation. */
  final Minutes parse() throws IOException {
    return new MinutesJsonReader(new ByteArrayInputStream(json)).read();
  }
}
