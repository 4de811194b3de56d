package org.ratsinfo.oparl.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ids of one export: URLs from the base URL, the kind and a slug of the value, deterministically.
 * The same value always gets the same id; a different value whose slug is taken gets the slug with
 * {@code -2}, {@code -3} … appended. Not thread-safe; one per export.
 */
final class ExportIds {

  private final String base;
  /** Values already given an id, by kind and value (without its source id). */
  private final Map<String, String> ids = new HashMap<>();
  /** Ids already used. */
  private final Map<String, Object> used = new HashMap<>();

  ExportIds(String base) {
    this.base = base;
  }

  /** The id of a value of a kind, e.g. {@code https://ris.example.org/oparl/v1/paper/2026-0137}. */
  String of(String kind, String slug, Object value) {
    String key = kind + "\n" + value;
    String known = ids.get(key);
    if (known != null) {
      return known;
    }
    String candidate = base + kind + "/" + slug;
    for (int n = 2; used.containsKey(candidate); n++) {
      candidate = base + kind + "/" + slug + "-" + n;
    }
    used.put(candidate, value);
    ids.put(key, candidate);
    return candidate;
  }

  /** A path segment of letters, digits, dots and hyphens: "Rat der Stadt" is "rat-der-stadt". */
  static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT)
        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.replaceAll("[^a-z0-9.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    if (s.length() > 60) {
      s = s.substring(0, 60).replaceAll("[-.]+$", "");
    }
    return s.isEmpty() ? "x" : s;
  }
}
