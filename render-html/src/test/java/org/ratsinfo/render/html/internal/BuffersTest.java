package org.ratsinfo.render.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Builders kept between renders come back empty; a huge one is kept only while pages are huge, and
 * never beyond the largest size.
 */
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
  void theBuilderOfAHugePageIsKeptForTheNextHugePage() {
    StringBuilder[] taken = emptySlots();
    StringBuilder huge = page(Buffers.MAX_RETAINED * 3);
    Buffers.give(huge);
    StringBuilder next = Buffers.take(16);
    assertSame(huge, next);
    assertEquals(0, next.length());
    Buffers.give(next.append("x".repeat(Buffers.MAX_RETAINED * 2)));
    assertSame(huge, Buffers.take(16), "kept again while pages are huge");
    giveBack(taken);
  }

  @Test
  void aPageThatFitsLetsTheHugeBuilderGo() {
    StringBuilder[] taken = emptySlots();
    StringBuilder huge = page(Buffers.MAX_RETAINED * 3);
    Buffers.give(huge);
    Buffers.give(new StringBuilder(16).append("a page that fits"));
    assertNotKept(huge);
    giveBack(taken);
  }

  @Test
  void aSmallPageWrittenIntoTheHugeBuilderLetsItGo() {
    StringBuilder[] taken = emptySlots();
    StringBuilder huge = page(Buffers.MAX_RETAINED * 3);
    Buffers.give(huge);
    StringBuilder next = Buffers.take(16);
    assertSame(huge, next);
    Buffers.give(next.append("a page that fits"));
    assertNotKept(huge);
    giveBack(taken);
  }

  @Test
  void aBuilderBeyondTheLargestKeptSizeIsNeverKept() {
    StringBuilder[] taken = emptySlots();
    StringBuilder enormous = page(Buffers.MAX_HUGE + 1);
    Buffers.give(enormous);
    assertNotSame(enormous, Buffers.take(16));
    giveBack(taken);
  }

  @Test
  void anUnusedHugeBuilderIsNotKept() {
    StringBuilder[] taken = emptySlots();
    StringBuilder empty = new StringBuilder(Buffers.MAX_RETAINED + 1);
    Buffers.give(empty);
    StringBuilder next = Buffers.take(16);
    assertNotSame(empty, next);
    assertTrue(next.capacity() < Buffers.MAX_RETAINED);
    giveBack(taken);
  }

  /** Neither the huge builder nor any other beyond the ordinary size is taken again. */
  private static void assertNotKept(StringBuilder huge) {
    StringBuilder[] again = emptySlots();
    for (StringBuilder builder : again) {
      assertNotSame(huge, builder);
      assertTrue(builder.capacity() <= Buffers.MAX_RETAINED, () -> "capacity " + builder.capacity());
    }
    giveBack(again);
  }

  private static StringBuilder page(int length) {
    StringBuilder builder = new StringBuilder(16);
    builder.append("x".repeat(length));
    return builder;
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
