package org.ratsinfo.render.batch;

/**
 * Hears of the progress of a {@link MeetingRenderer}. Called from one thread, the one that called
 * {@link MeetingRenderer#render}, in agenda order: first {@link #started(int)}, then {@link
 * #itemFinished} once per item after its files were written, with {@code done} counting 1, 2, 3 … up to
 * {@code total}. So an implementation needs no synchronisation of its own. It should return quickly;
 * an exception it throws stops the rendering and is thrown by {@code render}.
 */
@FunctionalInterface
public interface BatchListener {

  /** A listener that does nothing. */
  static BatchListener none() {
    return (item, done, total) -> { };
  }

  /**
   * Rendering starts.
   *
   * @param total how many agenda items will be rendered
   */
  default void started(int total) {}

  /**
   * An agenda item is done: its files written, or its failures known.
   *
   * @param item what became of the item
   * @param done how many items are done, this one included
   * @param total how many items there are
   */
  void itemFinished(ItemResult item, int done, int total);
}
