package org.ratsinfo.render.html.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * A few string builders kept between renders, one per concurrent render up to the number of
 * processors. Making a new builder for every page (tens of kilobytes, zeroed, then copied again when
 * the stylesheet's first character outside Latin-1 turns it into two bytes a character) took more
 * time than writing the markup into it. Thread-safe and lock-free: a render takes a builder from a
 * slot or makes a new one, and puts it back when it is done; builders that grew beyond {@value
 * #MAX_RETAINED} characters are left to the garbage collector, so that one huge page does not stay in
 * memory. The length of such a page is remembered, so that the builder for the next one is made that
 * large at once instead of growing by doubling (a page of 1,000 questions: 10.4 MB allocated per
 * render instead of 11.4 MB); a page that fits forgets it again.
 */
final class Buffers {

  /** The largest capacity kept for the next render. */
  static final int MAX_RETAINED = 256 * 1024;

  /** The largest capacity a new builder is given from the hint, in characters. */
  static final int MAX_HINT = 8 * 1024 * 1024;

  /** The length of the last page too large to keep its builder, or 0 if the last page fitted. */
  private static final AtomicInteger HINT = new AtomicInteger();

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
    for (int i = 0; i < SLOTS.length(); i++) {
      StringBuilder builder = SLOTS.getAndSet(i, null);
      if (builder != null) {
        return builder;
      }
    }
    int hint = HINT.get();
    return new StringBuilder(Math.max(capacity, hint + hint / 4));
  }

  /**
   * Gives a builder back for the next render; the caller must not use it any more.
   *
   * @param builder a builder from {@link #take(int)}
   */
  static void give(StringBuilder builder) {
    int length = builder.length();
    if (builder.capacity() > MAX_RETAINED) {
      HINT.set(length > MAX_RETAINED ? Math.min(length, MAX_HINT) : 0);
      return;
    }
    if (HINT.get() != 0) { // written only when it changes: renders on other cores read it
      HINT.set(0);
    }
    builder.setLength(0);
    for (int i = 0; i < SLOTS.length(); i++) {
      if (SLOTS.compareAndSet(i, null, builder)) {
        return;
      }
    }
  }
}
