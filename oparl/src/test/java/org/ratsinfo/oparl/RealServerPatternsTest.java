package org.ratsinfo.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ratsinfo.oparl.OParlReaderTest.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.model.AgendaHeading;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.validation.ModelValidator;

/**
 * The patterns real OParl servers showed, each in a fixture of its own written here: an SD.NET RIM
 * style meeting of OParl 1.0 (no {@code public}, no {@code order}, the non-public part under a
 * heading, the end at 00:00 of the meeting's day, numbers "1.", an amendment without a number),
 * agendas without any visibility, hostile {@code public} values, duplicate embedded ids, deletion
 * markers without type and list pages.
 */
class RealServerPatternsTest {

  private static final String B = "https://ris.musterhausen.example/oparl/";
  private static final OParlReader TOLERANT = OParlReader.standard();
  private static final OParlReader STRICT = OParlReader.builder().strict(true).build();

  @TempDir Path dir;

  private static Map<String, AgendaItem> byNumber(Meeting meeting) {
    return meeting.agenda().stream().collect(Collectors.toMap(AgendaItem::number, Function.identity()));
  }

  private static List<OParlWarning> warnings(OParlImport imported, OParlIssue issue) {
    return imported.warnings().stream().filter(w -> w.issue() == issue).toList();
  }

  @Test
  void anSdNetMeetingGivesItsPublicItemsAndNoneOfItsNonPublicPart() throws IOException {
    OParlImport imported = TOLERANT.read(resource("patterns/sdnet-meeting.json"));
    assertEquals(1, imported.meetings().size());
    Meeting meeting = imported.meetings().get(0).meeting();
    Map<String, AgendaItem> items = byNumber(meeting);
    assertEquals(Set.of("1", "2", "3", "4", "5"), items.keySet(),
        "no heading is an item, nor is the amendment under item 3");
    for (String number : List.of("1", "2", "3")) {
      assertEquals(Visibility.PUBLIC, items.get(number).visibility(), number);
    }
    for (String number : List.of("4", "5")) {
      assertEquals(Visibility.NON_PUBLIC, items.get(number).visibility(), number);
    }
    assertEquals(MeetingPublicity.PUBLIC_AND_NON_PUBLIC, meeting.publicity());
    assertEquals(List.of(
            new AgendaHeading(B + "agendaitem/400", null, 0, "A Öffentliche Sitzung", Visibility.PUBLIC),
            new AgendaHeading(B + "agendaitem/403", null, 3, "ANTRÄGE", null),
            new AgendaHeading(B + "agendaitem/406", "B", 6, "Nichtöffentliche Sitzung",
                Visibility.NON_PUBLIC)),
        meeting.headings());
    MeetingExcerpts first = imported.meetings().get(0);
    assertTrue(ModelValidator.standard().validate(first, Locale.ENGLISH).isEmpty(),
        () -> ModelValidator.standard().validate(first, Locale.ENGLISH).toString());
  }

  @Test
  void anSdNetMeetingIsRepairedWithWarningsAPersonCanAct() throws IOException {
    OParlImport imported = TOLERANT.read(resource("patterns/sdnet-meeting.json"));
    Meeting meeting = imported.meetings().get(0).meeting();
    assertNull(meeting.end(), "an end at 00:00 before a start at 19:00 is left out");
    assertEquals(19, meeting.start().getHour());
    assertEquals(List.of(new Seen(B + "meeting/40", "end", OParlIssue.END_BEFORE_START,
            List.of("2017-02-14T00:00:00+01:00", "2017-02-14T19:00:00+01:00"))),
        Seen.of(warnings(imported, OParlIssue.END_BEFORE_START)));
    assertEquals(List.of(
            new Seen(B + "meeting/40", "agendaItem", OParlIssue.VISIBILITY_INFERRED,
                List.of("A Öffentliche Sitzung", "4", "public")),
            new Seen(B + "meeting/40", "agendaItem", OParlIssue.VISIBILITY_INFERRED,
                List.of("Nichtöffentliche Sitzung", "2", "non-public"))),
        Seen.of(warnings(imported, OParlIssue.VISIBILITY_INFERRED)));
    assertEquals(List.of(new Seen(B + "agendaitem/405", "number", OParlIssue.FURTHER_CONSULTATION,
        List.of("3", "2017/015-1"))), Seen.of(warnings(imported, OParlIssue.FURTHER_CONSULTATION)));
    assertEquals(List.of(), warnings(imported, OParlIssue.NUMBER_DERIVED));
    // OParl 1.0 is read as it is: no warning for being 1.0, none for the order 1.0 does not have,
    // none for the trailing dots of "1.", which are no deviation
    assertEquals(List.of(), warnings(imported, OParlIssue.MISSING_ORDER));
    assertEquals(List.of(), warnings(imported, OParlIssue.AGENDA_NUMBER_NORMALISED));
    assertEquals(4, imported.warnings().size(), imported.warnings()::toString);
    assertEquals("https://ris.musterhausen.example/oparl/meeting/40, agendaItem: Tagesordnungspunkte"
            + " ohne „public“; die Überschrift „Nichtöffentliche Sitzung“ eröffnet den Teil, in dem sie"
            + " stehen; 2 Punkte darunter als nichtöffentlich gelesen",
        warnings(imported, OParlIssue.VISIBILITY_INFERRED).get(1).message(Locale.GERMAN));
    assertEquals("https://ris.musterhausen.example/oparl/meeting/40, agendaItem: agenda items carry no"
            + " \"public\"; the heading \"Nichtöffentliche Sitzung\" opens the part they are in; read 2"
            + " items under it as non-public",
        warnings(imported, OParlIssue.VISIBILITY_INFERRED).get(1).message(Locale.ENGLISH));
  }

