package org.ratsinfo.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.ratsinfo.oparl.OParlReaderTest.resource;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;

/** Tallies and inquiries, which OParl lacks, merged from the native JSON by meeting and item number. */
class MergeTest {

  private OParlImport imported;
  private MeetingExcerpts oparl;

  @BeforeEach
  void read() throws IOException {
    imported = OParlReader.standard().read(resource("quirks/valid.json"));
    oparl = imported.meetings().get(0);
  }

  private static final VoteTally TALLY = VoteTally.of(List.of(
      VotingGroup.of("SPD", VoteCounts.of(5, 0, 0)), VotingGroup.of("CDU", VoteCounts.of(4, 1, 0))));

  private MeetingExcerpts nativeWith(List<AgendaItem> agenda) {
    Meeting m = Meeting.builder()
        .organization(Organization.committee("Haupt- und Finanzausschuss"))
        .start(oparl.meeting().start().withZoneSameInstant(java.time.ZoneOffset.UTC))
        .agenda(agenda)
        .build();
    return MeetingExcerpts.builder().body(oparl.body()).meeting(m).build();
  }

  @Test
  void theTallyAndContentOfTheNativeItemJoinTheImportedItemOfTheSameNumber() {
    Inquiry inquiry = Inquiry.builder().question("Wie hoch ist der Überschuss?", "1,2 Mio. €").build();
    AgendaItem item2 = AgendaItem.builder().number("2").title("anders benannt").voteTally(TALLY)
        .content(inquiry).build();
    MeetingExcerpts merged = imported.merge(nativeWith(List.of(item2)));
    AgendaItem result = merged.meeting().agenda().get(1);
    assertEquals(List.of(Vote.of(TALLY)), result.votes());
    assertEquals(inquiry, result.content());
    assertEquals("Jahresabschluss 2025", result.title(), "the rest is the import's");
    assertEquals(List.of(), merged.meeting().agenda().get(0).votes());
    assertEquals(oparl.meeting().id(), merged.meeting().id());
  }

  @Test
  void aPublicNativeItemTheImportLacksIsAClearError() {
    AgendaItem item5 = AgendaItem.builder().number("5").title("Neu").voteTally(TALLY).build();
    OParlMergeException e = assertThrows(OParlMergeException.class,
        () -> imported.merge(nativeWith(List.of(item5))));
    assertEquals("the native document has the public agenda item Ö 5, which the OParl meeting"
        + " https://ris.beispielstadt.de/oparl/v1/meeting/9 lacks", e.getMessage());
    assertEquals("das native Dokument hat den öffentlichen Tagesordnungspunkt Ö 5, der der OParl-Sitzung"
        + " https://ris.beispielstadt.de/oparl/v1/meeting/9 fehlt", e.getLocalizedMessage(Locale.GERMAN));
  }

  @Test
  void nonPublicNativeItemsAreNotMerged() {
    AgendaItem secret = AgendaItem.builder().number("1").visibility(Visibility.NON_PUBLIC).title("Personal")
        .voteTally(TALLY).build();
    Meeting m = nativeWith(List.of()).meeting().toBuilder()
        .publicity(org.ratsinfo.model.MeetingPublicity.PUBLIC_AND_NON_PUBLIC).agendaItem(secret).build();
    MeetingExcerpts merged = imported.merge(nativeWith(List.of()).withMeeting(m));
    assertEquals(oparl, merged);
  }

  @Test
  void anotherMeetingIsAClearError() {
    MeetingExcerpts other = nativeWith(List.of());
    MeetingExcerpts later = other.withMeeting(other.meeting().toBuilder()
        .start(other.meeting().start().plusDays(1)).build());
    OParlMergeException e = assertThrows(OParlMergeException.class, () -> imported.merge(later));
    assertEquals("the native document is of another meeting (2026-03-05T16:00Z, Haupt- und"
        + " Finanzausschuss) than any the OParl import holds", e.getMessage());
  }
}
