package org.ratsinfo.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Which excerpt of an input a thread renders next: the inputs with many excerpts (the meeting) are
 * rendered one after another, so that one benchmark operation is always one excerpt.
 */
@State(Scope.Thread)
public class Cursor {
  private int next;

  /**
   * The index of the next excerpt.
   *
   * @param size how many excerpts the input has
   * @return an index from 0 to {@code size - 1}, in turn
   */
  public int next(int size) {
    int i = next;
    next = i + 1 == size ? 0 : i + 1;
    return i;
  }
}