  @Test
  void resultWordingsAreMappedAndKeptWhereTheySayMore() throws IOException {
    Map<String, AgendaItem> items =
        byNumber(TOLERANT.read(resource("patterns/sdnet-meeting.json")).meetings().get(0).meeting());
    assertEquals(new Decision(DecisionKind.ADOPTED, "ungeändert beschlossen"), items.get("2").decision());
    assertEquals(Decision.of(DecisionKind.ADOPTED_BY_MAJORITY), items.get("3").decision());
    assertEquals(Decision.of(DecisionKind.ADOPTED_BY_MAJORITY), items.get("3").decision());
    // the amendment, an entry without number under item 3, is a further paper of item 3; its result
    // stays with its consultation there
    AgendaItem motion = items.get("3");
    assertEquals(List.of("2017/015", "2017/015-1"),
        motion.consultations().stream().map(c -> c.paper().reference()).toList());
    assertEquals(List.of(new PaperConsultation(LocalDate.of(2017, 2, 14),
            new Organization(B + "organization/3", "Gemeinderat", null, OrganizationType.COMMITTEE),
            "Entscheidung", true, null, "abgelehnt", B + "meeting/40", B + "agendaitem/404",
            Visibility.PUBLIC)),
        motion.consultations().get(1).paper().consultations());
  }

  @Test
  void strictRejectsTheSdNetMeetingNamingEveryDeviation() {
    OParlImportException e = assertThrows(OParlImportException.class,
        () -> STRICT.read(resource("patterns/sdnet-meeting.json")));
    assertEquals(Set.of(OParlIssue.END_BEFORE_START, OParlIssue.VISIBILITY_INFERRED),
        e.problems().stream().map(OParlWarning::issue).collect(Collectors.toSet()));
    assertTrue(e.getMessage().contains(B + "meeting/40, end: the meeting ends"), e::getMessage);
  }

  @Test
  void strictReportsTrailingDotsAsNoDeviation() throws IOException {
    String item = """
        {"id": "%sagendaitem/%s", "type": "https://schema.oparl.org/1.1/AgendaItem",
         "number": "%s", "order": %s, "name": "Punkt", "public": true,
         "created": "2017-01-10T09:00:00+01:00", "modified": "2017-03-01T09:00:00+01:00"}""";
    String json = String.format(Locale.ROOT, """
        {"id": "%smeeting/47", "type": "https://schema.oparl.org/1.1/Meeting", "name": "Rat",
         "start": "2017-02-14T19:00:00+01:00", "agendaItem": [%s, %s],
         "created": "2017-01-10T09:00:00+01:00", "modified": "2017-03-01T09:00:00+01:00"}""",
        B, String.format(Locale.ROOT, item, B, 470, "1.", 0), String.format(Locale.ROOT, item, B, 471, "2.", 1));
    OParlImport tolerant = TOLERANT.readString(json);
    assertEquals(List.of("1", "2"),
        tolerant.meetings().get(0).meeting().agenda().stream().map(AgendaItem::number).toList());
    assertEquals(List.of(), warnings(tolerant, OParlIssue.AGENDA_NUMBER_NORMALISED));
    OParlImport strict = STRICT.readString(json);
    assertEquals(List.of("1", "2"), warnings(strict, OParlIssue.AGENDA_NUMBER_NORMALISED).stream()
        .map(w -> w.arguments().get(1)).toList());
  }

