package org.ratsinfo.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ratsinfo.oparl.OParlReaderTest.B;
import static org.ratsinfo.oparl.OParlReaderTest.resource;

import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Person;

/**
 * Each quirk of real servers, in its own fixture: tolerant mode repairs it with exactly one warning
 * naming the object and the property, strict mode rejects the document with the same problem.
 */
class QuirksTest {

  private static final OParlReader TOLERANT = OParlReader.standard();
  private static final OParlReader STRICT = OParlReader.builder().strict(true).build();

  record Quirk(String file, List<Seen> expected, Consumer<MeetingExcerpts> repaired) {
    @Override
    public String toString() {
      return file;
    }
  }

  private static Seen w(String id, String field, OParlIssue issue, String... arguments) {
    return new Seen(B + id, field, issue, arguments);
  }

  static Stream<Quirk> quirks() {
    return Stream.of(
        new Quirk("missing-order.json", List.of(w("agendaitem/92", "order", OParlIssue.MISSING_ORDER, "1")),
            m -> assertEquals(1, m.meeting().agenda().get(1).order())),
        new Quirk("single-value-for-list.json", List.of(
                w("meeting/9", "organization", OParlIssue.SINGLE_VALUE_FOR_LIST),
                w("paper/92", "originatorPerson", OParlIssue.SINGLE_VALUE_FOR_LIST)),
            m -> {
              assertEquals("Haupt- und Finanzausschuss", m.meeting().organization().name());
              Person originator = m.meeting().agenda().get(1).paper().originatorPersons().get(0);
              assertEquals("Kleinschmidt", originator.familyName());
            }),
        new Quirk("mime-type-as-extension.json", List.of(w("file/92", "mimeType",
                OParlIssue.MIME_TYPE_AS_EXTENSION, "docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
            m -> assertEquals("2026/0020", m.meeting().agenda().get(1).paper().reference())),
        new Quirk("empty-url.json", List.of(w("file/92", "downloadUrl", OParlIssue.EMPTY_URL)),
            m -> assertEquals("2026/0020", m.meeting().agenda().get(1).paper().reference())),
        new Quirk("unknown-property.json", List.of(w("agendaitem/92", "abstimmung",
                OParlIssue.UNKNOWN_PROPERTY, "abstimmung")),
            m -> assertEquals(List.of(), m.meeting().agenda().get(1).votes())),
        new Quirk("date-time-without-offset.json", List.of(w("meeting/9", "start",
                OParlIssue.DATE_TIME_WITHOUT_OFFSET, "2026-03-04T17:00:00", "Europe/Berlin")),
            m -> assertEquals(ZonedDateTime.of(2026, 3, 4, 17, 0, 0, 0, ZoneId.of("Europe/Berlin")),
                m.meeting().start())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quirks")
  void tolerantRepairsWithAWarningNamingObjectAndField(Quirk quirk) throws IOException {
    OParlImport imported = TOLERANT.read(resource("quirks/" + quirk.file()));
    assertEquals(quirk.expected(), Seen.of(imported.warnings()));
    assertEquals(1, imported.meetings().size());
    quirk.repaired().accept(imported.meetings().get(0));
    // the rest is as in the valid document
    MeetingExcerpts valid = TOLERANT.read(resource("quirks/valid.json")).meetings().get(0);
    assertEquals(valid.meeting().agenda().get(0), imported.meetings().get(0).meeting().agenda().get(0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quirks")
  void strictRejectsWithEveryProblem(Quirk quirk) {
    OParlImportException e = assertThrows(OParlImportException.class,
        () -> STRICT.read(resource("quirks/" + quirk.file())));
    assertEquals(quirk.expected(), Seen.of(e.problems()));
    for (Seen problem : quirk.expected()) {
      String where = problem.objectId() + ", " + problem.field() + ": ";
      assertTrue(e.getLocalizedMessage(Locale.GERMAN).contains(where), e::getMessage);
      assertTrue(e.getMessage().contains(where), e::getMessage);
    }
    assertTrue(e.getLocalizedMessage(Locale.GERMAN)
        .startsWith("die OParl-Eingabe weicht an " + quirk.expected().size() + " Stellen"), e::getMessage);
    assertTrue(e.getMessage().startsWith("the OParl input deviates from the specification in "
        + quirk.expected().size() + " places"), e::getMessage);
  }

  @Test
  void anExplicitNullOrderIsMissingToo() throws IOException {
    String json = java.nio.file.Files.readString(resource("quirks/valid.json"))
        .replace("\"order\": 1,", "\"order\": null,");
    assertEquals(List.of(w("agendaitem/92", "order", OParlIssue.MISSING_ORDER, "1")),
        Seen.of(TOLERANT.readString(json).warnings()));
  }

  @Test
  void theValidDocumentHasNoWarningInEitherMode() throws IOException {
    assertEquals(List.of(), TOLERANT.read(resource("quirks/valid.json")).warnings());
    assertEquals(List.of(), STRICT.read(resource("quirks/valid.json")).warnings());
  }

  @Test
  void eachWarningReadsWellInBothLanguages() throws IOException {
    OParlWarning missing = TOLERANT.read(resource("quirks/missing-order.json")).warnings().get(0);
    assertEquals(B + "agendaitem/92, order: the required property \"order\" is missing; used the item's"
        + " position in the meeting, 1", missing.message(Locale.ENGLISH));
    assertEquals(B + "agendaitem/92, order: die erforderliche Eigenschaft „order“ fehlt; die Position"
        + " des Punkts in der Sitzung verwendet, 1", missing.message(Locale.GERMAN));
    assertEquals(missing.message(Locale.ENGLISH), missing.toString());
  }
}
