package io.github.minutes4j.spring.autoconfigure;

import io.github.minutes4j.core.spi.FormatProvider;
import io.github.minutes4j.core.spi.FormatRegistry;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.spi.MinutesReader;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.ResolvableType;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the application has no {@code FormatRegistry} of one kind of provider. {@code
 * ConditionalOnMissingBean} compares the raw type only, so an application's exporter registry
 * would otherwise make the reader registry back off too.
 */
abstract class MissingRegistryCondition extends SpringBootCondition {

  private final Class<? extends FormatProvider> kind;

  MissingRegistryCondition(Class<? extends FormatProvider> kind) {
    this.kind = kind;
  }

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    ResolvableType type = ResolvableType.forClassWithGenerics(FormatRegistry.class, kind);
    List<String> names = List.of(context.getBeanFactory().getBeanNamesForType(type, true, false));
    String what = "FormatRegistry<" + kind.getSimpleName() + ">";
    return names.isEmpty()
        ? ConditionOutcome.match("no " + what + " bean")
        : ConditionOutcome.noMatch("the application defines " + what + " " + names);
  }

  static final class Exporters extends MissingRegistryCondition {
    Exporters() {
      super(MinutesExporter.class);
    }
  }

  static final class Readers extends MissingRegistryCondition {
    Readers() {
      super(MinutesReader.class);
    }
  }
}
