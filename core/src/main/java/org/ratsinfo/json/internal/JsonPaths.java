package org.ratsinfo.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * Paths into a JSON document, as messages show them: {@code $} is the document, {@code
 * $.meeting.agenda[3].number} the number of the fourth agenda item of the meeting. A path is a list of
 * segments, each a property name ({@link String}) or an index into an array ({@link Integer}), taken
 * from a parser's state or from the references of a data-binding exception.
 */
public final class JsonPaths {

  private JsonPaths() {}

  /** The path of the current value of a parser context. */
  public static List<Object> of(@Nullable TokenStreamContext context) {
    List<Object> segments = new ArrayList<>();
    for (TokenStreamContext c = context; c != null; c = c.getParent()) {
      if (c.inObject()) {
        String name = c.currentName();
        if (name != null) {
          segments.add(name);
        }
      } else if (c.inArray() && c.hasCurrentIndex()) {
        segments.add(c.getCurrentIndex());
      }
    }
    Collections.reverse(segments);
    return segments;
  }

  /**
   * The path of the value at a parser's current token: for the start of an object or array, the path of
   * that value, not of its first member.
   */
  public static List<Object> at(JsonParser p) {
    TokenStreamContext context = p.streamReadContext();
    JsonToken token = p.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
        && context != null && context.getParent() != null) {
      context = context.getParent();
    }
    return of(context);
  }

  /** The path a data-binding exception has collected on its way out, from the document down. */
  public static List<Object> of(JacksonException e) {
    List<Object> segments = new ArrayList<>();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        segments.add(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        segments.add(reference.getIndex());
      }
    }
    return segments;
  }

  /** A path with one more segment. */
  public static List<Object> plus(List<Object> path, Object segment) {
    List<Object> longer = new ArrayList<>(path.size() + 1);
    longer.addAll(path);
    longer.add(segment);
    return longer;
  }

  /** A path without its last segment; the document's path stays the document's. */
  public static List<Object> parent(List<Object> path) {
    return path.isEmpty() ? path : path.subList(0, path.size() - 1);
  }

  /** The path as a message shows it, e.g. {@code $.meeting.agenda[3].number}. */
  public static String format(List<Object> path) {
    StringBuilder out = new StringBuilder("$");
    for (Object segment : path) {
      if (segment instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else {
        out.append(segment((String) segment));
      }
    }
    return out.toString();
  }

  /** The path segment of a property: {@code .name}, or {@code ['odd name']}. */
  public static String segment(String name) {
    boolean identifier = !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0))
        && name.chars().allMatch(Character::isJavaIdentifierPart) && name.length() <= JsonMessages.MAX_QUOTED;
    return identifier ? "." + name : "['" + JsonMessages.quote(name).replace("'", "\\'") + "']";
  }
}
