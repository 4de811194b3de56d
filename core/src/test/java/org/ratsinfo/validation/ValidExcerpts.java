package org.ratsinfo.validation;

import java.time.LocalDateTime;
import java.util.List;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.Location;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.SupplementaryQuestion;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;

/** A small valid excerpt that the tests break one rule at a time. */
final class ValidExcerpts {

  private ValidExcerpts() {}

  static Excerpt excerpt() {
    Paper paper = Paper.builder()
        .reference("2020/0001")
        .title("Antrag: Mehr Bänke im Stadtpark")
        .paperType(PaperType.MOTION)
        .originator(Organization.faction("Grüne"))
        .leadDepartment(Organization.administrativeUnit("FB 67 - Grünflächen"))
        .clerk(Person.of("Erika", "Muster"))
        .build();
    Inquiry inquiry = Inquiry.builder()
        .question("Wie viele Bänke gibt es?", "Es gibt 120 Bänke.")
        .question("Wann kommen neue?", "Im Frühjahr.")
        .respondent(Person.builder().formOfAddress("Frau").function("Bürgermeisterin")
            .familyName("Beispiel").build())
        .supplementaryQuestion(SupplementaryQuestion.byOrganization(
            Organization.faction("SPD"), "Auch im Westpark?", "Ja."))
        .build();
    AgendaItem item = AgendaItem.builder()
        .number("7.2")
        .order(12)
        .title("Antrag: Mehr Bänke im Stadtpark")
        .paper(paper)
        .decision(DecisionKind.ADOPTED_BY_MAJORITY)
        .voteTally(VoteTally.of(List.of(
            new VotingGroup("SPD", 20, VoteCounts.of(18, 0, 2)),
            new VotingGroup("CDU", 15, VoteCounts.of(0, 15, 0)),
            VotingGroup.of("OB", VoteCounts.of(1, 0, 0)))))
        .content(inquiry)
        .build();
    Meeting meeting = Meeting.builder()
        .organization(Organization.committee("Rat der Stadt"))
        .occasion("Sitzung")
        .start(LocalDateTime.of(2020, 3, 3, 16, 0))
        .end(LocalDateTime.of(2020, 3, 3, 19, 30))
        .location(Location.of("Rathaus", "Ratssaal"))
        .publicity(MeetingPublicity.PUBLIC_AND_NON_PUBLIC)
        .build();
    return Excerpt.builder()
        .body(Body.of("Stadt Musterstadt"))
        .meeting(meeting)
        .agendaItem(item)
        .audience(Audience.PUBLIC)
        .build();
  }
}
