package org.ratsinfo.json.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.ItemContent;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.TextContent;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/** The codecs of the model types, built once per type from the records' components. */
final class Codecs {

  /** The package whose types the format covers. */
  static final String MODEL_PACKAGE = "org.ratsinfo.model";

  /** The discriminator property of {@link ItemContent}. */
  static final String TYPE_PROPERTY = "type";

  /** The logical names of the kinds of {@link ItemContent}. */
  private static final Map<Class<?>, String> CONTENT_NAMES =
      Map.of(Inquiry.class, "inquiry", TextContent.class, "text");

  private static final Map<Class<?>, Codec> CACHE = new ConcurrentHashMap<>();

  private Codecs() {}

  /**
   * The codec of a model type that may be a document's root: a record of the model package.
   *
   * @throws IllegalArgumentException for any other type
   */
  static Codec root(Class<?> type) {
    if (!type.isRecord() || !MODEL_PACKAGE.equals(type.getPackageName())) {
      throw new IllegalArgumentException("not a record of " + MODEL_PACKAGE + ": " + type.getName());
    }
    Codec codec = CACHE.get(type);
    if (codec != null) {
      return codec;
    }
    synchronized (Codecs.class) {
      Map<Class<?>, Codec> building = new HashMap<>(CACHE);
      codec = build(type, building);
      CACHE.putAll(building);
      return codec;
    }
  }

