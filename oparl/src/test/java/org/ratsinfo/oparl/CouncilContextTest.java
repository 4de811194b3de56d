package org.ratsinfo.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ratsinfo.oparl.OParlReaderTest.B;
import static org.ratsinfo.oparl.OParlReaderTest.COUNCIL;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.PaperLink;
import org.ratsinfo.model.Visibility;

/**
 * The papers of the council fixture in their context: the development plan's path through three
 * bodies (the committees' items given by the body's agenda item list, their meetings not part of the
 * fixture; the Haupt- und Finanzausschuss's item non-public), an amendment consulted at the motion's
 * item, linked papers, and attachments with https addresses. Strict, and without a warning.
 */
class CouncilContextTest {

  private static Meeting council() throws IOException {
    OParlImport imported = OParlReader.builder().strict(true).build().read(COUNCIL);
    assertEquals(List.of(), imported.warnings());
    assertEquals(1, imported.meetings().size(), "the committees' meetings are not part of it");
    return imported.meetings().get(0).meeting();
  }

  private static AgendaItem item(Meeting meeting, String number) {
    return meeting.agenda().stream().filter(i -> i.number().equals(number)).findFirst().orElseThrow();
  }

  @Test
  void theDevelopmentPlansPathThroughThreeBodies() throws IOException {
    Paper plan = item(council(), "6").paper();
    assertEquals(List.of(
            new PaperConsultation(LocalDate.of(2026, 5, 19), new Organization(B + "organization/apu",
                "Ausschuss für Planung und Umwelt", "APU", OrganizationType.COMMITTEE), "Vorberatung", false,
                null, "einstimmig empfohlen", B + "meeting/266", B + "agendaitem/2605", Visibility.PUBLIC),
            new PaperConsultation(LocalDate.of(2026, 6, 2), new Organization(B + "organization/hfa",
                "Haupt- und Finanzausschuss", "HFA", OrganizationType.COMMITTEE), "Vorberatung", false,
                null, "empfohlen", B + "meeting/271", B + "agendaitem/2714", Visibility.NON_PUBLIC),
            new PaperConsultation(LocalDate.of(2026, 6, 11), new Organization(B + "organization/rat",
                "Rat der Stadt Beispielstadt", "Rat", OrganizationType.COMMITTEE), "Entscheidung", true,
                null, "mehrheitlich beschlossen", B + "meeting/281", B + "agendaitem/2806",
                Visibility.PUBLIC)),
        plan.consultations());
  }

  @Test
  void theAmendmentIsAFurtherPaperOfTheMotionsItem() throws IOException {
    AgendaItem motion = item(council(), "5");
    assertEquals(List.of("2026/0102", "2026/0102-1"),
        motion.consultations().stream().map(c -> c.paper().reference()).toList());
    Paper amendment = motion.consultations().get(1).paper();
    assertEquals("Änderungsantrag", amendment.paperType().name());
    assertEquals(List.of(new PaperLink(PaperLink.Kind.RELATED, B + "paper/502", "2026/0102",
        "Antrag der SPD-Fraktion: Kostenfreie Nutzung der Stadtbücherei für Kinder", Visibility.PUBLIC)),
        amendment.links());
    assertEquals(List.of(B + "paper/510"),
        motion.paper().links().stream().map(PaperLink::id).toList());
    assertEquals(List.of(B + "agendaitem/2805"),
        amendment.consultations().stream().map(PaperConsultation::agendaItemId).toList());
    assertNull(amendment.consultations().get(0).result(), "the item's result is the motion's");
    assertEquals("Geändert beschlossen", motion.paper().consultations().get(0).result());
  }

  @Test
  void theBudgetAndTheStaffPlanBelowIt() throws IOException {
    Meeting meeting = council();
    assertEquals(List.of(PaperLink.Kind.SUBORDINATED), item(meeting, "7").paper().links().stream()
        .map(PaperLink::kind).toList());
    assertEquals(List.of(new PaperLink(PaperLink.Kind.SUPERORDINATED, B + "paper/504", "2026/0090",
        "Haushaltssatzung 2027", Visibility.PUBLIC)), item(meeting, "7.1").paper().links());
  }

  @Test
  void attachmentsWithHttpsAddresses() throws IOException {
    Meeting meeting = council();
    List<File> files = new ArrayList<>();
    files.add(meeting.invitation());
    files.add(meeting.resultsProtocol());
    AgendaItem plan = item(meeting, "6");
    files.addAll(plan.auxiliaryFiles());
    files.addAll(plan.paper().auxiliaryFiles());
    files.add(item(meeting, "5").consultations().get(1).paper().mainFile());
    assertEquals(List.of("Einladung", "Niederschrift", "Präsentation der Verwaltung",
        "Anlage 1: Planzeichnung", "Anlage 2: Begründung mit Umweltbericht",
        "Änderungsantrag der CDU-Fraktion"), files.stream().map(File::name).toList());
    for (File file : files) {
      assertTrue(file.accessUrl().startsWith("https://"), file::toString);
      assertEquals(Visibility.PUBLIC, file.visibility());
    }
    assertEquals("https://beispielstadt.example/dokumente/bplan-142-planzeichnung.pdf",
        plan.paper().auxiliaryFiles().get(0).accessUrl());
  }
}
