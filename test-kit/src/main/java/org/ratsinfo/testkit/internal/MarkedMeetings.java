package org.ratsinfo.testkit.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Attendance;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Location;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.Participant;
import org.ratsinfo.model.ParticipantRole;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.testkit.MarkedModels;
import org.ratsinfo.testkit.MarkedModels.Case;
import org.ratsinfo.testkit.MarkedModels.Item;
import org.ratsinfo.testkit.MarkedModels.Kind;

/**
 * Marked meetings, for {@link MarkedModels#of(long)}: the fields a case withholds, the body and the
 * meeting, its agenda items, its participants; every string carries a marker of its kind. One
 * instance per seed; not thread-safe, like its {@link Draws}.
 */
public final class MarkedMeetings {

  private final Draws random;
  private final Markers markers;
  private final MarkedItems agendaItems;
  private final MarkedPapers papers;

  /**
   * The meetings of a seed. The tag of its markers is drawn here, before anything else.
   *
   * @param seed the seed
   */
  public MarkedMeetings(long seed) {
    this.random = new Draws(seed);
    this.markers = new Markers(random);
    this.agendaItems = new MarkedItems(random, markers);
    this.papers = new MarkedPapers(random, markers);
  }

  /**
   * A valid meeting of one to five agenda items, at least one of them public, with its markers.
   *
   * @return the case
   */
  public Case meeting() {
    Set<FieldKey> withheld = EnumSet.noneOf(FieldKey.class);
    switch (random.nextInt(6)) {
      case 0 -> { } // nothing withheld
      case 1 -> withheld.addAll(MarkedModels.WITHHOLDABLE);
      default -> {
        for (FieldKey key : MarkedModels.WITHHOLDABLE) {
          if (random.chance(0.4)) {
            withheld.add(key);
          }
        }
      }
    }
    Markers.Collected meetingMarks = markers.begin();
    Body body = new Body(random.optional(() -> markers.text(Kind.NEVER_SHOWN, false)),
        markers.text(Kind.PUBLIC, true), random.optional(() -> markers.text(Kind.NEVER_SHOWN, false)));
    Kind organizationKind = withheld.contains(FieldKey.ORGANIZATION) ? Kind.WITHHELD : Kind.PUBLIC;
    Organization committee = new Organization(random.optional(() -> markers.marker(Kind.NEVER_SHOWN, false)),
        markers.text(organizationKind, true), random.optional(() -> markers.marker(Kind.NEVER_SHOWN, false)),
        OrganizationType.COMMITTEE);
    String occasion = random.optional(() -> markers.text(kind(withheld, FieldKey.OCCASION), true));
    Location location = random.chance(0.7)
        ? new Location(random.optional(() -> markers.text(kind(withheld, FieldKey.LOCATION), true)),
            random.optional(() -> markers.text(kind(withheld, FieldKey.ROOM), true)),
            random.optional(() -> markers.text(Kind.NEVER_SHOWN, false)), random.optional(() -> "44623"),
            random.optional(() -> markers.text(Kind.NEVER_SHOWN, false)))
        : null;
    String name = random.optional(() -> markers.text(Kind.NEVER_SHOWN, false));
    String meetingId = random.optional(() -> markers.marker(Kind.NEVER_SHOWN, false));

    int publicCount = 1 + random.nextInt(3);
    int nonPublicCount = random.nextInt(3);
    List<Visibility> visibilities = new ArrayList<>();
    for (int i = 0; i < publicCount; i++) {
      visibilities.add(Visibility.PUBLIC);
    }
    for (int i = 0; i < nonPublicCount; i++) {
      visibilities.add(Visibility.NON_PUBLIC);
    }
    random.shuffle(visibilities);
    List<AgendaItem> agenda = new ArrayList<>();
    List<Markers.Collected> itemMarks = new ArrayList<>();
    for (Visibility visibility : visibilities) {
      itemMarks.add(markers.begin());
      agenda.add(agendaItems.agendaItem(visibility, agenda.size(), withheld));
    }
    LocalDateTime start = LocalDateTime.of(2000 + random.nextInt(30), 1 + random.nextInt(12),
        1 + random.nextInt(28), 8 + random.nextInt(10), random.nextInt(4) * 15);
    Meeting meeting = Meeting.builder()
        .id(meetingId)
        .name(name)
        .organization(committee)
        .occasion(occasion)
        .start(start)
        .end(random.chance(0.7) ? start.plusMinutes(30 + random.nextInt(300)) : null)
        .location(location)
        .cancelled(random.chance(0.1))
        .publicity(nonPublicCount == 0 ? MeetingPublicity.PUBLIC : MeetingPublicity.PUBLIC_AND_NON_PUBLIC)
        .agenda(agenda)
        // The meeting's own files are no part of any excerpt.
        .invitation(random.chance(0.3) ? papers.neverShownFile() : null)
        .resultsProtocol(random.chance(0.3) ? papers.neverShownFile() : null)
        .auxiliaryFiles(random.chance(0.2) ? List.of(papers.neverShownFile()) : List.of())
        .build();
    // Drawn last, so that the draws before stay as they were: the participants, for the minutes.
    Markers.Collected participantMarks = markers.begin();
    meeting = meeting.withParticipants(participants(withheld));
    // The last item's markers run on until the participants begin: they include the meeting's own
    // files (never shown), as they always have, so that the case of a seed stays as it was.
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < agenda.size(); i++) {
      items.add(new Item(agenda.get(i), itemMarks.get(i).marks()));
    }
    MeetingExcerpts excerpts = MeetingExcerpts.builder().body(body).meeting(meeting)
        .audience(Audience.PUBLIC).build();
    return new Case(random.seed(), excerpts, Collections.unmodifiableSet(withheld), meetingMarks.marks(),
        List.copyOf(items), participantMarks.marks(), markers.kinds());
  }

  /**
   * None to six participants: the chair and the minute-taker (named in the minutes' header, withheld
   * with {@link FieldKey#CHAIR} and {@link FieldKey#MINUTE_TAKER}, and in the attendance list, withheld
   * with {@link FieldKey#ATTENDANCE}), members of marked voting groups, a deputy.
   */
  private List<Participant> participants(Set<FieldKey> withheld) {
    List<Participant> participants = new ArrayList<>();
    if (!random.chance(0.7)) {
      return participants;
    }
    boolean attendance = !withheld.contains(FieldKey.ATTENDANCE);
    // A chair or minute-taker is named in the header and in the attendance list: withheld only where
    // both are.
    Kind chair = attendance || !withheld.contains(FieldKey.CHAIR) ? Kind.PUBLIC : Kind.WITHHELD;
    Kind minuteTaker = attendance || !withheld.contains(FieldKey.MINUTE_TAKER) ? Kind.PUBLIC : Kind.WITHHELD;
    Kind attendee = attendance ? Kind.PUBLIC : Kind.WITHHELD;
    participants.add(Participant.of(markers.listed(chair), ParticipantRole.CHAIR, null));
    if (random.chance(0.7)) {
      participants.add(Participant.of(markers.listed(minuteTaker), ParticipantRole.MINUTE_TAKER, null));
    }
    int members = random.nextInt(3);
    boolean deputy = random.chance(0.4);
    // A group's name is shown as its heading in the attendance list: made only where it has members.
    String group = members > 0 || deputy ? markers.text(attendee, true) : null;
    for (int i = members; i > 0; i--) {
      participants.add(Participant.of(markers.listed(attendee), ParticipantRole.MEMBER, group)
          .withAttendance(random.pick(Attendance.values())));
    }
    if (deputy) {
      Person member = markers.listed(attendee);
      participants.add(Participant.of(member, ParticipantRole.MEMBER, group).withAttendance(Attendance.EXCUSED));
      participants.add(Participant.deputy(markers.listed(attendee), group, member));
    }
    return participants;
  }

  private static Kind kind(Set<FieldKey> withheld, FieldKey key) {
    return withheld.contains(key) ? Kind.WITHHELD : Kind.PUBLIC;
  }
}
