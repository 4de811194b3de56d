package org.ratsinfo.oparl.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map that keeps the most recently used entries up to a size: the caches of one import. */
final class Lru<K, V> extends LinkedHashMap<K, V> {

  private static final long serialVersionUID = 1L;

  private final int size;

  Lru(int size) {
    super(size * 2, 0.75f, true);
    this.size = size;
  }

  @Override
  protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
    return size() > size;
  }
}
