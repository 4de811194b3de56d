package org.ratsinfo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * A person invited to a meeting, with their role, voting group and attendance, as the minutes
 * (Niederschrift) list them. OParl: {@code Meeting.participant} names the persons; role, group and
 * attendance are beyond it.
 *
 * <p>Validation checks that exactly the deputies name whom they stand in for, that only a present
 * participant arrives or leaves during the meeting, that the items named exist in the meeting's
 * agenda and that a participant leaves no earlier than they arrived.
 *
 * @param person the person
 * @param role the role in the meeting
 * @param group the voting group (faction, or the mayor on their own) as named in the vote tallies,
 *     e.g. "SPD" or "BM"; optional, e.g. for the administration or guests
 * @param deputyFor the member a {@link ParticipantRole#DEPUTY deputy} stands in for (in Vertretung
 *     für); required for a deputy, absent for every other role
 * @param attendance whether the person attended
 * @param arrivedDuring the agenda item during which a present participant arrived late; optional
 *     (present from the opening)
 * @param leftAfter the agenda item after which a present participant left early; optional (present
 *     until the closing)
 */
public record Participant(
    @Valid Person person,
    ParticipantRole role,
    @Size(max = 100) @XmlText @Nullable String group,
    @Valid @Nullable Person deputyFor,
    Attendance attendance,
    @Valid @Nullable ItemReference arrivedDuring,
    @Valid @Nullable ItemReference leftAfter) {

  /** Checks that person, role and attendance are present and treats a blank group as absent. */
  public Participant {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
    group = Values.optional(group);
    Objects.requireNonNull(attendance, "attendance");
  }

  /**
   * A participant present throughout the meeting.
   *
   * @param person the person
   * @param role the role in the meeting; not {@link ParticipantRole#DEPUTY}, see {@link #deputy}
   * @param group the voting group, or {@code null}
   * @return the participant
   */
  public static Participant of(Person person, ParticipantRole role, @Nullable String group) {
    return new Participant(person, role, group, null, Attendance.PRESENT, null, null);
  }

  /**
   * A deputy present throughout the meeting.
   *
   * @param person the deputy
   * @param group the voting group, or {@code null}
   * @param deputyFor the member they stand in for
   * @return the participant
   */
  public static Participant deputy(Person person, @Nullable String group, Person deputyFor) {
    return new Participant(person, ParticipantRole.DEPUTY, group,
        Objects.requireNonNull(deputyFor, "deputyFor"), Attendance.PRESENT, null, null);
  }

  /** A copy with the given attendance. */
  public Participant withAttendance(Attendance attendance) {
    return new Participant(person, role, group, deputyFor, attendance, arrivedDuring, leftAfter);
  }

  /** A copy with the item during which the participant arrived, or none. */
  public Participant withArrivedDuring(@Nullable ItemReference arrivedDuring) {
    return new Participant(person, role, group, deputyFor, attendance, arrivedDuring, leftAfter);
  }

  /** A copy with the item after which the participant left, or none. */
  public Participant withLeftAfter(@Nullable ItemReference leftAfter) {
    return new Participant(person, role, group, deputyFor, attendance, arrivedDuring, leftAfter);
  }

  /** A copy with the given role and the member stood in for (only a deputy names one). */
  public Participant withRole(ParticipantRole role, @Nullable Person deputyFor) {
    return new Participant(person, role, group, deputyFor, attendance, arrivedDuring, leftAfter);
  }
}
