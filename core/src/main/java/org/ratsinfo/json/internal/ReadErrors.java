package org.ratsinfo.json.internal;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.Message;
import org.ratsinfo.json.JsonProblem;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns what Jackson throws while reading into a {@link ReadFailure}: the kind of problem, the path and
 * place of the value it is about, and the rule broken as a message key. Problems of the token stream
 * (syntax, duplicate keys, limits) are where the parser stopped; problems of data binding are found by
 * the path that the exception collected, in the input read again ({@link Locator}): a missing property
 * at the start of its object, an unknown one at its name, any other at its value.
 */
public final class ReadErrors {

  /** The read limits, for the messages that name them. */
  public record Limits(int maxNestingDepth, int maxStringLength, long maxDocumentLength,
      int maxNumberLength, int maxNameLength) {}

  private final Limits limits;

  /**
   * Translates with the given limits.
   *
   * @param limits the limits the parser was made with
   */
  public ReadErrors(Limits limits) {
    this.limits = limits;
  }

  /** Finds places in the input read again. */
  interface Places {
    /** The place of the value at a path, or with {@code name} of its property name; or {@code null}. */
    @Nullable TokenStreamLocation find(List<Object> path, boolean name);

    /** The first property of the object at a path with a name not known, before a place; or null. */
    Locator.@Nullable Name firstUnknown(List<Object> path, Collection<String> known,
        @Nullable TokenStreamLocation until);
  }

  /**
   * The failure of a read.
   *
   * @param e what Jackson threw
   * @param p the parser of the input, or {@code null} if it was not made
   * @param places where values of the input are
   * @return the failure
   * @throws IllegalStateException if the exception shows a fault of ratsinfo rather than of the input
   */
  ReadFailure translate(JacksonException e, @Nullable JsonParser p, Places places) {
    if (e instanceof InvalidDefinitionException) {
      throw new IllegalStateException("the model cannot be bound: " + e.getOriginalMessage(), e);
    }
    if (e instanceof DatabindException d) {
      return bound(d, places);
    }
    if (p != null && e.processor() != null && e.processor() != p) {
      // a problem of a token stream that data binding had buffered: only the path knows where
      List<Object> path = JsonPaths.of(e);
      if (e instanceof InputCoercionException) {
        return failure(JsonProblem.INVALID_VALUE, path, places.find(path, false), "intRange", List.of(), e);
      }
      return failure(JsonProblem.SYNTAX, path, places.find(path, false), "syntax", List.of(), e);
    }
    return stream(e, p);
  }

