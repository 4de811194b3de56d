package org.ratsinfo.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Visibility;

/**
 * The agenda and the minutes of the Musterstadt meeting (18 public and 7 non-public items, headings,
 * participants, a change of chair, signatures) against golden trees for both audiences in German and
 * English, and their redaction rules one by one. Golden files: {@code golden/<kind>-<audience>-<lang>.txt};
 * after an intended change, run with {@code -Dratsinfo.updateGolden=true} and review the diff.
 */
class MeetingDocumentsLayoutTest {

  private static final Path GOLDEN_SOURCE = Path.of("src/test/resources/org/ratsinfo/document/golden");
  private static final Path SAMPLE =
      Path.of(System.getProperty("ratsinfo.samples"), "rat-musterstadt-2026-09-15.json");

  static MeetingExcerpts musterstadt(Audience audience) throws IOException {
    try (InputStream in = Files.newInputStream(SAMPLE)) {
      return RatsinfoJson.standard().readMeetingExcerpts(in).withAudience(audience);
    }
  }

  @ParameterizedTest
  @CsvSource({"agenda,public,de", "agenda,internal,de", "agenda,public,en", "agenda,internal,en",
      "minutes,public,de", "minutes,internal,de", "minutes,public,en", "minutes,internal,en"})
  void matchesTheGoldenFile(String kind, String audience, String language) throws IOException {
    ExcerptLayout layout = ExcerptLayout.builder().locale(Locale.forLanguageTag(language)).build();
    MeetingExcerpts meeting = musterstadt(Audience.valueOf(audience.toUpperCase(Locale.ROOT)));
    ExcerptDocument document = kind.equals("agenda") ? layout.agenda(meeting) : layout.minutes(meeting);
    assertEquals(DocumentKind.valueOf(kind.toUpperCase(Locale.ROOT)), document.kind());
    GoldenTrees.assertMatches(kind + "-" + audience + "-" + language + ".txt", document);
  }

  @Test
  void thePublicAgendaListsNoNonPublicItemUnlessTheIntegratorSaysSo() throws IOException {
    MeetingExcerpts meeting = musterstadt(Audience.PUBLIC);
    List<String> nonPublicTitles = meeting.meeting().agenda().stream()
        .filter(i -> i.visibility() == Visibility.NON_PUBLIC).map(AgendaItem::title).toList();
    String standard = String.join("\n", TreePrinter.strings(ExcerptLayout.standard().agenda(meeting)));
    for (String title : nonPublicTitles) {
      assertFalse(standard.contains(title), title);
    }
    assertTrue(standard.contains("Die Punkte des nichtöffentlichen Teils werden nicht veröffentlicht."));
    ExcerptDocument listed = ExcerptLayout.builder().nonPublicAgendaTitles(true).build().agenda(meeting);
    String text = String.join("\n", TreePrinter.strings(listed));
    for (AgendaItem item : meeting.meeting().agenda()) {
      assertTrue(text.contains(item.title()), item.title());
      if (item.visibility() == Visibility.NON_PUBLIC && item.paper() != null) {
        assertFalse(text.contains(item.paper().reference()), "never a non-public item's paper");
      }
    }
  }

  @Test
  void thePublicMinutesLeaveOutTheNonPublicItemsAndCanWithholdTheAttendance() throws IOException {
    MeetingExcerpts meeting = musterstadt(Audience.PUBLIC);
    ExcerptDocument minutes = ExcerptLayout.standard().minutes(meeting);
    List<Section> items = sections(minutes.blocks(), SectionKind.ITEM);
    assertEquals(meeting.meeting().agenda().stream().filter(i -> i.visibility().isPublic()).count(),
        items.size());
    assertTrue(items.stream().allMatch(s -> s.heading().startsWith("Ö ")), items.toString());
    assertEquals(1, sections(minutes.blocks(), SectionKind.ATTENDANCE).size());
    // Withheld, the attendance list goes, and nothing else.
    ExcerptDocument withheld = ExcerptLayout.builder().withheldFromPublic(FieldKey.ATTENDANCE).build()
        .minutes(meeting);
    List<Block> without = new ArrayList<>(minutes.blocks());
    without.removeIf(b -> b instanceof Section section && section.kind() == SectionKind.ATTENDANCE);
    assertEquals(without, withheld.blocks());
    ExcerptDocument internal = ExcerptLayout.standard().minutes(meeting.withAudience(Audience.INTERNAL));
    assertEquals(meeting.meeting().agenda().size(), sections(internal.blocks(), SectionKind.ITEM).size());
  }

  @Test
  void everyKindOfAMeetingIsOneCallAway() throws IOException {
    MeetingExcerpts meeting = musterstadt(Audience.PUBLIC);
    ExcerptLayout layout = ExcerptLayout.standard();
    assertEquals(List.of(layout.agenda(meeting)), layout.layout(DocumentKind.AGENDA, meeting));
    assertEquals(List.of(layout.minutes(meeting)), layout.layout(DocumentKind.MINUTES, meeting));
    assertEquals(meeting.excerpts().size(), layout.layout(DocumentKind.EXCERPT, meeting).size());
    assertTrue(layout.layout(DocumentKind.EXCERPT, meeting).stream()
        .allMatch(d -> d.kind() == DocumentKind.EXCERPT));
  }

  private static List<Section> sections(List<Block> blocks, SectionKind kind) {
    List<Section> out = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Section section && section.kind() == kind) {
        out.add(section);
      }
    }
    return out;
  }
}
