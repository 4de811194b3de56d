package org.ratsinfo.oparl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ratsinfo.oparl.internal.SchemaTable.Kind;
import org.ratsinfo.oparl.internal.SchemaTable.ObjectType;
import org.ratsinfo.oparl.internal.SchemaTable.Property;

/**
 * The schema table against what the specification says, written down here a second time: what 1.1
 * added to 1.0, what each version requires, and the properties the importer knows ({@link Vocabulary}).
 */
class SchemaTableTest {

  private static final SchemaTable TABLE = SchemaTable.standard();

  @Test
  void everyPropertyTheImporterKnowsIsInTheTableAndNoOther() {
    for (String type : SchemaTable.TYPES) {
      assertTrue(Vocabulary.isType(type), type);
      assertEquals(new TreeSet<>(Vocabulary.properties(type)),
          new TreeSet<>(TABLE.properties(type, SchemaVersion.V1_1)), type);
    }
  }

  @Test
  void theImportersExtensionsHaveANamespacePrefix() {
    for (String extension : Vocabulary.EXTENSIONS) {
      assertTrue(extension.startsWith(Vocabulary.EXTENSION_PREFIX) && extension.indexOf(':') > 0, extension);
    }
  }

  @Test
  void whatOParl11AddedAndRenamed() {
    Map<String, Set<String>> added = new TreeMap<>();
    Map<String, Set<String>> removed = new TreeMap<>();
    for (String type : SchemaTable.TYPES) {
      Set<String> v10 = TABLE.properties(type, SchemaVersion.V1_0);
      Set<String> v11 = TABLE.properties(type, SchemaVersion.V1_1);
      Set<String> plus = new TreeSet<>(v11);
      plus.removeAll(v10);
      Set<String> minus = new TreeSet<>(v10);
      minus.removeAll(v11);
      if (!plus.isEmpty()) {
        added.put(type, plus);
      }
      if (!minus.isEmpty()) {
        removed.put(type, minus);
      }
    }
    assertEquals(Map.of(
        "AgendaItem", Set.of("order"),
        "Body", Set.of("agendaItem", "consultation", "file", "locationList", "legislativeTermList",
            "membership"),
        "File", Set.of("sha512Checksum"),
        "Location", Set.of("organizations", "persons", "meetings"),
        "Organization", Set.of("consultation"),
        "Person", Set.of("locationObject")), added);
    assertEquals(Map.of("Location", Set.of("organization", "meeting")), removed);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "System          | 1.0 | id type created modified oparlVersion body",
      "System          | 1.1 | id type created modified oparlVersion body",
      "Body            | 1.0 | id type created modified name organization person meeting paper legislativeTerm",
      "Body            | 1.1 | id type created modified name organization person meeting paper legislativeTerm",
      "LegislativeTerm | 1.0 | id type",
      "LegislativeTerm | 1.1 | id type created modified",
      "Organization    | 1.0 | id type created modified",
      "Person          | 1.0 | id type created modified",
      "Membership      | 1.0 | id type",
      "Meeting         | 1.0 | id type created modified",
      "Meeting         | 1.1 | id type created modified",
      "AgendaItem      | 1.0 | id type",
      "AgendaItem      | 1.1 | id type created modified order",
      "Paper           | 1.0 | id type created modified",
      "Consultation    | 1.0 | id type",
      "Consultation    | 1.1 | id type created modified",
      "File            | 1.0 | id type accessUrl",
      "File            | 1.1 | id type created modified accessUrl",
      "Location        | 1.0 | id type",
      "Location        | 1.1 | id type created modified"})
  void required(String type, String version, String required) {
    SchemaVersion v = version.equals("1.0") ? SchemaVersion.V1_0 : SchemaVersion.V1_1;
    ObjectType t = TABLE.type(type);
    assertNotNull(t);
    assertEquals(Set.of(required.split(" ")), names(t.required(v, false)));
    Set<String> kept = new HashSet<>(Set.of("id", "type", "created", "modified"));
    kept.retainAll(Set.of(required.split(" ")));
    assertEquals(kept, names(t.required(v, true)));
  }

  private static Set<String> names(Property[] properties) {
    return Set.copyOf(Arrays.stream(properties).map(Property::name).toList());
  }

  @Test
  void kindsOfValues() {
    Property order = TABLE.type("AgendaItem").property("order");
    assertEquals(Kind.INTEGER, order.kind());
    assertEquals(0, order.min());
    assertEquals(Integer.MAX_VALUE, order.max());
    Property agenda = TABLE.type("Meeting").property("agendaItem");
    assertEquals(Kind.EMBEDDED, agenda.kind());
    assertTrue(agenda.list());
    assertEquals("AgendaItem", agenda.embeddedType());
    Property organization = TABLE.type("Meeting").property("organization");
    assertEquals(Kind.URL, organization.kind());
    assertTrue(organization.list());
    assertEquals(Kind.URL, TABLE.type("Body").property("organization").kind());
    assertEquals(Kind.DATE_TIME, TABLE.type("Paper").property("created").kind());
    assertEquals(Kind.DATE, TABLE.type("Paper").property("date").kind());
    assertEquals(Kind.OBJECT, TABLE.type("Location").property("geojson").kind());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Meeting name string o           | expected 5 columns",
      "Meeting name strin o o          | unknown value strin",
      "Meating name string o o         | no OParl type Meating",
      "Meeting name string o x         | expected r, o or -, found x",
      "Meeting name string - -         | name is part of no version",
      "Meeting order integer:5..1 o o  | an empty range integer:5..1",
      "Meeting order integer:0- o o    | expected integer:MIN..MAX, found integer:0-"})
  void aBadRowIsNamedWithItsLine(String row, String message) {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> SchemaTable.parse(List.of("# a comment", "", row), "test.txt"));
    assertEquals("test.txt, line 3: " + message, e.getMessage());
  }

  @Test
  void aSecondRowOfAPropertyIsAnError() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> SchemaTable.parse(List.of("Meeting name string o o", "Meeting name string r r"), "t"));
    assertEquals("t, line 2: a second row of Meeting.name", e.getMessage());
  }
}
