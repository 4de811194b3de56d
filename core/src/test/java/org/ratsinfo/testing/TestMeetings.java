package org.ratsinfo.testing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.TextContent;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;

/** Meetings with whole agendas for the tests of batches. */
public final class TestMeetings {

  /** A word in every non-public item's title and text, and in nothing public. */
  public static final String SECRET = "Geheimsache";

  private TestMeetings() {}

  /** A public item "Ö {@code number}". */
  public static AgendaItem publicItem(String number, int order) {
    return AgendaItem.builder()
        .number(number)
        .visibility(Visibility.PUBLIC)
        .order(order)
        .title("Beschlussvorlage Nummer " + number)
        .paper(Paper.builder()
            .reference("2026/" + (100 + order))
            .title("Beschlussvorlage Nummer " + number)
            .paperType(PaperType.DRAFT_RESOLUTION)
            .build())
        .decision(DecisionKind.ADOPTED_BY_MAJORITY)
        .resolutionText("Der Rat beschließt die Vorlage " + number + ".")
        .voteTally(VoteTally.of(List.of(
            VotingGroup.of("SPD", VoteCounts.of(10, 2, 0)),
            VotingGroup.of("CDU", VoteCounts.of(3, 8, 1)))))
        .build();
  }

  /** A non-public item "N {@code number}" whose texts contain {@link #SECRET}. */
  public static AgendaItem nonPublicItem(String number, int order) {
    return AgendaItem.builder()
        .number(number)
        .visibility(Visibility.NON_PUBLIC)
        .order(order)
        .title(SECRET + " Grundstück " + number)
        .decision(DecisionKind.ADOPTED)
        .content(TextContent.of("Vertraulicher Sachverhalt: " + SECRET + " Nummer " + number + "."))
        .build();
  }

  /** A meeting on 28.02.2017 with the given agenda. */
  public static Meeting meeting(List<AgendaItem> agenda) {
    return Meeting.builder()
        .name("12. Sitzung des Rates")
        .organization(Organization.committee("Rat der Stadt"))
        .start(LocalDateTime.of(2017, 2, 28, 16, 0))
        .publicity(MeetingPublicity.PUBLIC_AND_NON_PUBLIC)
        .agenda(agenda)
        .build();
  }

  /** Ö 1 … Ö {@code publicCount}, then N 1 … N {@code nonPublicCount}, for the given audience. */
  public static MeetingExcerpts of(int publicCount, int nonPublicCount, Audience audience) {
    List<AgendaItem> agenda = new ArrayList<>();
    for (int i = 1; i <= publicCount; i++) {
      agenda.add(publicItem(Integer.toString(i), agenda.size()));
    }
    for (int i = 1; i <= nonPublicCount; i++) {
      agenda.add(nonPublicItem(Integer.toString(i), agenda.size()));
    }
    return MeetingExcerpts.builder()
        .body(Body.of("Stadt Herne"))
        .meeting(meeting(agenda))
        .audience(audience)
        .build();
  }

  /** Ö 1, N 1, Ö 2, N 2, Ö 3: public and non-public items interleaved. */
  public static MeetingExcerpts interleaved(Audience audience) {
    List<AgendaItem> agenda = List.of(publicItem("1", 0), nonPublicItem("1", 1), publicItem("2", 2),
        nonPublicItem("2", 3), publicItem("3", 4));
    return MeetingExcerpts.builder().body(Body.of("Stadt Herne")).meeting(meeting(agenda))
        .audience(audience).build();
  }
}
