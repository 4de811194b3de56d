package org.ratsinfo.testkit.internal;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Attendance;
import org.ratsinfo.model.ItemReference;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.Participant;
import org.ratsinfo.model.ParticipantRole;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Signature;

/**
 * What random minutes record of a meeting: opening and closing, the invitation, participants and
 * their attendance, a changed chair at some items, signatures. Not thread-safe, like its {@link
 * Draws}.
 */
public final class RandomMinutes {

  private final Draws random;
  private final RandomTexts texts;
  private final RandomPeople people;
  private final RandomTimes times;

  /** The generator drawing from {@code random}. */
  public RandomMinutes(Draws random) {
    this.random = random;
    this.texts = new RandomTexts(random);
    this.people = new RandomPeople(random);
    this.times = new RandomTimes(random);
  }

  /**
   * What the minutes record of a meeting, valid: opening and closing in order, the invitation's date
   * and text, participants in every role and attendance (one chair at most, present; deputies naming
   * whom they stand in for; present ones arriving and leaving at items of the agenda in order), a
   * changed chair at some items (a present participant), signatures by a person or a name.
   */
  void record(Meeting.Builder builder, ZonedDateTime start, List<AgendaItem> agenda) {
    ZonedDateTime opened = random.chance(0.6) ? start.plusSeconds(random.nextInt(1800) - 600) : null;
    ZonedDateTime closed = random.chance(0.6)
        ? (opened != null ? opened : start).plusSeconds(random.nextInt(12 * 3600)) : null;
    builder.openedAt(opened != null && random.chance(0.2) ? opened.withZoneSameInstant(times.zone()) : opened)
        .closedAt(closed != null && random.chance(0.2) ? closed.withZoneSameInstant(times.zone()) : closed)
        .invitationDate(random.chance(0.5) ? start.toLocalDate().minusDays(random.nextInt(30)) : null)
        .invitationText(random.chance(0.5) ? texts.text() : null);
    List<Participant> participants = new ArrayList<>();
    List<Person> present = new ArrayList<>();
    boolean chair = false;
    for (int i = random.nextInt(13); i > 0; i--) {
      Person person = people.person().toBuilder().id("https://oparl.example/person/participant-" + i).build();
      ParticipantRole role = random.pick(ParticipantRole.values());
      if (role == ParticipantRole.CHAIR && chair) {
        role = ParticipantRole.MEMBER;
      }
      Attendance attendance = role == ParticipantRole.CHAIR || random.chance(0.75)
          ? Attendance.PRESENT : random.pick(Attendance.EXCUSED, Attendance.ABSENT_UNEXCUSED);
      chair |= role == ParticipantRole.CHAIR;
      ItemReference arrived = null;
      ItemReference left = null;
      if (attendance.isPresent() && !agenda.isEmpty() && random.chance(0.3)) {
        // the items are in agenda order in the list: the earlier index for the arrival
        int a = random.nextInt(agenda.size());
        int b = a + random.nextInt(agenda.size() - a);
        arrived = random.chance(0.7) ? ItemReference.to(agenda.get(a)) : null;
        left = random.chance(0.7) ? ItemReference.to(agenda.get(b)) : null;
      }
      participants.add(new Participant(person, role,
          random.chance(0.6)
              ? (random.chance(0.7) ? random.pick(RandomPeople.FACTIONS) : texts.phrase(1, 3, 100)) : null,
          role == ParticipantRole.DEPUTY ? people.person() : null, attendance, arrived, left));
      if (attendance.isPresent()) {
        present.add(person);
      }
    }
    builder.participants(participants);
    List<Signature> signatures = new ArrayList<>();
    for (int i = random.chance(0.5) ? 1 + random.nextInt(2) : 0; i > 0; i--) {
      Person signatory = random.chance(0.5) ? people.person() : null;
      String name = signatory != null ? null
          : random.chance(0.5) ? texts.phrase(1, 4, 300)
          : random.pick(RandomPeople.GIVEN_NAMES) + " " + random.pick(RandomPeople.FAMILY_NAMES);
      signatures.add(new Signature(signatory, name,
          random.optional(() -> random.pick("Bürgermeisterin", "Schriftführerin", "Vorsitzender",
              texts.phrase(1, 3, 200))),
          random.optional(() -> random.pick("Musterstadt", "Görlitz", texts.phrase(1, 2, 200))),
          random.chance(0.5) ? start.toLocalDate().plusDays(random.nextInt(30)) : null));
    }
    builder.signatures(signatures);
    if (!agenda.isEmpty() && (participants.isEmpty() || !present.isEmpty())) {
      // Where attendance is recorded, an item's chair is one who was present.
      List<AgendaItem> chaired = new ArrayList<>();
      for (AgendaItem item : agenda) {
        chaired.add(random.chance(0.2)
            ? item.withChair(present.isEmpty() ? people.person() : random.pick(present)) : item);
      }
      builder.agenda(chaired);
    }
  }
}