  @Test
  void aNumberThatSaysNonPublicMakesTheItemNonPublic() throws IOException {
    String item = """
        {"id": "%sagendaitem/%s", "type": "https://schema.oparl.org/1.1/AgendaItem",
         "number": "%s", "order": %s, "name": "Punkt"%s}""";
    String json = String.format(Locale.ROOT, """
        {"id": "%smeeting/48", "type": "https://schema.oparl.org/1.1/Meeting", "name": "Rat",
         "start": "2017-02-14T19:00:00+01:00", "agendaItem": [%s, %s, %s]}""",
        B, String.format(Locale.ROOT, item, B, 480, "Ö 2", 0, ", \"public\": true"),
        String.format(Locale.ROOT, item, B, 481, "N 3", 1, ", \"public\": true"),
        String.format(Locale.ROOT, item, B, 482, "N 4", 2, ""));
    OParlImport imported = TOLERANT.readString(json);
    Map<String, AgendaItem> items = byNumber(imported.meetings().get(0).meeting());
    assertEquals(Visibility.PUBLIC, items.get("2").visibility());
    assertEquals(Visibility.NON_PUBLIC, items.get("3").visibility(), "marked public, numbered N");
    assertEquals(Visibility.NON_PUBLIC, items.get("4").visibility(), "no public, numbered N");
    assertEquals(List.of(B + "agendaitem/481", B + "agendaitem/482"),
        warnings(imported, OParlIssue.CONTRADICTION).stream().map(OParlWarning::objectId).toList());
  }

  @Test
  void controlCharactersAndOverlongTextsAreRepairedNotFatal() throws IOException {
    String title = "Bebauungsplan\\u000b Nr. 17 " + "sehr lang ".repeat(150);
    String json = String.format(Locale.ROOT, """
        {"id": "%smeeting/49", "type": "https://schema.oparl.org/1.1/Meeting", "name": "Rat\\u0002",
         "start": "2017-02-14T19:00:00+01:00", "agendaItem": [
          {"id": "%sagendaitem/490", "type": "https://schema.oparl.org/1.1/AgendaItem",
           "number": "1", "order": 0, "name": "%s", "public": true}]}""", B, B, title);
    OParlImport imported = TOLERANT.readString(json);
    MeetingExcerpts meeting = imported.meetings().get(0);
    assertEquals("Rat ", meeting.meeting().name());
    AgendaItem item = meeting.meeting().agenda().get(0);
    assertEquals(1000, item.title().length());
    assertTrue(item.title().startsWith("Bebauungsplan  Nr. 17 sehr lang"), item::title);
    assertTrue(item.title().endsWith("…"), item::title);
    assertEquals(List.of(OParlIssue.TEXT_REPAIRED, OParlIssue.TEXT_REPAIRED, OParlIssue.TEXT_SHORTENED),
        imported.warnings().stream().map(OParlWarning::issue)
            .filter(i -> i.name().startsWith("TEXT_")).toList());
    assertTrue(ModelValidator.standard().validate(meeting, Locale.ENGLISH).isEmpty(),
        () -> ModelValidator.standard().validate(meeting, Locale.ENGLISH).toString());
  }

  /** Blank as validation reads it: fillers and the Braille blank show nothing, so there is no name. */
  @Test
  void aNameOfFillersIsNoName() throws IOException {
    String json = String.format(Locale.ROOT, """
        {"id": "%smeeting/51", "type": "https://schema.oparl.org/1.1/Meeting", "name": "\u3164\u2800",
         "start": "2017-02-14T19:00:00+01:00", "agendaItem": [
          {"id": "%sagendaitem/510", "type": "https://schema.oparl.org/1.1/AgendaItem",
           "number": "1", "order": 0, "name": "Punkt 1", "public": true}]}""", B, B);
    MeetingExcerpts meeting = TOLERANT.readString(json).meetings().get(0);
    assertNull(meeting.meeting().name());
    assertTrue(ModelValidator.standard().validate(meeting, Locale.ENGLISH).isEmpty(),
        () -> ModelValidator.standard().validate(meeting, Locale.ENGLISH).toString());
  }

