package org.ratsinfo.render.html.internal;

import java.lang.ref.SoftReference;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * String builders kept between renders: a few ordinary ones, one per concurrent render up to the
 * number of processors, and one for huge pages. Making a new builder for every page (tens of
 * kilobytes, zeroed, then copied again when the stylesheet's first character outside Latin-1 turns it
 * into two bytes a character) took more time than writing the markup into it. Thread-safe and
 * lock-free: a render takes a builder or makes a new one, and puts it back when it is done.
 *
 * <p>A builder that grew beyond {@value #MAX_RETAINED} characters is not kept with the ordinary
 * ones. While pages keep being that large (an inquiry of a thousand questions), the last such builder
 * is kept for the next one through a {@link SoftReference}, which the garbage collector clears when
 * memory runs short; without it, every huge page made and copied megabytes of builder anew, so that
 * its time per question was twice that of a page of a hundred. The first page that fits an ordinary
 * builder again lets the huge one go. Builders beyond {@value #MAX_HUGE} characters are never kept.
 */
final class Buffers {

  /** The largest capacity kept with the ordinary builders, in characters. */
  static final int MAX_RETAINED = 256 * 1024;

  /** The largest capacity kept for huge pages, in characters (16 MB). */
  static final int MAX_HUGE = 8 * 1024 * 1024;

  /** The builder of the last huge page, while pages are huge; {@code null} otherwise. */
  private static final AtomicReference<@Nullable SoftReference<StringBuilder>> HUGE =
      new AtomicReference<>();

  private static final AtomicReferenceArray<@Nullable StringBuilder> SLOTS =
      new AtomicReferenceArray<>(Math.max(2, Math.min(16, Runtime.getRuntime().availableProcessors())));

  private Buffers() {}

  /**
   * An empty builder for this thread alone until it is {@linkplain #give(StringBuilder) given back}.
   *
   * @param capacity the capacity a new builder gets at least
   * @return a builder, empty
   */
  static StringBuilder take(int capacity) {
    // Read before it is written: renders on other cores read it too, and a write on every render
    // would move its cache line between the cores.
    if (HUGE.get() != null) {
      @Nullable SoftReference<StringBuilder> huge = HUGE.getAndSet(null);
      @Nullable StringBuilder builder = huge == null ? null : huge.get();
      if (builder != null) {
        return builder;
      }
    }
    for (int i = 0; i < SLOTS.length(); i++) {
      StringBuilder builder = SLOTS.getAndSet(i, null);
      if (builder != null) {
        return builder;
      }
    }
    return new StringBuilder(capacity);
  }

  /**
   * Gives a builder back for the next render; the caller must not use it any more.
   *
   * @param builder a builder from {@link #take(int)}
   */
  static void give(StringBuilder builder) {
    int length = builder.length();
    builder.setLength(0);
    if (builder.capacity() > MAX_RETAINED) {
      if (length > MAX_RETAINED && builder.capacity() <= MAX_HUGE) {
        HUGE.set(new SoftReference<>(builder));
      } else {
        HUGE.set(null);
      }
      return;
    }
    if (HUGE.get() != null) { // written only when it changes: renders on other cores read it
      HUGE.set(null);
    }
    for (int i = 0; i < SLOTS.length(); i++) {
      if (SLOTS.compareAndSet(i, null, builder)) {
        return;
      }
    }
  }
}
