package org.ratsinfo.render.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Builders kept between renders come back empty, and huge ones are not kept. */
class BuffersTest {

  @Test
  void aBuilderGivenBackIsTakenAgainEmpty() {
    StringBuilder[] taken = emptySlots();
    StringBuilder first = Buffers.take(16);
    first.append("left over from the page before");
    Buffers.give(first);
    StringBuilder again = Buffers.take(16);
    assertSame(first, again);
    assertEquals(0, again.length());
    giveBack(taken);
  }

  @Test
  void aHugeBuilderIsNotKept() {
    StringBuilder[] taken = emptySlots();
    StringBuilder huge = new StringBuilder(Buffers.MAX_RETAINED + 1);
    Buffers.give(huge);
    StringBuilder next = Buffers.take(16);
    assertNotSame(huge, next);
    giveBack(taken);
  }

  @Test
  void theBuilderAfterAHugePageIsMadeLargeEnoughAtOnceUntilAPageFitsAgain() {
    StringBuilder[] taken = emptySlots();
    int pageLength = Buffers.MAX_RETAINED * 3;
    StringBuilder huge = new StringBuilder(16);
    huge.append("x".repeat(pageLength));
    Buffers.give(huge);
    StringBuilder next = Buffers.take(16);
    assertTrue(next.capacity() >= pageLength, () -> "capacity " + next.capacity());
    Buffers.give(new StringBuilder(16).append("a page that fits")); // the hint is forgotten
    StringBuilder[] again = emptySlots();
    assertTrue(again[again.length - 1].capacity() < Buffers.MAX_RETAINED,
        () -> "capacity " + again[again.length - 1].capacity());
    giveBack(again);
    giveBack(taken);
  }

  @Test
  void anUnusedHugeBuilderLeavesNoHint() {
    StringBuilder[] taken = emptySlots();
    Buffers.give(new StringBuilder(Buffers.MAX_RETAINED + 1)); // empty
    assertTrue(Buffers.take(16).capacity() < Buffers.MAX_RETAINED);
    giveBack(taken);
  }

  /** Takes what the slots hold (renders before this test left builders there). */
  private static StringBuilder[] emptySlots() {
    StringBuilder[] taken = new StringBuilder[64];
    for (int i = 0; i < taken.length; i++) {
      taken[i] = Buffers.take(16);
    }
    return taken;
  }

  private static void giveBack(StringBuilder[] taken) {
    for (StringBuilder builder : taken) {
      Buffers.give(builder);
    }
  }
}
