package org.ratsinfo.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.ItemReference;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.Participant;
import org.ratsinfo.model.ParticipantRole;
import org.ratsinfo.model.Person;

/**
 * Lays out the attendance list of the minutes: a section per voting group in the order the groups
 * first appear among the participants, then the participants without a group, the administration (the
 * minute-taker included) and the guests and experts; each a table of names with their role ("Mitglied",
 * "Vertretung für Meier, Hans") and attendance ("anwesend, ab Ö 5", "entschuldigt"). Withheld from
 * the public as {@link FieldKey#ATTENDANCE}.
 */
final class AttendanceSection {

  private AttendanceSection() {}

  static @Nullable Section section(LayoutContext context, Redaction redaction, Meeting meeting) {
    if (meeting.participants().isEmpty() || !redaction.shows(FieldKey.ATTENDANCE)) {
      return null;
    }
    Labels labels = context.labels;
    Map<String, List<Participant>> groups = new LinkedHashMap<>();
    List<Participant> others = new ArrayList<>();
    List<Participant> administration = new ArrayList<>();
    List<Participant> guests = new ArrayList<>();
    for (Participant participant : meeting.participants()) {
      switch (participant.role()) {
        case ADMINISTRATION, MINUTE_TAKER -> administration.add(participant);
        case GUEST, EXPERT -> guests.add(participant);
        default -> {
          if (participant.group() == null) {
            others.add(participant);
          } else {
            groups.computeIfAbsent(participant.group(), g -> new ArrayList<>()).add(participant);
          }
        }
      }
    }
    List<Block> blocks = new ArrayList<>();
    // Arrivals and departures are told by the items' numbers, withheld with them.
    boolean numbers = redaction.shows(FieldKey.AGENDA_ITEM);
    groups.forEach((group, members) ->
        blocks.add(group(context, group, context.dataLanguage, members, numbers)));
    if (!others.isEmpty()) {
      blocks.add(group(context, labels.get("attendance.noGroup"), null, others, numbers));
    }
    if (!administration.isEmpty()) {
      blocks.add(group(context, labels.get("attendance.ADMINISTRATION"), null, administration, numbers));
    }
    if (!guests.isEmpty()) {
      blocks.add(group(context, labels.get("attendance.GUESTS"), null, guests, numbers));
    }
    return context.section(SectionKind.ATTENDANCE, blocks);
  }

  private static Section group(LayoutContext context, String name, @Nullable String language,
      List<Participant> participants, boolean numbers) {
    Labels labels = context.labels;
    List<Table.Row> rows = new ArrayList<>(participants.size());
    for (Participant participant : participants) {
      rows.add(new Table.Row(participant.person().listName(),
          List.of(role(labels, participant), presence(context, participant, numbers))));
    }
    // The caption is the group's name, as the section's heading: renderers show it once.
    Table table = new Table(name, labels.get("attendance.name"),
        List.of(labels.get("attendance.role"), labels.get("attendance.presence")), rows, null);
    return new Section(SectionKind.ATTENDANCE, name, List.of(table), language);
  }

  private static String role(Labels labels, Participant participant) {
    Person deputyFor = participant.deputyFor();
    if (participant.role() == ParticipantRole.DEPUTY && deputyFor != null) {
      return labels.format("role.DEPUTY", deputyFor.listName());
    }
    String function = participant.person().function();
    String role = labels.get("role." + participant.role().name());
    // The administration's staff are named with their function ("Kämmerin"), where given.
    return participant.role() == ParticipantRole.ADMINISTRATION && function != null ? function : role;
  }

  private static String presence(LayoutContext context, Participant participant, boolean numbers) {
    Labels labels = context.labels;
    StringBuilder presence = new StringBuilder(labels.get("presence." + participant.attendance().name()));
    if (!numbers) {
      return presence.toString();
    }
    ItemReference arrived = participant.arrivedDuring();
    if (arrived != null) {
      presence.append(", ").append(labels.format("presence.arrived",
          context.itemNumber(arrived.visibility(), arrived.number())));
    }
    ItemReference left = participant.leftAfter();
    if (left != null) {
      presence.append(", ").append(labels.format("presence.left",
          context.itemNumber(left.visibility(), left.number())));
    }
    return presence.toString();
  }
}
