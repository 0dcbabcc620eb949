package io.github.minutes4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.MinutesVisitor;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.spi.MinutesExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Every component of the model, found by reflection, is carried everywhere it must be: written and
 * read back by JSON, described by the JSON Schema, reached by core's walk over the model, and shown
 * by the HTML and PDF exporters. Adding a component to a record without wiring it fails here, with
 * a message that names the component and what is missing.
 *
 * <p>The components are those of {@link Minutes} and of every type reachable from it: record
 * components, the type arguments of lists and optional values, and the permitted subtypes of the
 * sealed interfaces ({@code Block}, {@code Inline}, {@code Affiliation}). The document checked is
 * {@link Documents#everyField()}; the first test proves that it sets every one of them.
 */
class ModelCompletenessTest {

  private static final Minutes DOCUMENT = Documents.everyField();

  /**
   * Components the exporters do not show, on purpose, and why. Nothing else may be missing from a
   * page.
   */
  private static final Map<String, String> NOT_SHOWN =
      Map.of(
          "Link.kind",
          "the label the document gives a link (\"Länk till bilder\") says what it leads to; the"
              + " kind is data for other programs, carried by JSON");

  /** The schema's name of a record's definition, where it is not the record's name. */
  private static final Map<String, String> SCHEMA_NAMES =
      Map.of(
          "Minutes", "",
          "Block.ItemList", "list",
          "Inline.Plain", "textSpan",
          "Inline.Strong", "textSpan",
          "Inline.Emphasis", "textSpan",
          "Inline.Hyperlink", "linkSpan",
          "Affiliation.NetworkMember", "affiliation");

  /** A component of a record of the model, by its record and its name. */
  record Field(Class<?> owner, String name) {
    @Override
    public String toString() {
      return typeName(owner) + "." + name;
    }
  }

  /** A component's value at a place in a document. */
  record Occurrence(String path, Field field, Object value) {
    /** The value, or the value of a present optional value. */
    Object unwrapped() {
      return value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
    }

    /** Whether the value is something (not an empty optional value or list). */
    boolean isSet() {
      return value instanceof Optional
          ? ((Optional<?>) value).isPresent()
          : !(value instanceof List) || !((List<?>) value).isEmpty();
    }

    /** Whether the value is a single value: neither a record nor a list. */
    boolean isLeaf() {
      Object v = unwrapped();
      return v != null && !(v instanceof Record) && !(v instanceof List);
    }
  }

  @Test
  void theDocumentSetsEveryComponentAndEveryKindOfBlockSpanAndAffiliation() {
    Map<String, Occurrence> occurrences = occurrences(DOCUMENT);
    Set<Class<?>> seen = new HashSet<>(Set.of(DOCUMENT.getClass()));
    for (Occurrence o : occurrences.values()) {
      if (o.value() instanceof List) {
        ((List<?>) o.value()).forEach(element -> seen.add(element.getClass()));
      } else if (o.unwrapped() != null) {
        seen.add(o.unwrapped().getClass());
      }
    }
    List<String> problems = new ArrayList<>();
    for (Field field : fields()) {
      if (occurrences.values().stream().noneMatch(o -> o.field().equals(field) && o.isSet())) {
        problems.add(
            field + ": Documents.everyField() does not set it; give it a value, so that this"
                + " test can check that JSON, the schema, the walk and the exporters carry it");
      }
    }
    for (Class<?> type : modelTypes()) {
      if (!type.isInterface() && !seen.contains(type)) {
        problems.add(
            typeName(type) + ": Documents.everyField() has no value of this type; add one");
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void jsonWritesAndReadsBackEveryComponent() {
    byte[] bytes = Formats.json(DOCUMENT);
    String json = new String(bytes, StandardCharsets.UTF_8);
    Map<String, Occurrence> written = occurrences(DOCUMENT);
    Map<String, Occurrence> read = occurrences(Formats.read(bytes));
    Set<String> differ = new TreeSet<>();
    for (Occurrence o : written.values()) {
      Occurrence back = read.get(o.path());
      if (back == null || !back.value().equals(o.value())) {
        differ.add(o.path());
      }
    }
    List<String> problems = new ArrayList<>();
    for (String path : differ) {
      // Where a value is lost, every record around it differs too: name the value only.
      boolean inner =
          differ.stream().anyMatch(p -> p.startsWith(path + ".") || p.startsWith(path + "["));
      if (!inner) {
        Occurrence o = written.get(path);
        Occurrence back = read.get(path);
        problems.add(
            o.field() + ": JSON does not carry it: " + path + " is " + o.value() + ", read back as "
                + (back == null ? "nothing" : back.value()));
      }
    }
    for (Occurrence o : written.values()) {
      if (o.unwrapped() instanceof String && !json.contains(jsonString((String) o.unwrapped()))) {
        problems.add(
            o.field() + ": the JSON does not hold its text " + jsonString((String) o.unwrapped())
                + " (at " + o.path() + ")");
      }
    }
    assertNoProblems(problems);
    assertEquals(DOCUMENT, Formats.read(bytes));
  }

  @Test
  void theJsonSchemaDescribesEveryComponent() {
    Map<String, Set<String>> properties = schemaProperties();
    List<String> problems = new ArrayList<>();
    for (Field field : fields()) {
      String owner = typeName(field.owner());
      String definition =
          SCHEMA_NAMES.getOrDefault(owner, lowerFirst(field.owner().getSimpleName()));
      Set<String> names = properties.get(definition);
      if (names == null) {
        problems.add(
            field + ": the JSON Schema has no definition \"$defs/" + definition + "\" for "
                + owner + "; add one, or name the one that describes it in SCHEMA_NAMES here");
      } else if (!names.contains(field.name())) {
        problems.add(
            field + ": the JSON Schema's " + (definition.isEmpty() ? "root" : "\"$defs/"
                + definition + "\"") + " has no property \"" + field.name() + "\"");
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void theWalkReachesEveryTextLinkPersonDateAndRecord() {
    Set<String> reached = new HashSet<>();
    MinutesVisitor.walk(
        DOCUMENT,
        new MinutesVisitor() {
          @Override
          public boolean enter(String path, Record part) {
            reached.add(path);
            return true;
          }

          @Override
          public void text(String path, String text) {
            reached.add(path);
          }

          @Override
          public void date(String path, LocalDate date) {
            reached.add(path);
          }
        });
    List<String> problems = new ArrayList<>();
    for (Occurrence o : occurrences(DOCUMENT).values()) {
      List<String> paths = new ArrayList<>();
      if (o.value() instanceof List) {
        for (int i = 0; i < ((List<?>) o.value()).size(); i++) {
          paths.add(o.path() + "[" + i + "]");
        }
      } else if (o.unwrapped() instanceof String
          || o.unwrapped() instanceof LocalDate
          || o.unwrapped() instanceof Record) {
        paths.add(o.path());
      }
      // Numbers, flags, times and enumerations are none of the walk's business.
      for (String path : paths) {
        if (!reached.contains(path)) {
          problems.add(o.field() + ": MinutesVisitor.walk does not reach " + path);
        }
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void theHtmlAndPdfExportersShowEveryComponent() {
    Map<String, Occurrence> occurrences = occurrences(DOCUMENT);
    String html = Formats.html(DOCUMENT);
    Document page = Jsoup.parse(html);
    String pageText = Pages.text(page);
    Set<String> hrefs = new HashSet<>();
    for (Element link : page.select("a[href]")) {
      hrefs.add(link.attr("href"));
    }
    String pdfText = PdfText.visibleBody(PdfText.pdf(DOCUMENT, ExportOptions.defaults()));
    List<String> problems = new ArrayList<>();
    for (Occurrence o : occurrences.values()) {
      if (!o.isLeaf() || NOT_SHOWN.containsKey(o.field().toString())) {
        continue;
      }
      Object value = o.unwrapped();
      if (value instanceof String) {
        String text = (String) value;
        boolean address = o.field().toString().equals("LinkTarget.address");
        if (address ? !hrefs.contains(text) : !pageText.contains(Pages.normal(text))) {
          problems.add(o.field() + ": the HTML page does not show " + o.path() + " = " + text);
        }
        if (!pdfText.contains(PdfText.visible(text))) {
          problems.add(o.field() + ": the PDF does not show " + o.path() + " = " + text);
        }
      } else {
        // A number, flag, date, time or enumeration is shown if the page changes with it: its
        // text, or in HTML its markup (a numbered list is an <ol>, whose numbers the browser
        // draws). The change alone may break a rule that ties parts together (an open vote's
        // method without its ballots, a vote's choice against its totals): the changed document
        // is written without validation, since what matters here is only whether it shows.
        Minutes changed = ModelText.set(DOCUMENT, Map.of(o.path(), another(value)));
        String changedHtml =
            new String(written(Formats.HTML, changed), StandardCharsets.UTF_8);
        if (Jsoup.parse(changedHtml).body().html().equals(page.body().html())) {
          problems.add(
              o.field() + ": the HTML page's body stays the same when " + o.path() + " changes"
                  + " from " + value + " to " + another(value));
        }
        if (PdfText.visibleBody(written(PdfText.PDF, changed)).equals(pdfText)) {
          problems.add(
              o.field() + ": the PDF's text stays the same when " + o.path() + " changes from "
                  + value + " to " + another(value));
        }
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void everyComponentNotShownStillExists() {
    Set<String> fields = new HashSet<>();
    fields().forEach(field -> fields.add(field.toString()));
    for (String name : NOT_SHOWN.keySet()) {
      if (!fields.contains(name)) {
        fail(name + " is listed in NOT_SHOWN but is no component of the model any more");
      }
    }
  }

  /** What an exporter writes for the minutes, without validating them first. */
  private static byte[] written(MinutesExporter exporter, Minutes minutes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      exporter.write(minutes, ExportOptions.defaults(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Another valid value of the same type, for a document that differs in this value only. */
  private static Object another(Object value) {
    if (value instanceof Boolean) {
      return !(Boolean) value;
    }
    if (value instanceof Integer) {
      return (Integer) value + 1;
    }
    if (value instanceof LocalDate) {
      return ((LocalDate) value).plusDays(1);
    }
    if (value instanceof LocalTime) {
      return ((LocalTime) value).plusMinutes(1);
    }
    if (value instanceof Language) {
      return value.equals(Language.SWEDISH) ? Language.ENGLISH : Language.SWEDISH;
    }
    if (value instanceof Enum) {
      Object[] constants = value.getClass().getEnumConstants();
      return constants[(((Enum<?>) value).ordinal() + 1) % constants.length];
    }
    throw new AssertionError(
        "no other value of " + value.getClass().getName() + " known; teach another(...) one");
  }

  // ---------------------------------------------------------------------------------------------
  // The model, read by reflection

  /** Every record, sealed interface and enumeration reachable from {@link Minutes}. */
  static Set<Class<?>> modelTypes() {
    Set<Class<?>> types = new LinkedHashSet<>();
    Deque<Type> pending = new ArrayDeque<>(List.of(Minutes.class));
    while (!pending.isEmpty()) {
      Type type = pending.pop();
      if (type instanceof ParameterizedType) {
        pending.addAll(List.of(((ParameterizedType) type).getActualTypeArguments()));
      } else if (type instanceof Class<?>
          && ((Class<?>) type).getPackage() == Minutes.class.getPackage()
          && types.add((Class<?>) type)) {
        Class<?> c = (Class<?>) type;
        if (c.isSealed()) {
          pending.addAll(List.of(c.getPermittedSubclasses()));
        }
        if (c.isRecord()) {
          for (RecordComponent component : c.getRecordComponents()) {
            pending.add(component.getGenericType());
          }
        }
      }
    }
    return types;
  }

  /** Every component of every record of the model. */
  static List<Field> fields() {
    List<Field> fields = new ArrayList<>();
    for (Class<?> type : modelTypes()) {
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          fields.add(new Field(type, component.getName()));
        }
      }
    }
    return fields;
  }

  /** Every component's value in a document, by path, read by reflection (not by the walk). */
  static Map<String, Occurrence> occurrences(Minutes minutes) {
    Map<String, Occurrence> occurrences = new LinkedHashMap<>();
    components("", minutes, occurrences);
    return occurrences;
  }

  private static void components(String path, Record record, Map<String, Occurrence> out) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      String at = path.isEmpty() ? component.getName() : path + "." + component.getName();
      out.put(at, new Occurrence(at, new Field(record.getClass(), component.getName()), value));
      inside(at, value, out);
    }
  }

  private static void inside(String path, Object value, Map<String, Occurrence> out) {
    if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(v -> inside(path, v, out));
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        inside(path + "[" + i + "]", list.get(i), out);
      }
    } else if (value instanceof Record) {
      components(path, (Record) value, out);
    }
  }

  /** The property names of each definition of the JSON Schema; the root's under "". */
  static Map<String, Set<String>> schemaProperties() {
    Pattern property = Pattern.compile("(?:/\\$defs/([^/]+))?/properties/([^/]+)");
    Map<String, Set<String>> properties = new HashMap<>();
    try (InputStream in =
            ModelCompletenessTest.class.getResourceAsStream(
                "/io/github/minutes4j/json/minutes-1.schema.json");
        JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), in)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME) {
          Matcher m = property.matcher(parser.streamReadContext().pathAsPointer().toString());
          if (m.matches()) {
            properties
                .computeIfAbsent(m.group(1) == null ? "" : m.group(1), d -> new HashSet<>())
                .add(m.group(2));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static String typeName(Class<?> type) {
    return type.getEnclosingClass() == null
        ? type.getSimpleName()
        : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
  }

  private static String lowerFirst(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** A string as a JSON writer writes it (the document's texts need no other escapes). */
  private static String jsonString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static void assertNoProblems(List<String> problems) {
    if (!problems.isEmpty()) {
      fail(problems.size() + " problem(s):\n" + String.join("\n", problems));
    }
  }
}
