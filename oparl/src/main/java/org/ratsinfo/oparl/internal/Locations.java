package org.ratsinfo.oparl.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Where the objects of one import stand, and the objects themselves on demand: an element of a
 * document is parsed again when an object in it is needed, and the most recently needed elements are
 * kept. Not thread-safe.
 */
final class Locations {

  /** A top-level element of a document: its bytes in the input, and its path for messages. */
  record Element(int input, long start, int length, String path) {}

  /** An object: the element it is in, and its JSON pointer within the element (empty for the element). */
  record Place(Element element, String pointer) {}

  /** How many parsed elements are kept: enough for a meeting's papers, few enough to stay small. */
  private static final int KEPT = 512;

  private final Documents documents;
  private final List<Input> inputs = new ArrayList<>();
  private final Map<Element, JsonNode> kept = new Lru<>(KEPT);

  Locations(Documents documents) {
    this.documents = documents;
  }

  /** Adds an input and returns its number. */
  int add(Input input) {
    inputs.add(input);
    return inputs.size() - 1;
  }

  /** The input of a number. */
  Input input(int number) {
    return inputs.get(number);
  }

  /** Keeps an element that was just read, so that the objects in it are found without reading it again. */
  void keep(Element element, JsonNode value) {
    kept.put(element, value);
  }

  /** The JSON of an object. */
  JsonNode json(Place place) throws IOException {
    JsonNode element = element(place.element());
    return place.pointer().isEmpty() ? element : element.at(place.pointer());
  }

  /** The JSON pointer's parent object: for "/consultation/0", the element; {@code null} for the element. */
  static @Nullable String parentPointer(String pointer, JsonNode element) {
    if (pointer.isEmpty()) {
      return null;
    }
    String parent = pointer.substring(0, pointer.lastIndexOf('/'));
    if (!parent.isEmpty() && element.at(parent).isArray()) {
      parent = parent.substring(0, parent.lastIndexOf('/'));
    }
    return parent;
  }

  /** The parsed element. */
  JsonNode element(Element element) throws IOException {
    JsonNode value = kept.get(element);
    if (value == null) {
      byte[] bytes = inputs.get(element.input()).read(element.start(), element.length());
      value = documents.mapper().readTree(bytes);
      kept.put(element, value);
    }
    return value;
  }

  /** The path of an object for messages: the input's name, the element's path and the pointer's. */
  String where(Place place) {
    StringBuilder where = new StringBuilder(inputs.get(place.element().input()).name())
        .append(' ').append(place.element().path());
    appendPointer(where, place.pointer());
    return where.toString();
  }

  /** Appends a JSON pointer as path segments: "/agendaItem/0" as ".agendaItem[0]". */
  static void appendPointer(StringBuilder where, String pointer) {
    if (pointer.isEmpty()) {
      return;
    }
    for (String token : pointer.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
        where.append('[').append(name).append(']');
      } else {
        where.append(Documents.segment(name));
      }
    }
  }

  /** The JSON pointer token of a property name. */
  static String token(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
