package io.github.minutes4j.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.LinkTarget;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.AbstractDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedParameter;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.std.ToStringSerializer;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.ReferenceType;

/**
 * The Jackson module of format {@code minutes4j/1}: the {@link MixIns}, the {@link Codecs} for
 * values, {@link TypeFirst} for objects that name their kind, "did you mean" for unknown
 * properties, and the rule that every component of the model that is not {@code Optional} is
 * required.
 */
final class MinutesModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  MinutesModule() {
    super("minutes4j-json");
    MixIns.ALL.forEach(this::setMixInAnnotation);
    setDeserializers(new SimpleDeserializers() {
      private static final long serialVersionUID = 1L;

      @Override
      @SuppressWarnings({"unchecked", "rawtypes"})
      public ValueDeserializer<?> findEnumDeserializer(
          JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
        return new Codecs.EnumReader(type.getRawClass());
      }

      @Override
      public ValueDeserializer<?> findReferenceDeserializer(ReferenceType type,
          DeserializationConfig config, BeanDescription.Supplier beanDesc,
          TypeDeserializer contentTypeDeserializer, ValueDeserializer<?> contentDeserializer) {
        return type.getRawClass() == Optional.class
            ? new Codecs.OptionalReader(type.getContentType(), null)
            : null;
      }
    });
    addDeserializer(String.class, Codecs.TEXT);
    addDeserializer(boolean.class, Codecs.BOOLEAN);
    addDeserializer(int.class, Codecs.INT);
    addDeserializer(LocalDate.class, Codecs.DATES);
    addDeserializer(LocalTime.class, Codecs.TIMES);
    addDeserializer(LinkTarget.class, Codecs.LINK_TARGETS);
    addDeserializer(Affiliation.class, Codecs.AFFILIATIONS);
    addDeserializer(Language.class, Codecs.LANGUAGES);
    addSerializer(LocalDate.class, ToStringSerializer.instance);
    addSerializer(LocalTime.class, ToStringSerializer.instance);
    addSerializer(LinkTarget.class, Codecs.LINK_TARGET_WRITER);
    addSerializer(Affiliation.NetworkMember.class, Codecs.AFFILIATION_WRITER);
    addSerializer(Affiliation.Role.class, Codecs.AFFILIATION_WRITER);
    addSerializer(Enum.class, Codecs.ENUMS);
    addSerializer(Language.class, Codecs.LANGUAGE_WRITER);
    setSerializerModifier(new ValueSerializerModifier() {
      private static final long serialVersionUID = 1L;

      /** A record's components are its properties, nothing else (such as isRecorded()). */
      @Override
      public List<BeanPropertyWriter> changeProperties(SerializationConfig config,
          BeanDescription.Supplier beanDesc, List<BeanPropertyWriter> properties) {
        Class<?> type = beanDesc.getBeanClass();
        if (!type.isRecord()) {
          return properties;
        }
        List<BeanPropertyWriter> components = new ArrayList<>();
        for (BeanPropertyWriter property : properties) {
          if (Wording.componentType(type, property.getName()) != null) {
            components.add(property);
          }
        }
        return components;
      }
    });
    setDeserializerModifier(new ValueDeserializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
          BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
        Class<?> type = beanDesc.getBeanClass();
        boolean bean = deserializer instanceof BeanDeserializerBase
            || deserializer instanceof AbstractDeserializer;
        return bean && TypeFirst.applies(type) ? new TypeFirst(deserializer, type) : deserializer;
      }

      @Override
      public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config,
          CollectionType type, BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
        return new Codecs.EmptyWhenAbsent(deserializer, type.getContentType().getRawClass());
      }
    });
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addHandler(new UnknownProperties());
    context.insertAnnotationIntrospector(new RequiredUnlessOptional());
  }

  /**
   * Every component of the model's records is required, unless it is optional by {@link
   * JsonFormat#required}; an optional list or flag is written only when not empty or false.
   */
  private static final class RequiredUnlessOptional extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public Boolean hasRequiredMarker(MapperConfig<?> config, AnnotatedMember member) {
      Class<?> owner = member.getDeclaringClass();
      if (!owner.isRecord() || !owner.getName().startsWith("io.github.minutes4j.core.")) {
        return null;
      }
      String name = member.getName();
      if (member instanceof AnnotatedParameter parameter) {
        RecordComponent[] components = owner.getRecordComponents();
        if (parameter.getOwner().getParameterCount() != components.length) {
          return null; // not the canonical constructor, which databind reads records with
        }
        name = components[parameter.getIndex()].getName();
      }
      return JsonFormat.required(owner, name, member.getRawType());
    }

    @Override
    public JsonInclude.Value findPropertyInclusion(MapperConfig<?> config, Annotated a) {
      return optionalListOrFlag(config, a)
          ? JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT, null)
          : JsonInclude.Value.empty();
    }

    /** An optional list or flag reads as empty or false when absent ({@link Codecs}). */
    @Override
    public JsonSetter.Value findSetterInfo(MapperConfig<?> config, Annotated a) {
      return optionalListOrFlag(config, a)
          ? JsonSetter.Value.forValueNulls(Nulls.SET)
          : JsonSetter.Value.empty();
    }

    private boolean optionalListOrFlag(MapperConfig<?> config, Annotated a) {
      return a instanceof AnnotatedMember && a.getRawType() != Optional.class
          && Boolean.FALSE.equals(hasRequiredMarker(config, (AnnotatedMember) a));
    }
  }

  /** An unknown property fails at its name, with the known ones and the closest of them. */
  private static final class UnknownProperties extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
        ValueDeserializer<?> deserializer, Object beanOrClass, String name) {
      Class<?> owner = beanOrClass instanceof Class ? (Class<?>) beanOrClass
          : beanOrClass.getClass();
      List<String> known = new ArrayList<>();
      for (Object property : deserializer.getKnownPropertyNames()) {
        known.add(property.toString());
      }
      JsonParser document = ctxt.getParser();
      String pointer = ReadProblem.pointer(document);
      if (document != p) {
        // Databind kept the property to handle it after the object: the document's parser is
        // at the object's end.
        pointer += "/" + name.replace("~", "~0").replace("/", "~1");
      }
      throw new ReadProblem(pointer, ReadProblem.Place.NAME,
          ReadProblem.offset(document.currentTokenLocation()),
          Wording.unknownProperty(name, owner, known));
    }
  }
}