  /** A problem of the token stream, where the parser stopped. */
  public ReadFailure stream(JacksonException e, @Nullable JsonParser p) {
    List<Object> path = p == null ? List.of() : JsonPaths.of(p.streamReadContext());
    TokenStreamLocation location = location(e, p);
    String message = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      if (p != null && p.currentToken() != null && p.currentToken().isScalarValue()) {
        location = p.currentTokenLocation(); // the start of the long string or number
      }
      // Jackson tells the limits apart by their messages only, which name the limit first.
      String key;
      String limit;
      if (message.startsWith("Document nesting depth")) {
        key = "limit.depth";
        limit = Integer.toString(limits.maxNestingDepth());
      } else if (message.startsWith("String value length")) {
        key = "limit.string";
        limit = Integer.toString(limits.maxStringLength());
      } else if (message.startsWith("Number value length")) {
        key = "limit.number";
        limit = Integer.toString(limits.maxNumberLength());
      } else if (message.startsWith("Document length")) {
        key = "limit.document";
        limit = Long.toString(limits.maxDocumentLength());
      } else if (message.startsWith("Name length")) {
        key = "limit.name";
        limit = Integer.toString(limits.maxNameLength());
      } else {
        key = "limit.other";
        limit = "";
      }
      return failure(JsonProblem.LIMIT_EXCEEDED, path, location, key, List.of(limit), e);
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return failure(JsonProblem.SYNTAX, path, location, "unexpectedEnd", List.of(), e);
    }
    if (e instanceof InputCoercionException && p != null) {
      return failure(JsonProblem.INVALID_VALUE, JsonPaths.at(p), p.currentTokenLocation(), "intRange",
          List.of(), e);
    }
    // STRICT_DUPLICATE_DETECTION, too, reports by message only.
    if (message.startsWith("Duplicate Object property") && p != null) {
      return failure(JsonProblem.DUPLICATE_PROPERTY, path, location, "duplicateProperty",
          List.of(JsonMessages.quote(p.streamReadContext().currentName())), e);
    }
    return failure(JsonProblem.SYNTAX, path, location, "syntax", List.of(), e);
  }

  /** A problem of data binding, at the path the exception collected. */
  private static ReadFailure bound(DatabindException e, Places places) {
    List<Object> path = JsonPaths.of(e);
    if (e instanceof ValueFormatException v) {
      return failure(JsonProblem.INVALID_VALUE, path, places.find(path, false), v.detail(), e);
    }
    if (e instanceof InvalidNullException n) {
      boolean element = !path.isEmpty() && path.get(path.size() - 1) instanceof Integer;
      boolean nullForPrimitive = n.getCurrentToken() == JsonToken.VALUE_NULL
          && n.getTargetType() != null && n.getTargetType().isPrimitive();
      if (element || nullForPrimitive) {
        return failure(JsonProblem.WRONG_TYPE, path, places.find(path, false), "wrongType",
            Message.text(kind(n.getTargetType())), Message.text("kind.null"), e);
      }
      // absent, or null, which counts as absent: at the start of the object it is missing from,
      // unless the object has an unknown property before, which is told first
      List<Object> object = JsonPaths.parent(path);
      ReadFailure unknown = unknownBefore(object, recordOf(e), n, places);
      if (unknown != null) {
        return unknown;
      }
      String name = n.getPropertyName() == null ? "" : n.getPropertyName().getSimpleName();
      return failure(JsonProblem.MISSING_PROPERTY, path, places.find(object, false),
          "missingProperty", List.of(name), e);
    }
    if (e instanceof PropertyBindingException b) {
      return failure(JsonProblem.UNKNOWN_PROPERTY, path, places.find(path, true), "unknownProperty",
          List.of(JsonMessages.quote(b.getPropertyName()), names(b.getKnownPropertyIds())), e);
    }
    if (e instanceof InvalidTypeIdException t) {
      List<Object> typePath = JsonPaths.plus(path, ModelTypes.TYPE_PROPERTY);
      JavaType base = t.getBaseType();
      if (t.getTypeId() == null) {
        ReadFailure unknown = base == null ? null
            : unknownBefore(path, kindsProperties(base.getRawClass()), t, places);
        if (unknown != null) {
          return unknown;
        }
        return failure(JsonProblem.MISSING_PROPERTY, typePath, places.find(path, false), "missingProperty",
            List.of(ModelTypes.TYPE_PROPERTY), e);
      }
      if (t.getCurrentToken() != JsonToken.VALUE_STRING) {
        return failure(JsonProblem.WRONG_TYPE, typePath, places.find(typePath, false), "wrongType",
            Message.text("kind.string"), Message.text(kind(t.getCurrentToken())), e);
      }
      String allowed = base == null ? "" : String.join(", ", ModelTypes.kinds(base.getRawClass()).keySet());
      return failure(JsonProblem.INVALID_VALUE, typePath, places.find(typePath, false), "unknownValue",
          List.of(JsonMessages.quote(t.getTypeId()), allowed), e);
    }
    if (e instanceof ValueInstantiationException v) {
      ReadFailure unknown = v.getType() == null ? null
          : unknownBefore(path, componentNames(v.getType().getRawClass()), v, places);
      if (unknown != null) {
        return unknown;
      }
      return failure(JsonProblem.INVALID_VALUE, path, places.find(path, false), "invalidObject",
          List.of(v.getType() == null ? "" : v.getType().getRawClass().getSimpleName()), e);
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null && m.getCurrentToken() != null) {
      return failure(JsonProblem.WRONG_TYPE, path, places.find(path, false), "wrongType",
          Message.text(kind(m.getTargetType())), Message.text(kind(m.getCurrentToken())), e);
    }
    return failure(JsonProblem.SYNTAX, path, places.find(path, false), "syntax", List.of(), e);
  }

  /**
   * The unknown property of an object that comes before a problem found in it, as a failure; Jackson
   * reads a record's unknown properties only after the record is made, but an unknown property (a
   * misspelt name) usually explains what is missing.
   */
  private static @Nullable ReadFailure unknownBefore(List<Object> object, List<String> known,
      JacksonException e, Places places) {
    if (known.isEmpty()) {
      return null;
    }
    Locator.Name unknown = places.firstUnknown(object, known, e.getLocation());
    if (unknown == null) {
      return null;
    }
    return failure(JsonProblem.UNKNOWN_PROPERTY, JsonPaths.plus(object, unknown.name()), unknown.location(),
        "unknownProperty", List.of(JsonMessages.quote(unknown.name()), String.join(", ", known)), e);
  }

  /** The names of the components of the record a property's failure is about, or none. */
  private static List<String> recordOf(JacksonException e) {
    List<JacksonException.Reference> references = e.getPath();
    if (references.isEmpty()) {
      return List.of();
    }
    Object from = references.get(references.size() - 1).from();
    return componentNames(from instanceof Class<?> c ? c : from == null ? null : from.getClass());
  }

  /** The properties a record of the model is read from: its components and the earlier spellings. */
  private static List<String> componentNames(@Nullable Class<?> type) {
    if (type == null || !ModelTypes.isRecord(type)) {
      return List.of();
    }
    List<String> names = new ArrayList<>(List.of(ModelTypes.componentNames(type)));
    names.addAll(ModelTypes.earlierNames(type));
    return names;
  }

  /** The properties any kind of a sealed interface may have: the type and every kind's components. */
  private static List<String> kindsProperties(Class<?> sealed) {
    if (!ModelTypes.isSealed(sealed)) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    names.add(ModelTypes.TYPE_PROPERTY);
    for (Class<?> kind : ModelTypes.kinds(sealed).values()) {
      names.addAll(List.of(ModelTypes.componentNames(kind)));
    }
    return List.copyOf(names);
  }

  private static String names(@Nullable Collection<Object> names) {
    return names == null ? "" : names.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static ReadFailure failure(JsonProblem problem, List<Object> path,
      @Nullable TokenStreamLocation location, String key, List<String> values,
      @Nullable Throwable cause) {
    return failure(problem, path, location, JsonMessages.of(key, values), cause);
  }

  private static ReadFailure failure(JsonProblem problem, List<Object> path,
      @Nullable TokenStreamLocation location, String key, Message.Argument expected,
      Message.Argument found, @Nullable Throwable cause) {
    return failure(problem, path, location, Message.of(key, expected, found), cause);
  }

  private static ReadFailure failure(JsonProblem problem, List<Object> path,
      @Nullable TokenStreamLocation location, Message detail, @Nullable Throwable cause) {
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    return new ReadFailure(problem, JsonPaths.format(path), line, column, detail, cause);
  }

  /** A value of the wrong JSON type at the parser's current token. */
  static ReadFailure wrongType(JsonParser p, String expectedKind) {
    return failure(JsonProblem.WRONG_TYPE, JsonPaths.at(p), p.currentTokenLocation(), "wrongType",
        Message.text(expectedKind), Message.text(kind(p.currentToken())), null);
  }

  /**
   * Input that is not text in its encoding, where the parser stopped.
   *
   * @param key {@code encoding} for bytes Jackson could not decode, {@code decoding} for a reader's
   *     malformed input
   */
  static ReadFailure undecodable(@Nullable JsonParser p, Throwable cause, String key) {
    List<Object> path = p == null ? List.of() : JsonPaths.of(p.streamReadContext());
    return failure(JsonProblem.SYNTAX, path, p == null ? null : p.currentLocation(), key, List.of(), cause);
  }

  /** A failure of the whole document, e.g. that it is empty, at a place the parser names. */
  static ReadFailure document(JsonProblem problem, @Nullable TokenStreamLocation location, String key,
      @Nullable Throwable cause) {
    return failure(problem, List.of(), location, key, List.of(), cause);
  }

  private static @Nullable TokenStreamLocation location(JacksonException e, @Nullable JsonParser p) {
    TokenStreamLocation location = e.getLocation();
    if ((location == null || location.getLineNr() < 1) && p != null) {
      location = p.currentLocation();
    }
    return location;
  }

  /** The message key naming the kind of JSON value a Java type is read from. */
  static String kind(@Nullable Class<?> type) {
    if (type == null) {
      return "kind.other";
    }
    if (type == String.class || type == Text.class || type == PaperType.class || type.isEnum()
        || Temporal.class.isAssignableFrom(type)) {
      return "kind.string";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "kind.integer";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "kind.boolean";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "kind.array";
    }
    return "kind.object";
  }

  /** The message key naming the kind of a token. */
  static String kind(@Nullable JsonToken token) {
    if (token == null) {
      return "kind.nothing";
    }
    return switch (token) {
      case START_OBJECT -> "kind.object";
      case START_ARRAY -> "kind.array";
      case VALUE_STRING -> "kind.string";
      case VALUE_NUMBER_INT -> "kind.integer";
      case VALUE_NUMBER_FLOAT -> "kind.decimal";
      case VALUE_TRUE, VALUE_FALSE -> "kind.boolean";
      case VALUE_NULL -> "kind.null";
      default -> "kind.other";
    };
  }
}
