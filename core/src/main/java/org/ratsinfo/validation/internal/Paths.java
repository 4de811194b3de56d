package org.ratsinfo.validation.internal;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Formats a Bean Validation property path the way the native JSON names things. */
public final class Paths {

  private Paths() {}

  /**
   * {@code meeting.agenda[2].number}; list elements as {@code [i]} without the provider's {@code
   * <list element>} name; the paragraphs of a text as {@code text[i]}, since JSON writes a text as one
   * string.
   */
  public static String format(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object where = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (where != null) {
          sb.append('[').append(where).append(']');
        }
      }
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getKind() == ElementKind.BEAN) {
        continue;
      }
      String name = node.getName();
      if (name == null || name.equals("paragraphs")) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(name);
    }
    return sb.toString();
  }
}
