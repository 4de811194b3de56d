package org.ratsinfo.render.pdf.internal;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Parsed fonts for the renders of one engine: each render {@link #take() takes} a set of the four
 * faces, a new one only when no set is idle, and {@link #give(TrueTypeFont[]) gives} it back when it
 * is done. The faces of a new set are {@code null} until a render uses them: {@link LazyFont} parses a
 * face from the font bytes ({@link Fonts#parse(int)}) into the set when openhtmltopdf first asks for
 * it, so a face no page has used is never parsed. A parsed face is not thread-safe (PDFBox reads its
 * tables lazily from one data stream), so a set serves one render at a time; the pool keeps as many
 * sets as renders ran at once, at most {@link #MAX_IDLE}.
 *
 * <p>Parsing the four faces again for every document was about a sixth of the time of a render and
 * most of its allocation. Thread-safe.
 */
final class FontPool {

  /** At most this many idle sets are kept (each some megabytes); more concurrent renders parse anew. */
  static final int MAX_IDLE = Math.max(2, Runtime.getRuntime().availableProcessors());

  private final ConcurrentLinkedQueue<TrueTypeFont[]> idle = new ConcurrentLinkedQueue<>();
  private final AtomicInteger idleCount = new AtomicInteger();

  /**
   * A set of faces for one render.
   *
   * @return the faces, in the order of {@link Fonts#parse()}; those not parsed yet {@code null}
   */
  TrueTypeFont[] take() {
    TrueTypeFont[] set = idle.poll();
    if (set == null) {
      return new TrueTypeFont[Fonts.faces()];
    }
    idleCount.decrementAndGet();
    return set;
  }

  /**
   * Returns a set after a render that completed; a render that failed drops its set instead.
   *
   * @param set the faces from {@link #take()}
   */
  void give(TrueTypeFont[] set) {
    if (idleCount.incrementAndGet() <= MAX_IDLE) {
      idle.offer(set);
    } else {
      idleCount.decrementAndGet();
    }
  }
}
