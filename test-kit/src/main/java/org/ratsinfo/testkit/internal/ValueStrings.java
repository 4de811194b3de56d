package org.ratsinfo.testkit.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The strings a value holds, for {@link org.ratsinfo.testkit.RandomModels#strings(Object)}: what a
 * model or a document tree carries, to look for a text in it. Stateless and thread-safe.
 */
public final class ValueStrings {

  private ValueStrings() {}

  /**
   * Every string reachable from a value through record components and lists (map keys and values
   * too), and every address.
   *
   * @param value the value
   * @return its strings, in the order of the components
   */
  public static List<String> of(Object value) {
    List<String> out = new ArrayList<>();
    collect(value, out);
    return out;
  }

  private static void collect(@Nullable Object value, List<String> out) {
    if (value == null) {
      return;
    }
    if (value instanceof String s) {
      out.add(s);
    } else if (value instanceof URI uri) {
      out.add(uri.toString());   // a link's target: an address may carry what it must not show
    } else if (value instanceof Iterable<?> list) {
      list.forEach(v -> collect(v, out));
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        collect(k, out);
        collect(v, out);
      });
    } else if (value instanceof Record) {
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        try {
          collect(c.getAccessor().invoke(value), out);
        } catch (IllegalAccessException | InvocationTargetException ex) {
          throw new IllegalStateException("cannot read " + c, ex);
        }
      }
    }
  }
}
