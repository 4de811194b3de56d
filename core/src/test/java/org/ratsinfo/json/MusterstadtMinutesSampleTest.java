package org.ratsinfo.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Attendance;
import org.ratsinfo.model.ItemReference;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Participant;
import org.ratsinfo.model.ParticipantRole;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.validation.ModelValidator;

/**
 * The Musterstadt meeting carries what its minutes need: participants in every role of a council
 * meeting, a change of chair, opening and closing, the invitation's date and text, and the two
 * signatures; and it is valid.
 */
class MusterstadtMinutesSampleTest {

  private static final Path SAMPLE =
      Path.of(System.getProperty("ratsinfo.samples"), "rat-musterstadt-2026-09-15.json");

  @Test
  void theSampleIsValidWithItsMinutes() throws IOException {
    MeetingExcerpts sample = RatsinfoJson.standard().readMeetingExcerpts(SAMPLE);
    assertEquals(List.of(), ModelValidator.standard().validate(sample, Locale.GERMAN));
    assertEquals(List.of(), ModelValidator.standard().validate(sample, Locale.ENGLISH));
  }

  @Test
  void theSampleRecordsWhoAttendedAndWhoChaired() throws IOException {
    Meeting m = RatsinfoJson.standard().readMeetingExcerpts(SAMPLE).meeting();
    List<Participant> participants = m.participants();
    assertEquals(21, participants.size());
    Map<ParticipantRole, Long> roles = participants.stream()
        .collect(Collectors.groupingBy(Participant::role, TreeMap::new, Collectors.counting()));
    assertEquals(Map.of(ParticipantRole.CHAIR, 1L, ParticipantRole.DEPUTY_CHAIR, 1L,
        ParticipantRole.MEMBER, 13L, ParticipantRole.DEPUTY, 1L, ParticipantRole.MINUTE_TAKER, 1L,
        ParticipantRole.ADMINISTRATION, 2L, ParticipantRole.GUEST, 1L, ParticipantRole.EXPERT, 1L), roles);
    assertEquals(Set.of("BM", "SPD", "CDU", "Grüne", "FDP", "FW", "Linke"), participants.stream()
        .map(Participant::group).filter(g -> g != null).collect(Collectors.toSet()),
        "the groups as the tallies name them");
    assertEquals(List.of(Attendance.EXCUSED, Attendance.ABSENT_UNEXCUSED), participants.stream()
        .map(Participant::attendance).filter(a -> !a.isPresent()).sorted().toList());
    Participant deputy = participants.stream().filter(p -> p.role() == ParticipantRole.DEPUTY)
        .findFirst().orElseThrow();
    assertEquals(Attendance.EXCUSED, participants.stream()
        .filter(p -> p.person().equals(deputy.deputyFor())).findFirst().orElseThrow().attendance(),
        "the deputy stands in for the excused member");
    assertEquals(List.of(ItemReference.of(Visibility.PUBLIC, "5")), participants.stream()
        .map(Participant::arrivedDuring).filter(r -> r != null).toList());
    assertEquals(List.of(ItemReference.of(Visibility.PUBLIC, "14")), participants.stream()
        .map(Participant::leftAfter).filter(r -> r != null).toList());
    Participant deputyChair = participants.stream()
        .filter(p -> p.role() == ParticipantRole.DEPUTY_CHAIR).findFirst().orElseThrow();
    List<String> chaired = m.agenda().stream().filter(i -> i.chair() != null)
        .map(i -> (i.visibility().isPublic() ? "Ö " : "N ") + i.number()).toList();
    assertEquals(List.of("Ö 16"), chaired);
    AgendaItem sixteen = m.agenda().stream().filter(i -> i.chair() != null).findFirst().orElseThrow();
    assertEquals(deputyChair.person(), sixteen.chair());
  }

  @Test
  void theSampleRecordsOpeningClosingInvitationAndSignatures() throws IOException {
    Meeting m = RatsinfoJson.standard().readMeetingExcerpts(SAMPLE).meeting();
    assertEquals(m.start(), m.openedAt(), "opened at 16:00, as Ö 1 says");
    assertEquals(m.end(), m.closedAt());
    assertEquals(LocalDate.of(2026, 9, 1), m.invitationDate(), "the invitation Ö 2 names");
    assertNotNull(m.invitationText());
    assertEquals(2, m.signatures().size());
    Participant chair = m.participants().get(0);
    assertEquals(ParticipantRole.CHAIR, chair.role());
    assertEquals(chair.person(), m.signatures().get(0).person());
    assertEquals("Schriftführerin", m.signatures().get(1).function());
    assertEquals("Nicole Brandes", m.signatures().get(1).name());
  }
}