  @Test
  void twoItemsOfOnePartWithOneNumberKeepApart() throws IOException {
    String item = """
        {"id": "%sagendaitem/%s", "type": "https://schema.oparl.org/1.1/AgendaItem",
         "number": "%s", "order": %s, "name": "Punkt %s", "public": %s}""";
    String json = String.format(Locale.ROOT, """
        {"id": "%smeeting/50", "type": "https://schema.oparl.org/1.1/Meeting", "name": "Rat",
         "start": "2017-02-14T19:00:00+01:00", "agendaItem": [%s, %s, %s, %s]}""",
        B, String.format(Locale.ROOT, item, B, 500, "7", 0, "a", true),
        String.format(Locale.ROOT, item, B, 501, "7", 1, "b", true),
        String.format(Locale.ROOT, item, B, 502, "7.1", 2, "c", true),
        String.format(Locale.ROOT, item, B, 503, "7", 3, "d", false));
    OParlImport imported = TOLERANT.readString(json);
    MeetingExcerpts meeting = imported.meetings().get(0);
    assertEquals(List.of("Ö 7", "Ö 7.2", "Ö 7.1", "N 7"), meeting.meeting().agenda().stream()
        .map(i -> (i.visibility().isPublic() ? "Ö " : "N ") + i.number()).toList());
    assertEquals(List.of(new Seen(B + "agendaitem/501", "number", OParlIssue.DUPLICATE_NUMBER,
        List.of("7", "7.2"))), Seen.of(warnings(imported, OParlIssue.DUPLICATE_NUMBER)));
    assertTrue(ModelValidator.standard().validate(meeting, Locale.ENGLISH).isEmpty(),
        () -> ModelValidator.standard().validate(meeting, Locale.ENGLISH).toString());
  }

  @Test
  void itemsWithoutVisibilityOrHeadingArePublicWithOneWarningPerMeeting() throws IOException {
    OParlImport imported = TOLERANT.read(resource("patterns/no-public-flag.json"));
    assertEquals(3, imported.meetings().size(), "a meeting without items is imported too");
    Meeting noHeading = imported.meetings().get(0).meeting();
    assertTrue(noHeading.agenda().stream().allMatch(i -> i.visibility() == Visibility.PUBLIC));
    assertEquals(List.of(new Seen(B + "meeting/41", "agendaItem", OParlIssue.VISIBILITY_ASSUMED,
        List.of("2"))), Seen.of(warnings(imported, OParlIssue.VISIBILITY_ASSUMED).stream()
            .filter(w -> w.objectId().endsWith("/41")).toList()));
    Meeting angleBrackets = imported.meetings().get(1).meeting();
    Map<String, AgendaItem> items = byNumber(angleBrackets);
    assertEquals(Visibility.PUBLIC, items.get("1").visibility());
    assertEquals(Visibility.NON_PUBLIC, items.get("2").visibility(),
        "under \"< Sitzungsteil nichtöffentlich >\"");
    assertEquals(List.of("< Sitzungsteil nichtöffentlich >"),
        angleBrackets.headings().stream().map(AgendaHeading::title).toList());
    assertEquals(List.of(), imported.meetings().get(2).meeting().agenda());
    assertThrows(OParlImportException.class, () -> STRICT.read(resource("patterns/no-public-flag.json")),
        "a missing public is a deviation");
  }

  @Test
  void aVisibilityThatCannotBeReadIsNonPublic() throws IOException {
    OParlImport imported = TOLERANT.read(resource("patterns/hostile-public.json"));
    Map<String, AgendaItem> items = byNumber(imported.meetings().get(0).meeting());
    assertEquals(Visibility.PUBLIC, items.get("1").visibility());
    for (String number : List.of("2", "3", "4", "5", "6", "7")) {
      assertEquals(Visibility.NON_PUBLIC, items.get(number).visibility(), "item " + number);
    }
    assertEquals(List.of("441", "442", "443", "444", "445", "446"),
        warnings(imported, OParlIssue.VISIBILITY_UNREADABLE).stream()
            .map(w -> w.objectId().substring(w.objectId().lastIndexOf('/') + 1)).toList());
    assertEquals(B + "agendaitem/442, public: \"public\" is null, not true or false; read the item as"
        + " non-public", warnings(imported, OParlIssue.VISIBILITY_UNREADABLE).get(1).message(Locale.ENGLISH));
    OParlImportException e = assertThrows(OParlImportException.class,
        () -> STRICT.read(resource("patterns/hostile-public.json")));
    assertEquals(6, e.problems().stream().filter(w -> w.issue() == OParlIssue.VISIBILITY_UNREADABLE).count());
  }

