package org.ratsinfo.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Attendance;
import org.ratsinfo.model.ItemReference;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.Participant;
import org.ratsinfo.model.ParticipantRole;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Signature;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.testing.TestMeetings;

/**
 * The rules of what the minutes record of a meeting (opening and closing, participants, changes of
 * chair, signatures): a valid meeting broken one rule at a time is reported with exactly that rule at
 * its path, in German and in English.
 */
class MinutesValidationTest {

  private static final ModelValidator VALIDATOR = ModelValidator.standard();

  private static final Person CHAIR = Person.builder().formOfAddress("Frau").title("Dr.")
      .givenName("Almut").familyName("Feldkamp").function("Bürgermeisterin").build();
  private static final Person DEPUTY_CHAIR = Person.of("Klaus", "Brettschneider");
  private static final Person MEMBER = Person.of("Hans", "Meier");
  private static final Person EXCUSED = Person.of("Ute", "Grün");
  private static final ItemReference OE_2 = ItemReference.of(Visibility.PUBLIC, "2");
  private static final ItemReference OE_3 = ItemReference.of(Visibility.PUBLIC, "3");

  /**
   * Ö 1 – Ö 3 and N 1; the chair, a deputy chair who chairs Ö 2, a member arriving during Ö 2 and
   * leaving after N 1, an excused member and her deputy, one absent without excuse, the minute-taker,
   * the administration; opened and closed, invited, signed.
   */
  static Meeting valid() {
    List<AgendaItem> agenda = List.of(TestMeetings.publicItem("1", 0),
        TestMeetings.publicItem("2", 1).withChair(DEPUTY_CHAIR), TestMeetings.publicItem("3", 2),
        TestMeetings.nonPublicItem("1", 3));
    return TestMeetings.meeting(agenda).toBuilder()
        .openedAt(LocalDateTime.of(2017, 2, 28, 16, 3))
        .closedAt(LocalDateTime.of(2017, 2, 28, 18, 45))
        .invitationDate(LocalDate.of(2017, 2, 14))
        .invitationText("Sehr geehrte Damen und Herren,\n\nich lade Sie ein.")
        .participants(List.of(
            Participant.of(CHAIR, ParticipantRole.CHAIR, "BM"),
            Participant.of(DEPUTY_CHAIR, ParticipantRole.DEPUTY_CHAIR, "CDU"),
            Participant.of(MEMBER, ParticipantRole.MEMBER, "SPD").withArrivedDuring(OE_2)
                .withLeftAfter(ItemReference.of(Visibility.NON_PUBLIC, "1")),
            Participant.of(EXCUSED, ParticipantRole.MEMBER, "Grüne").withAttendance(Attendance.EXCUSED),
            Participant.deputy(Person.of("Eva", "Schulz"), "Grüne", EXCUSED),
            Participant.of(Person.of("Udo", "Sobieski"), ParticipantRole.MEMBER, "SPD")
                .withAttendance(Attendance.ABSENT_UNEXCUSED),
            Participant.of(Person.of("Erika", "Muster").withFunction("Schriftführerin"),
                ParticipantRole.MINUTE_TAKER, null),
            Participant.of(Person.of("Bernd", "Uhlenbrock"), ParticipantRole.ADMINISTRATION, null)))
        .signatures(List.of(
            Signature.of(CHAIR, "Bürgermeisterin", "Musterstadt", LocalDate.of(2017, 3, 6)),
            Signature.ofName("Erika Muster", "Schriftführerin", "Musterstadt", LocalDate.of(2017, 3, 6))))
        .build();
  }

  @Test
  void theValidMeetingHasNoViolations() {
    assertEquals(List.of(), VALIDATOR.validate(valid(), Locale.GERMAN));
    assertEquals(List.of(), VALIDATOR.validate(valid(), Locale.ENGLISH));
  }

