package org.ratsinfo.render.pdf.internal;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Font metrics, shared by the renders of one {@link Engine}: openhtmltopdf's cache store for them,
 * which it otherwise fills anew for each render. Thread-safe.
 */
final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
  private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

  @Override
  public void put(String key, FSCacheValue value) {
    values.put(key, value);
  }

  @Override
  public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
    return values.computeIfAbsent(key, k -> {
      try {
        return loader.call();
      } catch (Exception e) {
        throw new IllegalStateException("cannot load font metrics " + k, e);
      }
    });
  }

  @Override
  public @Nullable FSCacheValue get(String key) {
    return values.get(key);
  }
}
