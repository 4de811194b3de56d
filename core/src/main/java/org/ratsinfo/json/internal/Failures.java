package org.ratsinfo.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/** Builds {@link ReadFailure}s with path and location from the parser's state. */
final class Failures {

  /** Arguments starting with this character are message keys, translated with the message. */
  static final char KEY_MARK = '\0';

  /** How many characters of a value from the input a message may show. */
  private static final int MAX_QUOTED = 40;

  private Failures() {}

  /** A message argument that is itself a message key, e.g. {@code kind.string}. */
  static String key(String key) {
    return KEY_MARK + key;
  }

  /** A value from the input, safe to show: control characters replaced, at most 40 characters. */
  static String quote(@Nullable String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_QUOTED + 1));
    int count = 0;
    for (int i = 0; i < value.length(); i++) {
      if (count == MAX_QUOTED) {
        out.append('…');
        break;
      }
      char c = value.charAt(i);
      out.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
      count++;
    }
    return out.toString();
  }

  /** The path of the value at the parser's current token. */
  static String pathAt(JsonParser p) {
    TokenStreamContext context = p.streamReadContext();
    JsonToken token = p.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
        && context != null && context.getParent() != null) {
      context = context.getParent();
    }
    return path(context);
  }

  /** The path of the current value of a context. */
  static String path(@Nullable TokenStreamContext context) {
    List<String> segments = new ArrayList<>();
    for (TokenStreamContext c = context; c != null; c = c.getParent()) {
      if (c.inObject()) {
        String name = c.currentName();
        if (name != null) {
          segments.add(segment(name));
        }
      } else if (c.inArray() && c.hasCurrentIndex()) {
        segments.add("[" + c.getCurrentIndex() + "]");
      }
    }
    Collections.reverse(segments);
    return "$" + String.join("", segments);
  }

  /** The path segment of a property: {@code .name}, or {@code ['odd name']}. */
  static String segment(String name) {
    boolean identifier = !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0))
        && name.chars().allMatch(Character::isJavaIdentifierPart) && name.length() <= MAX_QUOTED;
    return identifier ? "." + name : "['" + quote(name).replace("'", "\\'") + "']";
  }

  /** A failure at the parser's current token. */
  static ReadFailure at(JsonParser p, Problem problem, String key, String... arguments) {
    return at(p, null, problem, key, arguments);
  }

  /** A failure at the parser's current token, with a cause. */
  static ReadFailure at(JsonParser p, @Nullable Throwable cause, Problem problem, String key,
      String... arguments) {
    TokenStreamLocation location = p.currentTokenLocation();
    return new ReadFailure(problem, pathAt(p), location.getLineNr(), location.getColumnNr(), key,
        List.of(arguments), cause);
  }

  /** A failure at the given path and location. */
  static ReadFailure at(String path, @Nullable TokenStreamLocation location, @Nullable Throwable cause,
      Problem problem, String key, String... arguments) {
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    return new ReadFailure(problem, path, line, column, key, List.of(arguments), cause);
  }

  /** A value of the wrong JSON type at the current token. */
  static ReadFailure wrongType(JsonParser p, String expectedKind) {
    return at(p, Problem.WRONG_TYPE, "wrongType", key(expectedKind), key(kindOf(p.currentToken())));
  }

  /** The message key naming the kind of a token. */
  static String kindOf(@Nullable JsonToken token) {
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
