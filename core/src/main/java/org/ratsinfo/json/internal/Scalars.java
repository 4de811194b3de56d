package org.ratsinfo.json.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Text;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonStringFormatVisitor;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdScalarSerializer;
import tools.jackson.databind.type.LogicalType;

/**
 * The model's types that are JSON strings: its enums (the lowerCamelCase of the constant, read exactly),
 * {@link Text} (one string, paragraphs separated by a blank line) and {@link PaperType} (its name). They
 * are the model's own types, so they are registered by type for any use. Immutable and thread-safe.
 */
final class Scalars {

  private Scalars() {}

  /** The serializers of the model's string types. */
  static final class Writers implements Serializers {
    private static final ValueSerializer<?> TEXT = new StringWriter<>(Text.class, Text::asString);
    private static final ValueSerializer<?> PAPER_TYPE = new StringWriter<>(PaperType.class, PaperType::name);
    private final ClassValue<ValueSerializer<?>> enums = new ClassValue<>() {
      @Override
      protected ValueSerializer<?> computeValue(Class<?> type) {
        return new EnumWriter(type);
      }
    };

    @Override
    public @Nullable ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
        BeanDescription.Supplier beanDescRef, JsonFormat.@Nullable Value formatOverrides) {
      Class<?> raw = type.getRawClass();
      if (raw == Text.class) {
        return TEXT;
      }
      return raw == PaperType.class ? PAPER_TYPE : null;
    }

    @Override
    public @Nullable ValueSerializer<?> findEnumSerializer(SerializationConfig config, JavaType type,
        BeanDescription.Supplier beanDescRef, JsonFormat.@Nullable Value formatOverrides) {
      return ModelTypes.isEnum(type.getRawClass()) ? enums.get(type.getRawClass()) : null;
    }
  }

  /** The deserializers of the model's string types. */
  static final class Readers implements Deserializers {
    private static final ValueDeserializer<?> TEXT = new StringReader<>(Text.class, Text::of);
    private static final ValueDeserializer<?> PAPER_TYPE = new StringReader<>(PaperType.class, PaperType::of);
    private final ClassValue<ValueDeserializer<?>> enums = new ClassValue<>() {
      @Override
      protected ValueDeserializer<?> computeValue(Class<?> type) {
        return new EnumReader(type);
      }
    };

    @Override
    public @Nullable ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription.Supplier beanDescRef) {
      return ModelTypes.isEnum(type.getRawClass()) ? enums.get(type.getRawClass()) : null;
    }

    @Override
    public @Nullable ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription.Supplier beanDescRef) {
      Class<?> raw = type.getRawClass();
      if (raw == Text.class) {
        return TEXT;
      }
      return raw == PaperType.class ? PAPER_TYPE : null;
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return valueType == Text.class || valueType == PaperType.class || ModelTypes.isEnum(valueType);
    }
  }

  /** Writes a value as the string a function makes of it. */
  private static final class StringWriter<T> extends StdScalarSerializer<T> {
    private final Function<T, String> text;

    StringWriter(Class<T> type, Function<T, String> text) {
      super(type);
      this.text = text;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      g.writeString(text.apply(value));
    }
  }

  /** Reads a value from a string, never from another JSON type. */
  private static final class StringReader<T> extends StdScalarDeserializer<T> {
    private final Function<String, T> make;

    StringReader(Class<T> type, Function<String, T> make) {
      super(type);
      this.make = make;
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Textual;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (T) ctxt.handleUnexpectedToken(handledType(), p);
      }
      return make.apply(p.getString());
    }
  }

  /** Writes an enum constant as the lowerCamelCase of its name. */
  private static final class EnumWriter extends StdScalarSerializer<Object> {
    private final String[] names;

    EnumWriter(Class<?> type) {
      super(type, false);
      Object[] constants = type.getEnumConstants();
      names = new String[constants.length];
      for (Object constant : constants) {
        names[((Enum<?>) constant).ordinal()] = ModelTypes.camel(((Enum<?>) constant).name());
      }
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializationContext ctxt) {
      g.writeString(names[((Enum<?>) value).ordinal()]);
    }

    @Override
    public void acceptJsonFormatVisitor(JsonFormatVisitorWrapper visitor, JavaType typeHint) {
      JsonStringFormatVisitor strings = visitor.expectStringFormat(typeHint);
      if (strings != null) {
        strings.enumTypes(new LinkedHashSet<>(java.util.Arrays.asList(names)));
      }
    }
  }

  /** Reads an enum constant from the lowerCamelCase of its name, matched exactly. */
  private static final class EnumReader extends StdScalarDeserializer<Object> {
    private final Map<String, Object> constants;
    private final String allowed;

    EnumReader(Class<?> type) {
      super(type);
      Map<String, Object> byName = new LinkedHashMap<>();
      for (Object constant : type.getEnumConstants()) {
        byName.put(ModelTypes.camel(((Enum<?>) constant).name()), constant);
      }
      allowed = String.join(", ", byName.keySet());
      constants = Map.copyOf(byName);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Enum;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return ctxt.handleUnexpectedToken(handledType(), p);
      }
      String name = p.getString();
      Object constant = constants.get(name);
      if (constant == null) {
        throw new ValueFormatException(p, name, handledType(), "unknownValue", JsonMessages.quote(name),
            allowed);
      }
      return constant;
    }
  }
}
