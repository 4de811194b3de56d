package org.ratsinfo.render.html.internal;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * A few string builders kept between renders, one per concurrent render up to the number of
 * processors. Making a new builder for every page (tens of kilobytes, zeroed, then copied again when
 * the stylesheet's first character outside Latin-1 turns it into two bytes a character) took more
 * time than writing the markup into it. Thread-safe and lock-free: a render takes a builder from a
 * slot or makes a new one, and puts it back when it is done; builders that grew beyond {@value
 * #MAX_RETAINED} characters are left to the garbage collector, so that one huge page does not stay in
 * memory.
 */
final class Buffers {

  /** The largest capacity kept for the next render. */
  static final int MAX_RETAINED = 256 * 1024;

  private static final AtomicReferenceArray<@Nullable StringBuilder> SLOTS =
      new AtomicReferenceArray<>(Math.max(2, Math.min(16, Runtime.getRuntime().availableProcessors())));

  private Buffers() {}

  /**
   * An empty builder for this thread alone until it is {@linkplain #give(StringBuilder) given back}.
   *
   * @param capacity the capacity a new builder gets
   * @return a builder, empty
   */
  static StringBuilder take(int capacity) {
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
    if (builder.capacity() > MAX_RETAINED) {
      return;
    }
    builder.setLength(0);
    for (int i = 0; i < SLOTS.length(); i++) {
      if (SLOTS.compareAndSet(i, null, builder)) {
        return;
      }
    }
  }
}
