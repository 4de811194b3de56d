package org.ratsinfo.json.internal;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Finds the place of a path in a document by reading it again from the start, token by token: data
 * binding knows which value a problem is about (its path) but not always where that value is, for it
 * reads some values only after it has read past them (the properties of a record, the members of an
 * object before its {@code "type"}). Used only when reading has failed.
 */
final class Locator {

  private Locator() {}

  /**
   * The location of the value at a path, or with {@code name} of the property name whose value it is.
   *
   * @param p a parser at the start of the same document, which this closes
   * @param path the path of the value
   * @param name whether to find the property name rather than the value
   * @return the location, or {@code null} if the document has no value at that path
   */
  static @Nullable TokenStreamLocation find(JsonParser p, List<Object> path, boolean name) {
    try (p) {
      if (p.nextToken() == null) {
        return null;
      }
      if (name && !path.isEmpty() && path.get(path.size() - 1) instanceof String property) {
        boolean found = descend(p, JsonPaths.parent(path)) && p.hasToken(JsonToken.START_OBJECT)
            && findProperty(p, property);
        return found ? p.currentTokenLocation() : null;
      }
      return descend(p, path) ? p.currentTokenLocation() : null;
    } catch (JacksonException e) {
      return null; // the document ends or breaks before the path: no place to name
    }
  }

  /** A property name and where it is. */
  record Name(String name, TokenStreamLocation location) {}

  /**
   * The first property of the object at a path whose name is not known, if it comes before a place.
   *
   * @param p a parser at the start of the same document, which this closes
   * @param path the path of the object
   * @param known the names the object may have
   * @param until the place to look before (the problem found there), or {@code null} for the whole object
   * @return the first unknown name, or {@code null} if there is none
   */
  static @Nullable Name firstUnknown(JsonParser p, List<Object> path, Collection<String> known,
      @Nullable TokenStreamLocation until) {
    try (p) {
      if (p.nextToken() == null || !descend(p, path) || !p.hasToken(JsonToken.START_OBJECT)) {
        return null;
      }
      for (String n = p.nextName(); n != null; n = p.nextName()) {
        TokenStreamLocation location = p.currentTokenLocation();
        if (until != null && offset(location) >= offset(until)) {
          return null;
        }
        if (!known.contains(n)) {
          return new Name(n, location);
        }
        p.nextToken();
        p.skipChildren();
      }
      return null;
    } catch (JacksonException e) {
      return null;
    }
  }

  /** Moves from the document's first token to the value at a path; false if there is none. */
  private static boolean descend(JsonParser p, List<Object> path) {
    for (Object segment : path) {
      if (segment instanceof Integer index) {
        if (!p.hasToken(JsonToken.START_ARRAY) || !skipElements(p, index)) {
          return false;
        }
      } else {
        if (!p.hasToken(JsonToken.START_OBJECT) || !findProperty(p, (String) segment)) {
          return false;
        }
        p.nextToken();
      }
    }
    return true;
  }

  /** The offset of a place in the input: bytes for byte input, characters for text. */
  private static long offset(TokenStreamLocation location) {
    return location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
  }

  /** Moves from the start of an array to its element of the given index; false if it has fewer. */
  private static boolean skipElements(JsonParser p, int index) {
    for (int i = 0; ; i++) {
      JsonToken token = p.nextToken();
      if (token == null || token == JsonToken.END_ARRAY) {
        return false;
      }
      if (i == index) {
        return true;
      }
      p.skipChildren();
    }
  }

  /** Moves from the start of an object to the name of the given property; false if it has none. */
  private static boolean findProperty(JsonParser p, String name) {
    for (String n = p.nextName(); n != null; n = p.nextName()) {
      if (n.equals(name)) {
        return true;
      }
      p.nextToken();
      p.skipChildren();
    }
    return false;
  }
}
