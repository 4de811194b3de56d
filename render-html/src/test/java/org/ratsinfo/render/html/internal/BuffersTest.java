package org.ratsinfo.render.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

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
