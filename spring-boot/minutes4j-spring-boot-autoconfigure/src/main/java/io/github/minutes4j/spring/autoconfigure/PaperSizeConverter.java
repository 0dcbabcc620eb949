package io.github.minutes4j.spring.autoconfigure;

import io.github.minutes4j.core.format.PageSize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

/**
 * Binds {@code minutes4j.paper-size}: a size in any case with spaces around it, and an empty value
 * (as {@code minutes4j.paper-size=${PAPER_SIZE:}} gives) as the default, A4. Spring Boot's own
 * conversion left an empty value unbound ("The elements [minutes4j.paper-size] were left
 * unbound") and refused an unknown size with Java's "No enum constant ...PageSize.A5"; this says
 * which property, which value and which sizes there are. It converts only the property marked
 * {@link Property}, so a {@code PageSize} elsewhere in the application (a request parameter) keeps
 * Spring's conversion and is not told about {@code minutes4j.paper-size}.
 */
final class PaperSizeConverter implements ConditionalGenericConverter {

  /** Marks the field of {@code minutes4j.paper-size} in {@link Minutes4jProperties}. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  @interface Property {}

  /** The size of an empty value: the default of the property (its metadata shows it). */
  static final PageSize DEFAULT = PageSize.A4;

  @Override
  public Set<ConvertiblePair> getConvertibleTypes() {
    return Set.of(new ConvertiblePair(String.class, PageSize.class));
  }

  @Override
  public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
    return targetType.hasAnnotation(Property.class);
  }

  @Override
  public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
    String value = source == null ? "" : source.toString().strip();
    if (value.isEmpty()) {
      return DEFAULT;
    }
    for (PageSize size : PageSize.values()) {
      if (size.name().equalsIgnoreCase(value)) {
        return size;
      }
    }
    // Without a cause: Spring Boot's start-up report gives a binding failure's root cause as its
    // reason.
    throw new IllegalArgumentException(
        "minutes4j.paper-size: '"
            + value
            + "' is not a paper size minutes4j has; write "
            + sizes()
            + " (in any case), or leave it empty for "
            + DEFAULT);
  }

  /** The sizes there are, such as "A4 or LETTER". */
  private static String sizes() {
    List<String> names = Arrays.stream(PageSize.values()).map(PageSize::name).toList();
    int last = names.size() - 1;
    return last == 0
        ? names.get(0)
        : String.join(", ", names.subList(0, last)) + " or " + names.get(last);
  }
}
