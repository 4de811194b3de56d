package org.ratsinfo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ratsinfo.testing.TestMeetings;

class MeetingExcerptsTest {

  private static List<String> tops(List<Excerpt> excerpts) {
    return excerpts.stream()
        .map(e -> (e.agendaItem().visibility().isPublic() ? "Ö " : "N ") + e.agendaItem().number())
        .toList();
  }

  @Test
  void internalExcerptsAreEveryItemInAgendaOrder() {
    MeetingExcerpts meeting = TestMeetings.interleaved(Audience.INTERNAL);
    List<Excerpt> excerpts = meeting.excerpts();
    assertEquals(List.of("Ö 1", "N 1", "Ö 2", "N 2", "Ö 3"), tops(excerpts));
    for (Excerpt e : excerpts) {
      assertEquals(Audience.INTERNAL, e.audience());
      assertEquals(meeting.body(), e.body());
      assertEquals(List.of(), e.meeting().agenda(), "the meeting without its agenda");
      assertEquals(meeting.meeting().withoutAgenda(), e.meeting());
    }
  }

  @Test
  void publicExcerptsLeaveNonPublicItemsOutEntirely() {
    List<Excerpt> excerpts = TestMeetings.interleaved(Audience.PUBLIC).excerpts();
    assertEquals(List.of("Ö 1", "Ö 2", "Ö 3"), tops(excerpts));
    for (Excerpt e : excerpts) {
      assertEquals(Audience.PUBLIC, e.audience());
      assertFalse(e.toString().contains(TestMeetings.SECRET), "nothing of a non-public item: " + e);
    }
  }

  @Test
  void builderAndCopies() {
    MeetingExcerpts internal = TestMeetings.interleaved(Audience.INTERNAL);
    MeetingExcerpts built = MeetingExcerpts.builder().body(internal.body()).meeting(internal.meeting())
        .build();
    assertEquals(Audience.PUBLIC, built.audience(), "the default audience");
    assertEquals(internal, built.withAudience(Audience.INTERNAL));
    assertEquals(3, built.items().size());
    assertEquals(5, internal.items().size());
    assertTrue(built.withMeeting(TestMeetings.meeting(List.of())).excerpts().isEmpty());
    assertThrows(NullPointerException.class, () -> MeetingExcerpts.builder().body(internal.body()).build());
    assertThrows(NullPointerException.class,
        () -> new MeetingExcerpts(internal.body(), internal.meeting(), null));
  }
}
