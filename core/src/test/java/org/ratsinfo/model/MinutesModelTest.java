package org.ratsinfo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ratsinfo.testing.TestMeetings;

/** What a meeting records for its minutes: participants, changes of chair, times, invitation, signatures. */
class MinutesModelTest {

  private static final Person MEMBER = Person.of("Hans", "Meier");

  @Test
  void participantsRequirePersonRoleAndAttendanceAndDropABlankGroup() {
    assertThrows(NullPointerException.class, () -> Participant.of(null, ParticipantRole.MEMBER, "SPD"));
    assertThrows(NullPointerException.class, () -> Participant.of(MEMBER, null, "SPD"));
    assertThrows(NullPointerException.class, () -> Participant.of(MEMBER, ParticipantRole.MEMBER, null)
        .withAttendance(null));
    assertThrows(NullPointerException.class, () -> Participant.deputy(MEMBER, "SPD", null));
    Participant p = Participant.of(MEMBER, ParticipantRole.MEMBER, " \t");
    assertNull(p.group());
    assertEquals(Attendance.PRESENT, p.attendance());
    assertNull(p.deputyFor());
    assertNull(p.arrivedDuring());
    assertNull(p.leftAfter());
  }

  @Test
  void copiesChangeOneValue() {
    Person member = Person.of("Ute", "Grün");
    Participant deputy = Participant.deputy(MEMBER, "Grüne", member);
    assertEquals(ParticipantRole.DEPUTY, deputy.role());
    assertEquals(member, deputy.deputyFor());
    ItemReference five = ItemReference.of(Visibility.PUBLIC, "5");
    ItemReference fourteen = ItemReference.of(Visibility.PUBLIC, "14");
    Participant changed = deputy.withArrivedDuring(five).withLeftAfter(fourteen)
        .withAttendance(Attendance.PRESENT);
    assertEquals(new Participant(MEMBER, ParticipantRole.DEPUTY, "Grüne", member, Attendance.PRESENT,
        five, fourteen), changed);
    assertEquals(new Participant(MEMBER, ParticipantRole.MEMBER, "Grüne", null, Attendance.PRESENT,
        five, fourteen), changed.withRole(ParticipantRole.MEMBER, null));
  }

  @Test
  void anItemReferenceRefersToTheItemOfItsVisibilityAndNumber() {
    AgendaItem item = TestMeetings.publicItem("5", 4);
    ItemReference reference = ItemReference.to(item);
    assertEquals(ItemReference.of(Visibility.PUBLIC, "5"), reference);
    assertTrue(reference.refersTo(item));
    assertFalse(ItemReference.of(Visibility.NON_PUBLIC, "5").refersTo(item));
    assertFalse(ItemReference.of(Visibility.PUBLIC, "5.1").refersTo(item));
    assertThrows(NullPointerException.class, () -> ItemReference.of(null, "5"));
    assertThrows(NullPointerException.class, () -> ItemReference.of(Visibility.PUBLIC, null));
  }

  @Test
  void aSignatureIsByAPersonOrAName() {
    LocalDate date = LocalDate.of(2026, 9, 22);
    Signature byPerson = Signature.of(MEMBER, "Bürgermeister", "Musterstadt", date);
    assertEquals(MEMBER, byPerson.person());
    assertNull(byPerson.name());
    Signature byName = Signature.ofName("Erika Muster", " ", "", null);
    assertNull(byName.person());
    assertEquals("Erika Muster", byName.name());
    assertNull(byName.function(), "blank is absent");
    assertNull(byName.place());
    assertNull(new Signature(null, "  ", null, null, null).name());
    assertThrows(NullPointerException.class, () -> Signature.of(null, null, null, null));
    assertThrows(NullPointerException.class, () -> Signature.ofName(null, null, null, null));
  }

  @Test
  void theBuilderReadsOpeningAndClosingInItsTimeZoneAndKeepsEverything() {
    ZoneId london = ZoneId.of("Europe/London");
    Participant chair = Participant.of(Person.of("Almut", "Feldkamp"), ParticipantRole.CHAIR, "BM");
    Signature signature = Signature.ofName("Almut Feldkamp", "Bürgermeisterin", null, null);
    Meeting meeting = Meeting.builder()
        .organization(Organization.committee("Rat"))
        .timeZone(london)
        .start(LocalDateTime.of(2026, 9, 15, 16, 0))
        .openedAt(LocalDateTime.of(2026, 9, 15, 16, 4))
        .closedAt(LocalDateTime.of(2026, 9, 15, 20, 37))
        .invitationDate(LocalDate.of(2026, 9, 1))
        .invitationText("Sehr geehrte Damen und Herren,\n\nich lade Sie ein.")
        .participant(chair)
        .signature(signature)
        .build();
    assertEquals(ZonedDateTime.of(2026, 9, 15, 16, 4, 0, 0, london), meeting.openedAt());
    assertEquals(ZonedDateTime.of(2026, 9, 15, 20, 37, 0, 0, london), meeting.closedAt());
    assertEquals(List.of("Sehr geehrte Damen und Herren,", "ich lade Sie ein."),
        meeting.invitationText().paragraphs());
    assertEquals(List.of(chair), meeting.participants());
    assertEquals(List.of(signature), meeting.signatures());
    assertEquals(meeting, meeting.toBuilder().build());
    ZonedDateTime zoned = ZonedDateTime.of(2026, 9, 15, 16, 5, 0, 0, ZoneId.of("Europe/Berlin"));
    assertEquals(zoned, meeting.toBuilder().openedAt(zoned).build().openedAt());
    assertNull(meeting.toBuilder().openedAt((LocalDateTime) null).build().openedAt());
    assertEquals(List.of(), meeting.withParticipants(List.of()).participants());
    assertEquals(List.of(), meeting.withSignatures(List.of()).signatures());
    assertEquals(meeting.participants(), meeting.withoutAgenda().participants(),
        "an excerpt's meeting keeps its participants");
    List<Participant> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> meeting.withParticipants(withNull));
  }

  @Test
  void anItemsChairIsKeptByItsCopies() {
    Person deputyChair = Person.of("Klaus", "Brettschneider");
    AgendaItem item = TestMeetings.publicItem("7", 6).withChair(deputyChair);
    assertEquals(deputyChair, item.chair());
    assertEquals(deputyChair, item.withDecision(null).chair());
    assertEquals(item, item.toBuilder().build());
    assertNull(item.withChair(null).chair(), "the meeting's chair");
  }
}