  static Stream<Arguments> brokenMeetings() {
    return Stream.of(
        broken("closed before it was opened", m -> m.toBuilder()
                .closedAt(LocalDateTime.of(2017, 2, 28, 16, 2)).build(),
            "closedAt", "org.ratsinfo.rule.meeting.closing"),
        broken("a deputy for nobody", m -> participant(m, 4, p -> p.withRole(ParticipantRole.DEPUTY, null)),
            "participants[4].deputyFor", "org.ratsinfo.rule.participant.deputyForMissing"),
        broken("a member standing in for someone", m -> participant(m, 4,
                p -> p.withRole(ParticipantRole.MEMBER, EXCUSED)),
            "participants[4].deputyFor", "org.ratsinfo.rule.participant.deputyForNotDeputy"),
        broken("a guest standing in for someone", m -> participant(m, 7,
                p -> p.withRole(ParticipantRole.GUEST, EXCUSED)),
            "participants[7].deputyFor", "org.ratsinfo.rule.participant.deputyForNotDeputy"),
        broken("an excused member arriving", m -> participant(m, 3, p -> p.withArrivedDuring(OE_2)),
            "participants[3].arrivedDuring", "org.ratsinfo.rule.participant.notPresent"),
        broken("an absent member leaving", m -> participant(m, 5, p -> p.withLeftAfter(OE_3)),
            "participants[5].leftAfter", "org.ratsinfo.rule.participant.notPresent"),
        broken("arriving during an item the agenda lacks", m -> participant(m, 2,
                p -> p.withArrivedDuring(ItemReference.of(Visibility.PUBLIC, "9"))),
            "participants[2].arrivedDuring", "org.ratsinfo.rule.participant.unknownItem"),
        broken("leaving after an item of the other visibility", m -> participant(m, 2,
                p -> p.withLeftAfter(ItemReference.of(Visibility.NON_PUBLIC, "3"))),
            "participants[2].leftAfter", "org.ratsinfo.rule.participant.unknownItem"),
        broken("leaving before arriving", m -> participant(m, 2,
                p -> p.withArrivedDuring(OE_3).withLeftAfter(OE_2)),
            "participants[2].leftAfter", "org.ratsinfo.rule.participant.leftBeforeArrival"),
        broken("a person listed twice", m -> participant(m, 7,
                p -> Participant.of(Person.of("Hans", "Meier"), ParticipantRole.ADMINISTRATION, null)),
            "participants[7].person", "org.ratsinfo.rule.participant.duplicate"),
        broken("two chairs", m -> participant(m, 1, p -> p.withRole(ParticipantRole.CHAIR, null)),
            "participants[1].role", "org.ratsinfo.rule.participant.secondChair"),
        broken("an excused chair", m -> participant(m, 0, p -> p.withAttendance(Attendance.EXCUSED)),
            "participants[0].attendance", "org.ratsinfo.rule.participant.chairAbsent"),
        broken("an item chaired by someone not listed", m -> item(m, 2,
                i -> i.withChair(Person.of("Max", "Fremd"))),
            "agenda[2].chair", "org.ratsinfo.rule.agenda.chairNotPresent"),
        broken("an item chaired by an excused member", m -> item(m, 3, i -> i.withChair(EXCUSED)),
            "agenda[3].chair", "org.ratsinfo.rule.agenda.chairNotPresent"),
        broken("a signature by a person and a name", m -> signature(m, 0,
                s -> new Signature(s.person(), "Dr. Almut Feldkamp", s.function(), s.place(), s.date())),
            "signatures[0].person", "org.ratsinfo.rule.signature.exactlyOne"),
        broken("a signature by nobody", m -> signature(m, 1,
                s -> new Signature(null, " ", s.function(), s.place(), s.date())),
            "signatures[1].person", "org.ratsinfo.rule.signature.exactlyOne"),
        broken("a signature by a name that does not show", m -> signature(m, 1,
                s -> new Signature(null, "\u00A0\u200B", s.function(), s.place(), s.date())),
            "signatures[1].person", "org.ratsinfo.rule.signature.exactlyOne"),
        broken("a voting group too long", m -> participant(m, 2,
                p -> Participant.of(p.person(), p.role(), "x".repeat(101))),
            "participants[2].group", "jakarta.validation.constraints.Size.message"),
        broken("a control character in the place of signing", m -> signature(m, 0,
                s -> Signature.of(s.person(), s.function(), "Muster\u0007stadt", s.date())),
            "signatures[0].place", "org.ratsinfo.validation.constraints.XmlText.message"),
        broken("an empty invitation text", m -> m.toBuilder().invitationText(Text.of("\n \n")).build(),
            "invitationText", "jakarta.validation.constraints.NotEmpty.message"),
        broken("a deputy whose member has no family name", m -> participant(m, 4,
                p -> p.withRole(ParticipantRole.DEPUTY, Person.of("Ute", " "))),
            "participants[4].deputyFor.familyName", "jakarta.validation.constraints.NotBlank.message"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenMeetings")
  void brokenRuleIsReportedAtItsPathInBothLanguages(
      String description, UnaryOperator<Meeting> breakIt, String path, String rule) {
    Meeting meeting = breakIt.apply(valid());
    List<Violation> german = VALIDATOR.validate(meeting, Locale.GERMAN);
    List<Violation> english = VALIDATOR.validate(meeting, Locale.ENGLISH);
    assertEquals(List.of(path + " " + rule), german.stream().map(v -> v.path() + " " + v.rule()).toList());
    assertEquals(List.of(path + " " + rule), english.stream().map(v -> v.path() + " " + v.rule()).toList());
    String de = german.get(0).message();
    String en = english.get(0).message();
    assertNotEquals(de, en, "messages are translated");
    for (String message : List.of(de, en)) {
      assertFalse(message.isBlank());
      assertFalse(message.contains("{") || message.contains("}"), message);
    }
  }

  @Test
  void messagesNameTheReason() {
    Meeting meeting = participant(valid(), 4, p -> p.withRole(ParticipantRole.DEPUTY, null));
    assertEquals("participants[4].deputyFor: is required for a deputy: name the member they stand in for",
        VALIDATOR.validate(meeting, Locale.ENGLISH).get(0).toString());
    assertEquals("participants[4].deputyFor: ist für eine Vertretung erforderlich: das vertretene Mitglied"
        + " nennen", VALIDATOR.validate(meeting, Locale.GERMAN).get(0).toString());
    Meeting closed = valid().toBuilder().closedAt(LocalDateTime.of(2017, 2, 28, 16, 2)).build();
    assertEquals("closedAt: darf nicht vor der Eröffnung liegen",
        VALIDATOR.validate(closed, Locale.GERMAN).get(0).toString());
  }

  @Test
  void itemsAreOrderedByTheirOrderNotByTheirPlaceInTheList() {
    Meeting m = valid();
    List<AgendaItem> reversed = new ArrayList<>(m.agenda());
    java.util.Collections.reverse(reversed);
    Meeting shuffled = m.withAgenda(reversed);
    assertEquals(List.of(), VALIDATOR.validate(shuffled, Locale.ENGLISH));
    Meeting leftBefore = participant(shuffled, 2, p -> p.withArrivedDuring(OE_3).withLeftAfter(OE_2));
    assertEquals(List.of("participants[2].leftAfter"),
        VALIDATOR.validate(leftBefore, Locale.ENGLISH).stream().map(Violation::path).toList());
  }

  @Test
  void arrivingAndLeavingDuringOneItemIsValid() {
    Meeting m = participant(valid(), 2, p -> p.withArrivedDuring(OE_3).withLeftAfter(OE_3));
    assertEquals(List.of(), VALIDATOR.validate(m, Locale.ENGLISH));
  }

  @Test
  void aMeetingWithoutItsAgendaHasNoItemsToCheck() {
    // As an excerpt carries it: the participants stay, the references cannot be checked.
    Meeting withoutAgenda = participant(valid(), 2,
        p -> p.withArrivedDuring(ItemReference.of(Visibility.PUBLIC, "9"))).withoutAgenda();
    assertEquals(valid().participants().size(), withoutAgenda.participants().size());
    assertEquals(List.of(), VALIDATOR.validate(withoutAgenda, Locale.ENGLISH));
  }

  @Test
  void withoutParticipantsAnItemsChairIsNotChecked() {
    Meeting m = item(valid().withParticipants(List.of()), 2, i -> i.withChair(Person.of("Max", "Fremd")));
    assertEquals(List.of(), VALIDATOR.validate(m, Locale.ENGLISH));
  }

  @Test
  void participantsAndSignaturesCanBeValidatedOnTheirOwn() {
    Participant deputy = Participant.of(MEMBER, ParticipantRole.DEPUTY, "SPD")
        .withAttendance(Attendance.EXCUSED).withLeftAfter(ItemReference.of(Visibility.PUBLIC, "1..2"));
    assertEquals(List.of("deputyFor org.ratsinfo.rule.participant.deputyForMissing",
            "leftAfter org.ratsinfo.rule.participant.notPresent",
            "leftAfter.number org.ratsinfo.agendaNumber"),
        VALIDATOR.validate(deputy, Locale.ENGLISH).stream().map(v -> v.path() + " " + v.rule()).toList());
    assertEquals(List.of("person org.ratsinfo.rule.signature.exactlyOne"),
        VALIDATOR.validate(new Signature(null, null, "Schriftführerin", null, null), Locale.GERMAN)
            .stream().map(v -> v.path() + " " + v.rule()).toList());
  }

  private static Meeting participant(Meeting m, int index, UnaryOperator<Participant> change) {
    List<Participant> participants = new ArrayList<>(m.participants());
    participants.set(index, change.apply(participants.get(index)));
    return m.withParticipants(participants);
  }

  private static Meeting item(Meeting m, int index, UnaryOperator<AgendaItem> change) {
    List<AgendaItem> agenda = new ArrayList<>(m.agenda());
    agenda.set(index, change.apply(agenda.get(index)));
    return m.withAgenda(agenda);
  }

  private static Meeting signature(Meeting m, int index, UnaryOperator<Signature> change) {
    List<Signature> signatures = new ArrayList<>(m.signatures());
    signatures.set(index, change.apply(signatures.get(index)));
    return m.withSignatures(signatures);
  }

  private static Arguments broken(String description, UnaryOperator<Meeting> breakIt, String path,
      String rule) {
    return Arguments.of(description, breakIt, path, rule);
  }
}