  @Test
  void anOrderOutOfRangeSaysSo() throws IOException {
    OParlImport imported = TOLERANT.read(resource("patterns/hostile-public.json"));
    OParlWarning order = imported.warnings().stream()
        .filter(w -> w.field().equals("order")).findFirst().orElseThrow();
    assertEquals(B + "agendaitem/447, order: the number 2147483648 is outside the range from 0 to"
        + " 2147483647; ignored it", order.message(Locale.ENGLISH));
    assertEquals(7, byNumber(imported.meetings().get(0).meeting()).get("8").order(), "its position");
  }

  @Test
  void twoEmbeddedItemsWithOneIdStayTwoItems() throws IOException {
    OParlImport imported = TOLERANT.read(resource("patterns/duplicate-embedded-id.json"));
    Meeting first = imported.meetings().get(0).meeting();
    Meeting second = imported.meetings().get(1).meeting();
    assertEquals("Öffentlicher Punkt der ersten Sitzung", first.agenda().get(0).title());
    assertEquals(Visibility.PUBLIC, first.agenda().get(0).visibility());
    assertEquals("Geheimer Punkt der zweiten Sitzung", second.agenda().get(0).title());
    assertEquals(Visibility.NON_PUBLIC, second.agenda().get(0).visibility());
    List<OParlWarning> duplicates = warnings(imported, OParlIssue.DUPLICATE_ID);
    assertEquals(1, duplicates.size(), imported.warnings()::toString);
    assertEquals(List.of("<1> $[2].agendaItem[0]", "<1> $[3].agendaItem[0]").size(),
        duplicates.get(0).arguments().size());
    assertTrue(duplicates.get(0).arguments().get(0).endsWith("$[2].agendaItem[0]"), duplicates::toString);
    assertTrue(duplicates.get(0).arguments().get(1).endsWith("$[3].agendaItem[0]"), duplicates::toString);
    assertThrows(OParlImportException.class,
        () -> STRICT.read(resource("patterns/duplicate-embedded-id.json")));
  }

  @Test
  void deletionMarkersWithoutTypeAreDeletedNotForeign() throws IOException {
    OParlImport imported = TOLERANT.read(resource("patterns/deleted-without-type.json"));
    assertEquals(List.of(B + "paper/900", B + "meeting/901"), imported.deleted());
    assertEquals(List.of(), imported.warnings());
  }

  @Test
  void aListReadFromOnePageSaysWhatIsMissing() throws IOException {
    OParlImport first = TOLERANT.read(resource("patterns/pages/page-1.json"));
    assertEquals(1, first.meetings().size());
    OParlWarning missing = warnings(first, OParlIssue.NEXT_PAGE_NOT_READ).get(0);
    assertEquals("links.next", missing.field());
    assertEquals(List.of("https://ris.musterhausen.examp…/oparl/body/1/meetings?page=2", "3"),
        missing.arguments(), "a long URL keeps its distinguishing end");
    assertFalse(missing.issue().deviation());
  }

  @Test
  void aListWhosePagesAreAllGivenIsComplete() throws IOException {
    OParlImport all = TOLERANT.read(resource("patterns/pages"));
    assertEquals(3, all.meetings().size());
    assertEquals(List.of(), warnings(all, OParlIssue.NEXT_PAGE_NOT_READ));
  }

  @Test
  void theObjectSourceProvidesTheNextPages() throws IOException {
    Path pages = resource("patterns/pages");
    OParlReader reader = OParlReader.builder().objectSource(url -> {
      String page = url.substring(url.lastIndexOf('=') + 1);
      Path file = pages.resolve("page-" + page + ".json");
      return Files.exists(file) ? Files.readString(file) : null;
    }).build();
    OParlImport imported = reader.read(pages.resolve("page-1.json"));
    assertEquals(3, imported.meetings().size());
    assertEquals(List.of(), warnings(imported, OParlIssue.NEXT_PAGE_NOT_READ));
  }
}
