package org.ratsinfo.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.testing.TestMeetings;

class MeetingExcerptsValidationTest {

  private static final ModelValidator VALIDATOR = ModelValidator.standard();

  @Test
  void aWholeMeetingIsValid() {
    assertEquals(List.of(), VALIDATOR.validate(TestMeetings.interleaved(Audience.PUBLIC), Locale.ENGLISH));
    assertEquals(List.of(), VALIDATOR.validate(TestMeetings.interleaved(Audience.INTERNAL), Locale.GERMAN));
  }

  @Test
  void theRulesOfTheMeetingAndItsItemsCascade() {
    MeetingExcerpts meeting = TestMeetings.interleaved(Audience.INTERNAL);
    List<AgendaItem> agenda = new java.util.ArrayList<>(meeting.meeting().agenda());
    agenda.set(2, agenda.get(2).toBuilder().number("1").title(" ").build());
    List<Violation> violations =
        VALIDATOR.validate(meeting.withMeeting(meeting.meeting().withAgenda(agenda)), Locale.ENGLISH);
    assertEquals(List.of("meeting.agenda[2].number: is used by another agenda item of the same visibility",
        "meeting.agenda[2].title: must not be blank"),
        violations.stream().map(Violation::toString).toList());
  }

  @Test
  void aBatchWithNothingToRenderIsInvalid() {
    MeetingExcerpts onlyNonPublic = TestMeetings.of(0, 2, Audience.PUBLIC);
    List<Violation> forPublic = VALIDATOR.validate(onlyNonPublic, Locale.GERMAN);
    assertEquals(1, forPublic.size(), forPublic::toString);
    assertEquals("meeting.agenda", forPublic.get(0).path());
    assertEquals("org.ratsinfo.rule.meetingExcerpts.noPublicItem", forPublic.get(0).rule());
    assertEquals("hat keinen öffentlichen Tagesordnungspunkt: es gibt keinen Auszug für die"
        + " Öffentlichkeit zu erstellen", forPublic.get(0).message());
    assertEquals(List.of(),
        VALIDATOR.validate(onlyNonPublic.withAudience(Audience.INTERNAL), Locale.GERMAN));

    List<Violation> empty = VALIDATOR.validate(TestMeetings.of(0, 0, Audience.INTERNAL), Locale.ENGLISH);
    assertEquals(List.of("meeting.agenda: has no agenda item: there is no excerpt to make"),
        empty.stream().map(Violation::toString).toList());
  }
}
