package io.github.minutes4j.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.LinkTarget;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Optional;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** The Jackson module of format {@code minutes4j/1}. */
final class MinutesModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  MinutesModule() {
    super("minutes4j-json");
    MixIns.ALL.forEach(this::setMixInAnnotation);
    setDeserializers(new SimpleDeserializers() {
      private static final long serialVersionUID = 1L;

      @Override
      public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
          BeanDescription.Supplier beanDesc) {
        ValueDeserializer<?> own = super.findBeanDeserializer(type, config, beanDesc);
        return own == null && RecordReader.applies(type.getRawClass())
            ? new RecordReader(type.getRawClass()) : own;
      }
    });
    addDeserializer(Language.class, Codecs.LANGUAGES);
    addDeserializer(LocalDate.class, Codecs.DATES);
    addDeserializer(LocalTime.class, Codecs.TIMES);
    // java.time would write 10:00 as 10:00:00; a language's toString is its tag.
    addSerializer(LocalDate.class, ToStringSerializer.instance);
    addSerializer(LocalTime.class, ToStringSerializer.instance);
    addSerializer(LinkTarget.class, Codecs.writer(LinkTarget.class));
    addSerializer(Affiliation.NetworkMember.class, Codecs.writer(Affiliation.class));
    addSerializer(Affiliation.Role.class, Codecs.writer(Affiliation.class));
    addSerializer(Language.class, ToStringSerializer.instance);
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addHandler(new BadNames());
    context.insertAnnotationIntrospector(new Names());
  }

  /**
   * The enums by {@link JsonFormat#nameOf}; a list or flag that is not always written is left out
   * when empty or false; a record's properties are its components only (not {@code
   * isRecorded()}).
   */
  private static final class Names extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public String[] findEnumValues(MapperConfig<?> config, AnnotatedClass annotated,
        Enum<?>[] values, String[] names) {
      for (int i = 0; i < values.length; i++) {
        names[i] = JsonFormat.nameOf(values[i]);
      }
      return names;
    }

    @Override
    public boolean hasIgnoreMarker(MapperConfig<?> config, AnnotatedMember member) {
      return member instanceof AnnotatedMethod method && method.getDeclaringClass().isRecord()
          && Arrays.stream(method.getDeclaringClass().getRecordComponents())
              .noneMatch(c -> c.getAccessor().equals(method.getAnnotated()));
    }

    @Override
    public JsonInclude.Value findPropertyInclusion(MapperConfig<?> config, Annotated a) {
      return a instanceof AnnotatedMember member && member.getDeclaringClass().isRecord()
          && a.getRawType() != Optional.class
          && !JsonFormat.written(member.getDeclaringClass(), member.getName(), a.getRawType())
          ? JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT, null)
          : JsonInclude.Value.empty();
    }
  }

  /** A bad name of an enum: the nearest name, and all of them. */
  private static final class BadNames extends DeserializationProblemHandler {
    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> target,
        String value, String failure) {
      if (target.isEnum()) {
        throw new ReadProblem(ctxt.getParser(), Wording.unknownValue(
            Wording.words(target.getSimpleName()), value, Wording.names(target)));
      }
      return NOT_HANDLED;
    }
  }
}
