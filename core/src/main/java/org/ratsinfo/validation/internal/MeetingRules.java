package org.ratsinfo.validation.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.Characters;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.ItemReference;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.Participant;
import org.ratsinfo.model.ParticipantRole;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Signature;

/**
 * The rules of what the minutes record of a meeting: its opening and closing, its participants, the
 * chairs of its items and the signatures. A person is recognised as in {@link VoteRules#identity}.
 */
final class MeetingRules {

  private MeetingRules() {}

  /** The rules of one participant on their own. */
  static void participant(Participant participant, RuleReport report) {
    boolean deputy = participant.role() == ParticipantRole.DEPUTY;
    if (deputy && participant.deputyFor() == null) {
      report.at("deputyFor").add("org.ratsinfo.rule.participant.deputyForMissing");
    } else if (!deputy && participant.deputyFor() != null) {
      report.at("deputyFor").add("org.ratsinfo.rule.participant.deputyForNotDeputy");
    }
    if (!participant.attendance().isPresent()) {
      // Only who was there can come late or leave early.
      if (participant.arrivedDuring() != null) {
        report.at("arrivedDuring").add("org.ratsinfo.rule.participant.notPresent");
      }
      if (participant.leftAfter() != null) {
        report.at("leftAfter").add("org.ratsinfo.rule.participant.notPresent");
      }
    }
  }

  /** A signature names its signatory as a person or by a name that shows, not both. */
  static void signature(Signature signature, RuleReport report) {
    String name = signature.name();
    boolean both = signature.person() != null && name != null;
    boolean neither = signature.person() == null && (name == null || !Characters.hasVisible(name));
    if (both || neither) {
      report.at("person").add("org.ratsinfo.rule.signature.exactlyOne");
    }
  }

  /** The rules of a meeting that span its times, participants and agenda. */
  static void meeting(Meeting meeting, RuleReport report) {
    if (meeting.openedAt() != null && meeting.closedAt() != null
        && meeting.closedAt().isBefore(meeting.openedAt())) {
      report.at("closedAt").add("org.ratsinfo.rule.meeting.closing");
    }
    List<Participant> participants = meeting.participants();
    Set<String> persons = new HashSet<>();
    Set<String> present = new HashSet<>();
    boolean chair = false;
    for (int i = 0; i < participants.size(); i++) {
      Participant p = participants.get(i);
      String identity = VoteRules.identity(p.person());
      if (!persons.add(identity)) {
        report.atIndex("participants", i, "person").add("org.ratsinfo.rule.participant.duplicate");
      }
      if (p.attendance().isPresent()) {
        present.add(identity);
      }
      if (p.role() == ParticipantRole.CHAIR) {
        if (chair) {
          report.atIndex("participants", i, "role").add("org.ratsinfo.rule.participant.secondChair");
        } else if (!p.attendance().isPresent()) {
          report.atIndex("participants", i, "attendance").add("org.ratsinfo.rule.participant.chairAbsent");
        }
        chair = true;
      }
    }
    List<AgendaItem> agenda = meeting.agenda();
    if (agenda.isEmpty()) {
      return; // a meeting without its agenda, as an excerpt carries it: nothing to refer to
    }
    Map<String, Integer> positions = positions(agenda);
    for (int i = 0; i < participants.size(); i++) {
      Participant p = participants.get(i);
      Integer arrived = position(p.arrivedDuring(), positions, i, "arrivedDuring", report);
      Integer left = position(p.leftAfter(), positions, i, "leftAfter", report);
      if (arrived != null && left != null && left < arrived) {
        report.atIndex("participants", i, "leftAfter").add("org.ratsinfo.rule.participant.leftBeforeArrival");
      }
    }
    if (participants.isEmpty()) {
      return; // no attendance recorded: an item's chair cannot be checked against it
    }
    for (int i = 0; i < agenda.size(); i++) {
      Person itemChair = agenda.get(i).chair();
      if (itemChair != null && !present.contains(VoteRules.identity(itemChair))) {
        report.atIndex("agenda", i, "chair").add("org.ratsinfo.rule.agenda.chairNotPresent");
      }
    }
  }

  /**
   * The position of each item in the agenda's order: by {@code order}, then by place in the list (the
   * order the headings are placed by); the first item of a visibility and number wins, a duplicate is
   * reported elsewhere.
   */
  private static Map<String, Integer> positions(List<AgendaItem> agenda) {
    Integer[] indexes = new Integer[agenda.size()];
    for (int i = 0; i < indexes.length; i++) {
      indexes[i] = i;
    }
    Arrays.sort(indexes, (a, b) -> agenda.get(a).order() != agenda.get(b).order()
        ? Integer.compare(agenda.get(a).order(), agenda.get(b).order()) : Integer.compare(a, b));
    Map<String, Integer> positions = new HashMap<>();
    for (int rank = 0; rank < indexes.length; rank++) {
      AgendaItem item = agenda.get(indexes[rank]);
      positions.putIfAbsent(key(item.visibility().name(), item.number()), rank);
    }
    return positions;
  }

  private static @Nullable Integer position(@Nullable ItemReference reference,
      Map<String, Integer> positions, int participant, String property, RuleReport report) {
    if (reference == null) {
      return null;
    }
    Integer position = positions.get(key(reference.visibility().name(), reference.number()));
    if (position == null) {
      report.atIndex("participants", participant, property).add("org.ratsinfo.rule.participant.unknownItem");
    }
    return position;
  }

  private static String key(String visibility, String number) {
    return visibility + ' ' + number;
  }
}
