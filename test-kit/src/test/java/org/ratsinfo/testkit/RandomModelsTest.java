package org.ratsinfo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ratsinfo.model.Attendance;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.ParticipantRole;

/** What the random models cover, so that the tests built on them test it. */
class RandomModelsTest {

  /** The random meetings carry every kind of what the minutes record, often enough to test it. */
  @Test
  void theRandomMeetingsCoverTheMinutes() {
    Map<String, Integer> covered = new TreeMap<>();
    RandomModels.seeds(300).forEach(seed -> {
      Meeting m = RandomModels.of(seed).meeting();
      count(covered, "opened", m.openedAt() != null);
      count(covered, "closed", m.closedAt() != null);
      count(covered, "invitation date", m.invitationDate() != null);
      count(covered, "invitation text", m.invitationText() != null);
      count(covered, "signature by a person", m.signatures().stream().anyMatch(s -> s.person() != null));
      count(covered, "signature by a name", m.signatures().stream().anyMatch(s -> s.name() != null));
      count(covered, "changed chair", m.agenda().stream().anyMatch(i -> i.chair() != null));
      for (ParticipantRole role : ParticipantRole.values()) {
        count(covered, role.name(), m.participants().stream().anyMatch(p -> p.role() == role));
      }
      for (Attendance attendance : Attendance.values()) {
        count(covered, attendance.name(),
            m.participants().stream().anyMatch(p -> p.attendance() == attendance));
      }
      count(covered, "arrived", m.participants().stream().anyMatch(p -> p.arrivedDuring() != null));
      count(covered, "left", m.participants().stream().anyMatch(p -> p.leftAfter() != null));
    });
    assertEquals(7 + ParticipantRole.values().length + Attendance.values().length + 2, covered.size(),
        covered::toString);
    covered.forEach((what, count) -> assertTrue(count >= 10, () -> what + ": " + covered));
  }

  private static void count(Map<String, Integer> covered, String what, boolean present) {
    if (present) {
      covered.merge(what, 1, Integer::sum);
    }
  }
}
