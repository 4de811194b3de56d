package org.ratsinfo.json.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.json.internal.ModelTypes.Component;
import tools.jackson.core.Version;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.introspect.AnnotatedField;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.AnnotatedParameter;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.jsontype.NamedType;

/**
 * Tells Jackson's data binding the native format of the model's records, in place of annotations the
 * model does not carry, and only for the model's own types (see {@link ModelTypes}): each component
 * is a property of its own name, explicitly, so that a mapper's naming strategy does not rename it;
 * properties are written in component order, absent values and empty lists left out; the canonical
 * constructor makes the record; a required component that is absent or {@code null} and a {@code null}
 * element of a list are errors; date-times and dates have the format's own (de)serializers; a sealed
 * interface's value names its kind in {@code "type"}. Immutable and thread-safe.
 */
final class ModelIntrospector extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  private static final JsonInclude.Value NON_NULL =
      JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS);
  private static final JsonInclude.Value NON_EMPTY =
      JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS);
  private static final JsonSetter.Value REQUIRED = JsonSetter.Value.forValueNulls(Nulls.FAIL);
  private static final JsonSetter.Value NO_NULL_ELEMENTS = JsonSetter.Value.forContentNulls(Nulls.FAIL);

  @Override
  public Version version() {
    return RatsinfoVersion.VERSION;
  }

  // -----------------------------------------------------------------------------------------------
  // Which component a member stands for

  /** The record component an annotated member of a model record stands for, or {@code null}. */
  private static @Nullable Component component(Annotated annotated) {
    if (!(annotated instanceof AnnotatedMember member) || !ModelTypes.isRecord(member.getDeclaringClass())) {
      return null;
    }
    Class<?> record = member.getDeclaringClass();
    if (member instanceof AnnotatedParameter parameter) {
      if (parameter.getOwner() instanceof AnnotatedConstructor constructor && isCanonical(constructor)) {
        return ModelTypes.components(record).get(parameter.getIndex());
      }
      return null;
    }
    if (member instanceof AnnotatedMethod method && method.getParameterCount() != 0 || member.isStatic()) {
      return null;
    }
    if (member instanceof AnnotatedMethod || member instanceof AnnotatedField) {
      return ModelTypes.component(record, member.getName());
    }
    return null;
  }

  private static boolean isCanonical(AnnotatedConstructor constructor) {
    List<Component> components = ModelTypes.components(constructor.getDeclaringClass());
    if (constructor.getParameterCount() != components.size()) {
      return false;
    }
    for (int i = 0; i < components.size(); i++) {
      if (constructor.getRawParameterType(i) != components.get(i).type()) {
        return false;
      }
    }
    return true;
  }

  // -----------------------------------------------------------------------------------------------
  // Names, order, creator

  @Override
  public @Nullable PropertyName findNameForSerialization(MapperConfig<?> config, Annotated a) {
    Component c = component(a);
    return c == null || a instanceof AnnotatedParameter ? null : PropertyName.construct(c.name());
  }

  @Override
  public @Nullable PropertyName findNameForDeserialization(MapperConfig<?> config, Annotated a) {
    Component c = component(a);
    return c == null ? null : PropertyName.construct(c.name());
  }

  @Override
  public JsonCreator.@Nullable Mode findCreatorAnnotation(MapperConfig<?> config, Annotated a) {
    if (a instanceof AnnotatedConstructor constructor && ModelTypes.isRecord(constructor.getDeclaringClass())
        && isCanonical(constructor)) {
      return JsonCreator.Mode.PROPERTIES;
    }
    return null;
  }

  @Override
  public String @Nullable [] findSerializationPropertyOrder(MapperConfig<?> config, AnnotatedClass ac) {
    return ModelTypes.isRecord(ac.getRawType()) ? ModelTypes.componentNames(ac.getRawType()) : null;
  }

  /** Only components are written: a method that merely looks like a getter is not part of the format. */
  @Override
  public boolean hasIgnoreMarker(MapperConfig<?> config, AnnotatedMember m) {
    return config instanceof SerializationConfig && m instanceof AnnotatedMethod
        && ModelTypes.isRecord(m.getDeclaringClass()) && !m.isStatic() && component(m) == null;
  }

  // -----------------------------------------------------------------------------------------------
  // Absent values

  @Override
  public JsonInclude.@Nullable Value findPropertyInclusion(MapperConfig<?> config, Annotated a) {
    Component c = component(a);
    if (c == null) {
      return null;
    }
    return c.list() ? NON_EMPTY : NON_NULL;
  }

  @Override
  public JsonSetter.@Nullable Value findSetterInfo(MapperConfig<?> config, Annotated a) {
    Component c = component(a);
    if (c == null) {
      return null;
    }
    if (c.list()) {
      return NO_NULL_ELEMENTS;
    }
    return c.required() ? REQUIRED : null;
  }

  // -----------------------------------------------------------------------------------------------
  // Kinds of a sealed interface

  @Override
  public JsonTypeInfo.@Nullable Value findPolymorphicTypeInfo(MapperConfig<?> config, Annotated a) {
    if (a instanceof AnnotatedClass ac && ModelTypes.isSealed(ac.getRawType())) {
      return JsonTypeInfo.Value.construct(JsonTypeInfo.Id.NAME, JsonTypeInfo.As.PROPERTY,
          ModelTypes.TYPE_PROPERTY, null, false, Boolean.TRUE, null);
    }
    return null;
  }

  @Override
  public @Nullable List<NamedType> findSubtypes(MapperConfig<?> config, Annotated a) {
    if (a instanceof AnnotatedClass ac && ModelTypes.isSealed(ac.getRawType())) {
      List<NamedType> kinds = new ArrayList<>();
      for (Map.Entry<String, Class<?>> kind : ModelTypes.kinds(ac.getRawType()).entrySet()) {
        kinds.add(new NamedType(kind.getValue(), kind.getKey()));
      }
      return kinds;
    }
    return null;
  }

  @Override
  public @Nullable String findTypeName(MapperConfig<?> config, AnnotatedClass ac) {
    return ModelTypes.isKind(ac.getRawType()) ? ModelTypes.kindName(ac.getRawType()) : null;
  }

  // -----------------------------------------------------------------------------------------------
  // Date-times and dates: the format's own, whatever the mapper's java.time settings

  @Override
  public @Nullable Object findSerializer(MapperConfig<?> config, Annotated a) {
    return component(a) == null ? null : Temporals.serializer(a.getRawType());
  }

  @Override
  public @Nullable Object findContentSerializer(MapperConfig<?> config, Annotated a) {
    return component(a) == null ? null : Temporals.serializer(contentType(a));
  }

  @Override
  public @Nullable Object findDeserializer(MapperConfig<?> config, Annotated a) {
    return component(a) == null ? null : Temporals.deserializer(a.getRawType());
  }

  @Override
  public @Nullable Object findContentDeserializer(MapperConfig<?> config, Annotated a) {
    return component(a) == null ? null : Temporals.deserializer(contentType(a));
  }

  private static @Nullable Class<?> contentType(Annotated a) {
    JavaType type = a.getType();
    JavaType content = type == null ? null : type.getContentType();
    return content == null ? null : content.getRawClass();
  }
}