  private static Codec build(Type type, Map<Class<?>, Codec> building) {
    if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
      return new ListCodec(build(parameterized.getActualTypeArguments()[0], building));
    }
    if (!(type instanceof Class<?> c)) {
      throw new IllegalArgumentException("unsupported type " + type);
    }
    Codec known = building.get(c);
    if (known != null) {
      return known;
    }
    Codec codec;
    if (c == String.class) {
      codec = StringCodec.INSTANCE;
    } else if (c == int.class || c == Integer.class) {
      codec = IntCodec.INSTANCE;
    } else if (c == boolean.class || c == Boolean.class) {
      codec = BooleanCodec.INSTANCE;
    } else if (c == Text.class) {
      codec = TextCodec.INSTANCE;
    } else if (c == PaperType.class) {
      codec = PaperTypeCodec.INSTANCE;
    } else if (c == ZonedDateTime.class) {
      codec = ZonedDateTimeCodec.INSTANCE;
    } else if (c == LocalDate.class) {
      codec = LocalDateCodec.INSTANCE;
    } else if (c.isEnum() && MODEL_PACKAGE.equals(c.getPackageName())) {
      codec = new EnumCodec(c);
    } else if (c == ItemContent.class) {
      SealedCodec sealed = new SealedCodec();
      building.put(c, sealed);
      sealed.init(building);
      codec = sealed;
    } else if (c.isRecord() && MODEL_PACKAGE.equals(c.getPackageName())) {
      RecordCodec record = new RecordCodec(c);
      building.put(c, record);
      record.init(building);
      codec = record;
    } else {
      throw new IllegalArgumentException("unsupported type " + c.getName());
    }
    building.put(c, codec);
    return codec;
  }

  /** lowerCamelCase of an enum constant's name: {@code NON_PUBLIC} is {@code nonPublic}. */
  static String camel(String constant) {
    StringBuilder out = new StringBuilder(constant.length());
    boolean upper = false;
    for (char c : constant.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
        upper = false;
      }
    }
    return out.toString();
  }

  private static String expectString(JsonParser p, String kind) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Failures.wrongType(p, kind);
    }
    return p.getString();
  }

  /** A record: an object of its components, in component order; absent and empty values omitted. */
  static final class RecordCodec extends Codec {

    /** One record component. */
    private record Component(String name, int index, Method accessor, Codec codec, boolean primitive) {}

    private final Class<?> type;
    private @Nullable Constructor<?> constructor;
    private Component[] components = new Component[0];
    private Map<String, Component> byName = Map.of();
    private String known = "";

    RecordCodec(Class<?> type) {
      this.type = type;
    }

    void init(Map<Class<?>, Codec> building) {
      RecordComponent[] recordComponents = type.getRecordComponents();
      if (recordComponents.length > Long.SIZE) {
        throw new IllegalArgumentException("too many components: " + type.getName());
      }
      Component[] list = new Component[recordComponents.length];
      Map<String, Component> names = new LinkedHashMap<>();
      Class<?>[] parameterTypes = new Class<?>[recordComponents.length];
      for (int i = 0; i < recordComponents.length; i++) {
        RecordComponent rc = recordComponents[i];
        parameterTypes[i] = rc.getType();
        list[i] = new Component(rc.getName(), i, rc.getAccessor(), build(rc.getGenericType(), building),
            rc.getType().isPrimitive());
        names.put(rc.getName(), list[i]);
      }
      try {
        constructor = type.getDeclaredConstructor(parameterTypes);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor: " + type.getName(), e);
      }
      components = list;
      byName = Map.copyOf(names);
      known = String.join(", ", names.keySet());
    }

    @Override
    String kind() {
      return "kind.object";
    }

    @Override
    void write(JsonGenerator g, Object value) {
      g.writeStartObject();
      writeProperties(g, value);
      g.writeEndObject();
    }

    /** Writes the properties of a value, without the braces. */
    void writeProperties(JsonGenerator g, Object value) {
      for (Component c : components) {
        Object v;
        try {
          v = c.accessor.invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + c.name, e);
        }
        if (v != null && !c.codec.omitted(v)) {
          g.writeName(c.name);
          c.codec.write(g, v);
        }
      }
    }

    @Override
    Object read(JsonParser p) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw Failures.wrongType(p, "kind.object");
      }
      TokenStreamLocation start = p.currentTokenLocation();
      return readProperties(p, start, p.nextName());
    }

    /**
     * Reads the properties of an object from the given property name (the parser is on it) to the end
     * of the object, and makes the record.
     */
    Object readProperties(JsonParser p, TokenStreamLocation start, @Nullable String firstName) {
      Object[] values = new Object[components.length];
      long seen = 0;
      for (String name = firstName; name != null; name = p.nextName()) {
        Component c = byName.get(name);
        if (c == null) {
          throw Failures.at(p, Problem.UNKNOWN_PROPERTY, "unknownProperty", Failures.quote(name), known);
        }
        long bit = 1L << c.index;
        if ((seen & bit) != 0) {
          throw Failures.at(p, Problem.DUPLICATE_PROPERTY, "duplicateProperty", Failures.quote(name));
        }
        seen |= bit;
        JsonToken token = p.nextToken();
        if (token == JsonToken.VALUE_NULL) {
          if (c.primitive) {
            throw Failures.wrongType(p, c.codec.kind());
          }
        } else {
          values[c.index] = c.codec.read(p);
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw Failures.at(p, Problem.SYNTAX, "syntax");
      }
      return finish(p, start, values, seen);
    }

    /** The codec of a component, or {@code null} if the record has no component of that name. */
    @Nullable Codec componentCodec(String name) {
      Component c = byName.get(name);
      return c == null ? null : c.codec;
    }

    /** The names of the components, in order. */
    List<String> componentNames() {
      List<String> names = new ArrayList<>(components.length);
      for (Component c : components) {
        names.add(c.name);
      }
      return names;
    }

    /**
     * Makes the record of values read by name (the parser is on the end of the object); absent names
     * are absent values.
     */
    Object make(JsonParser p, TokenStreamLocation start, Map<String, Object> valuesByName) {
      Object[] values = new Object[components.length];
      long seen = 0;
      for (Component c : components) {
        if (valuesByName.containsKey(c.name)) {
          values[c.index] = valuesByName.get(c.name);
          seen |= 1L << c.index;
        }
      }
      return finish(p, start, values, seen);
    }

    private Object finish(JsonParser p, TokenStreamLocation start, Object[] values, long seen) {
      for (Component c : components) {
        if (c.primitive && (seen & (1L << c.index)) == 0) {
          throw missing(p, start, c.name, null);
        }
      }
      return construct(p, start, values);
    }

    private Object construct(JsonParser p, TokenStreamLocation start, Object[] values) {
      Constructor<?> canonical = constructor;
      if (canonical == null) {
        throw new IllegalStateException("not initialised: " + type.getName());
      }
      try {
        return canonical.newInstance(values);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof NullPointerException npe && npe.getMessage() != null
            && byName.containsKey(npe.getMessage())) {
          throw missing(p, start, npe.getMessage(), npe);
        }
        if (cause instanceof RuntimeException) {
          throw Failures.at(Failures.pathAt(p), start, cause, Problem.INVALID_VALUE, "invalidObject",
              type.getSimpleName());
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException("cannot make " + type.getName(), e);
      } catch (ReflectiveOperationException | IllegalArgumentException e) {
        throw new IllegalStateException("cannot make " + type.getName(), e);
      }
    }

    private ReadFailure missing(JsonParser p, TokenStreamLocation start, String name,
        @Nullable Throwable cause) {
      return Failures.at(Failures.pathAt(p) + Failures.segment(name), start, cause,
          Problem.MISSING_PROPERTY, "missingProperty", name);
    }
  }

  /**
   * The document that is one of two record types, told apart by a property only the first has: read
   * in one pass with the union of both types' properties, then made into the first type if that
   * property occurs, else into the second. Property order does not matter.
   */
  static final class ChoiceCodec extends Codec {
    private final RecordCodec withProperty;
    private final RecordCodec otherwise;
    private final String property;
    private final Map<String, Codec> union;
    private final String known;

    ChoiceCodec(RecordCodec withProperty, String property, RecordCodec otherwise) {
      this.withProperty = withProperty;
      this.otherwise = otherwise;
      this.property = property;
      Map<String, Codec> codecs = new LinkedHashMap<>();
      for (RecordCodec type : List.of(withProperty, otherwise)) {
        for (String name : type.componentNames()) {
          Codec codec = type.componentCodec(name);
          Codec other = codecs.putIfAbsent(name, codec);
          if (other != null && other != codec) {
            throw new IllegalArgumentException("property " + name + " differs between the types");
          }
        }
      }
      if (otherwise.componentCodec(property) != null || withProperty.componentCodec(property) == null) {
        throw new IllegalArgumentException("property " + property + " does not tell the types apart");
      }
      this.union = Map.copyOf(codecs);
      this.known = String.join(", ", codecs.keySet());
    }

    @Override
    String kind() {
      return "kind.object";
    }

    @Override
    void write(JsonGenerator g, Object value) {
      throw new UnsupportedOperationException("write the value with the codec of its type");
    }

    @Override
    Object read(JsonParser p) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw Failures.wrongType(p, "kind.object");
      }
      TokenStreamLocation start = p.currentTokenLocation();
      Map<String, Object> values = new HashMap<>();
      Map<String, Boolean> seen = new HashMap<>();
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        Codec codec = union.get(name);
        if (codec == null) {
          throw Failures.at(p, Problem.UNKNOWN_PROPERTY, "unknownProperty", Failures.quote(name), known);
        }
        if (seen.put(name, Boolean.TRUE) != null) {
          throw Failures.at(p, Problem.DUPLICATE_PROPERTY, "duplicateProperty", Failures.quote(name));
        }
        if (p.nextToken() != JsonToken.VALUE_NULL) {
          values.put(name, codec.read(p));
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw Failures.at(p, Problem.SYNTAX, "syntax");
      }
      RecordCodec type = seen.containsKey(property) ? withProperty : otherwise;
      return type.make(p, start, values);
    }
  }

  /**
   * The codec of a document that is either of two model record types, the first told by a property the
   * second does not have.
   */
  static Codec choice(Class<?> withProperty, String property, Class<?> otherwise) {
    return new ChoiceCodec((RecordCodec) root(withProperty), property, (RecordCodec) root(otherwise));
  }

  /**
   * {@link ItemContent}: the record of its kind, named by a discriminator {@code "type"} that is
   * written first and read wherever it stands. The kinds' properties are read in one pass with the
   * codecs of all kinds (their names do not clash), and then checked against the kind named.
   */
  static final class SealedCodec extends Codec {

    private Map<Class<?>, String> names = Map.of();
    private Map<String, RecordCodec> codecs = Map.of();
    private Map<String, Codec> union = Map.of();
    private String allowed = "";
    private String known = "";

    void init(Map<Class<?>, Codec> building) {
      Map<String, RecordCodec> byName = new LinkedHashMap<>();
      for (Class<?> kind : ItemContent.class.getPermittedSubclasses()) {
        String name = CONTENT_NAMES.get(kind);
        if (name == null) {
          throw new IllegalStateException("no JSON name for " + kind.getName());
        }
        byName.put(name, (RecordCodec) build(kind, building));
      }
      names = CONTENT_NAMES;
      codecs = Map.copyOf(byName);
      allowed = String.join(", ", byName.keySet());
    }

    /** The codecs of every kind's properties by name; built on first read, when all codecs exist. */
    private Map<String, Codec> union() {
      Map<String, Codec> u = union;
      if (u.isEmpty()) {
        Map<String, Codec> all = new LinkedHashMap<>();
        for (RecordCodec kind : codecs.values()) {
          for (String name : kind.componentNames()) {
            Codec codec = kind.componentCodec(name);
            Codec other = all.putIfAbsent(name, codec);
            if (other != null && other != codec || TYPE_PROPERTY.equals(name)) {
              throw new IllegalStateException("content kinds clash on property " + name);
            }
          }
        }
        u = Map.copyOf(all);
        known = TYPE_PROPERTY + ", " + String.join(", ", all.keySet());
        union = u;
      }
      return u;
    }

    @Override
    String kind() {
      return "kind.object";
    }

    @Override
    void write(JsonGenerator g, Object value) {
      String name = names.get(value.getClass());
      RecordCodec codec = name == null ? null : codecs.get(name);
      if (codec == null) {
        throw new IllegalArgumentException("unknown content " + value.getClass().getName());
      }
      g.writeStartObject();
      g.writeName(TYPE_PROPERTY);
      g.writeString(name);
      codec.writeProperties(g, value);
      g.writeEndObject();
    }

    @Override
    Object read(JsonParser p) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw Failures.wrongType(p, "kind.object");
      }
      Map<String, Codec> properties = union();
      TokenStreamLocation start = p.currentTokenLocation();
      String objectPath = Failures.path(p.streamReadContext().getParent());
      RecordCodec kind = null;
      Map<String, Object> values = new HashMap<>();
      Map<String, TokenStreamLocation> where = new LinkedHashMap<>();
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        if (where.containsKey(name) || TYPE_PROPERTY.equals(name) && kind != null) {
          throw Failures.at(p, Problem.DUPLICATE_PROPERTY, "duplicateProperty", Failures.quote(name));
        }
        if (TYPE_PROPERTY.equals(name)) {
          p.nextToken();
          String type = expectString(p, "kind.string");
          kind = codecs.get(type);
          if (kind == null) {
            throw Failures.at(p, Problem.INVALID_VALUE, "unknownValue", Failures.quote(type), allowed);
          }
          continue;
        }
        Codec codec = properties.get(name);
        if (codec == null) {
          throw Failures.at(p, Problem.UNKNOWN_PROPERTY, "unknownProperty", Failures.quote(name), known);
        }
        where.put(name, p.currentTokenLocation());
        if (p.nextToken() != JsonToken.VALUE_NULL) {
          values.put(name, codec.read(p));
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw Failures.at(p, Problem.SYNTAX, "syntax");
      }
      if (kind == null) {
        throw Failures.at(objectPath + Failures.segment(TYPE_PROPERTY), start, null,
            Problem.MISSING_PROPERTY, "missingProperty", TYPE_PROPERTY);
      }
      for (Map.Entry<String, TokenStreamLocation> property : where.entrySet()) {
        if (kind.componentCodec(property.getKey()) == null) {
          throw Failures.at(objectPath + Failures.segment(property.getKey()), property.getValue(), null,
              Problem.UNKNOWN_PROPERTY, "unknownProperty", Failures.quote(property.getKey()),
              TYPE_PROPERTY + ", " + String.join(", ", kind.componentNames()));
        }
      }
      return kind.make(p, start, values);
    }
  }

  /** A list: an array; omitted when empty; elements never {@code null}. */
  static final class ListCodec extends Codec {
    private final Codec element;

    ListCodec(Codec element) {
      this.element = element;
    }

    @Override
    String kind() {
      return "kind.array";
    }

    @Override
    boolean omitted(Object value) {
      return ((List<?>) value).isEmpty();
    }

    @Override
    void write(JsonGenerator g, Object value) {
      g.writeStartArray();
      for (Object e : (List<?>) value) {
        element.write(g, e);
      }
      g.writeEndArray();
    }

    @Override
    Object read(JsonParser p) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw Failures.wrongType(p, "kind.array");
      }
      List<Object> values = new ArrayList<>();
      for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
        if (token == null) {
          throw Failures.at(p, Problem.SYNTAX, "unexpectedEnd");
        }
        if (token == JsonToken.VALUE_NULL) {
          throw Failures.wrongType(p, element.kind());
        }
        values.add(element.read(p));
      }
      return values;
    }
  }

  /** A string, never coerced from another JSON type. */
  static final class StringCodec extends Codec {
    static final StringCodec INSTANCE = new StringCodec();

    @Override
    String kind() {
      return "kind.string";
    }

    @Override
    void write(JsonGenerator g, Object value) {
      g.writeString((String) value);
    }

    @Override
    Object read(JsonParser p) {
      return expectString(p, "kind.string");
    }
  }

  /** An {@code int} or {@code Integer}: a JSON integer in the range of {@code int}. */
  static final class IntCodec extends Codec {
    static final IntCodec INSTANCE = new IntCodec();

    @Override
    String kind() {
      return "kind.integer";
    }

    @Override
    void write(JsonGenerator g, Object value) {
      g.writeNumber((Integer) value);
    }

    @Override
    Object read(JsonParser p) {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        throw Failures.wrongType(p, "kind.integer");
      }
      if (p.getNumberType() != JsonParser.NumberType.INT) {
        throw Failures.at(p, Problem.INVALID_VALUE, "intRange");
      }
      return p.getIntValue();
    }
  }

  /** A {@code boolean}: {@code true} or {@code false}. */
  static final class BooleanCodec extends Codec {
    static final BooleanCodec INSTANCE = new BooleanCodec();

    @Override
    String kind() {
      return "kind.boolean";
    }

    @Override
    void write(JsonGenerator g, Object value) {
      g.writeBoolean((Boolean) value);
    }

    @Override
    Object read(JsonParser p) {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_TRUE) {
        return Boolean.TRUE;
      }
      if (token == JsonToken.VALUE_FALSE) {
        return Boolean.FALSE;
      }
      throw Failures.wrongType(p, "kind.boolean");
    }
  }

  /** An enum: the lowerCamelCase of the constant, matched exactly. */
  static final class EnumCodec extends Codec {
    private final Map<Object, String> names;
    private final Map<String, Object> constants;
    private final String allowed;

    EnumCodec(Class<?> type) {
      Map<Object, String> n = new HashMap<>();
      Map<String, Object> c = new LinkedHashMap<>();
      for (Object constant : type.getEnumConstants()) {
        String name = camel(((Enum<?>) constant).name());
        n.put(constant, name);
        c.put(name, constant);
      }
      names = Map.copyOf(n);
      allowed = String.join(", ", c.keySet());
      constants = Map.copyOf(c);
    }

    @Override
    String kind() {
      return "kind.string";
    }

    @Override
    void write(JsonGenerator g, Object value) {
      g.writeString(names.get(value));
    }

    @Override
    Object read(JsonParser p) {
      String name = expectString(p, "kind.string");
      Object constant = constants.get(name);
      if (constant == null) {
        throw Failures.at(p, Problem.INVALID_VALUE, "unknownValue", Failures.quote(name), allowed);
      }
      return constant;
    }
  }

  /** {@link Text}: one string, paragraphs separated by a blank line. */
  static final class TextCodec extends Codec {
    static final TextCodec INSTANCE = new TextCodec();

    @Override
    String kind() {
      return "kind.string";
    }

    @Override
    void write(JsonGenerator g, Object value) {
      g.writeString(((Text) value).asString());
    }

    @Override
    Object read(JsonParser p) {
      return Text.of(expectString(p, "kind.string"));
    }
  }

  /** {@link PaperType}: its name. */
  static final class PaperTypeCodec extends Codec {
    static final PaperTypeCodec INSTANCE = new PaperTypeCodec();

    @Override
    String kind() {
      return "kind.string";
    }

    @Override
    void write(JsonGenerator g, Object value) {
      g.writeString(((PaperType) value).name());
    }

    @Override
    Object read(JsonParser p) {
      return PaperType.of(expectString(p, "kind.string"));
    }
  }

  /**
   * {@link ZonedDateTime}: ISO 8601 with the zone's region in brackets (RFC 9557), or with an offset
   * only; the offset must hold in the region.
   */
  static final class ZonedDateTimeCodec extends Codec {
    static final ZonedDateTimeCodec INSTANCE = new ZonedDateTimeCodec();

    @Override
    String kind() {
      return "kind.string";
    }

    @Override
    void write(JsonGenerator g, Object value) {
      g.writeString(DateTimeFormatter.ISO_ZONED_DATE_TIME.format((ZonedDateTime) value));
    }

    @Override
    Object read(JsonParser p) {
      String text = expectString(p, "kind.string");
      ZonedDateTime dateTime;
      TemporalAccessor parsed;
      try {
        parsed = DateTimeFormatter.ISO_ZONED_DATE_TIME.parse(text);
        dateTime = ZonedDateTime.from(parsed);
      } catch (DateTimeException e) {
        throw Failures.at(p, e, Problem.INVALID_VALUE, "dateTime");
      }
      if (parsed.isSupported(ChronoField.OFFSET_SECONDS)
          && parsed.get(ChronoField.OFFSET_SECONDS) != dateTime.getOffset().getTotalSeconds()) {
        throw Failures.at(p, Problem.INVALID_VALUE, "dateTimeOffset");
      }
      return dateTime;
    }
  }

  /** {@link LocalDate}: ISO 8601, {@code 2017-02-28}. */
  static final class LocalDateCodec extends Codec {
    static final LocalDateCodec INSTANCE = new LocalDateCodec();

    @Override
    String kind() {
      return "kind.string";
    }

    @Override
    void write(JsonGenerator g, Object value) {
      g.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) value));
    }

    @Override
    Object read(JsonParser p) {
      String text = expectString(p, "kind.string");
      try {
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeException e) {
        throw Failures.at(p, e, Problem.INVALID_VALUE, "date");
      }
    }
  }
}
