package org.ratsinfo.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ratsinfo.oparl.OParlReaderTest.resource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.validation.ModelValidator;

/**
 * OParl {@code File}s of meetings, items and papers, embedded or named by URL, on fixtures written
 * here: a file keeps its address only where it is an absolute https or http URL, since documents link
 * to it; {@code javascript:}, {@code file:}, {@code data:}, relative addresses and addresses with
 * spaces are dropped with a warning in tolerant mode and reject the input in strict mode.
 */
class FileImportTest {

  private static final String D = "https://ris.dateistadt.example/oparl/";
  private static final OParlReader TOLERANT = OParlReader.standard();
  private static final OParlReader STRICT = OParlReader.builder().strict(true).build();

  private static List<OParlWarning> warnings(OParlImport imported, OParlIssue issue) {
    return imported.warnings().stream().filter(w -> w.issue() == issue).toList();
  }

  @Test
  void filesOfTheMeetingItsItemsAndItsPapersAreRead() throws IOException {
    MeetingExcerpts excerpts = TOLERANT.read(resource("patterns/files-inline.json")).meetings().get(0);
    Meeting meeting = excerpts.meeting();
    assertEquals(new File(D + "file/1", "Einladung", "einladung.pdf", "application/pdf", 48211L,
        LocalDate.of(2026, 4, 23), "https://ris.dateistadt.example/files/einladung.pdf", Visibility.PUBLIC),
        meeting.invitation());
    assertEquals(List.of("Sitzungskalender", "Lageplan", "Präsentation", "Foto"),
        meeting.auxiliaryFiles().stream().map(File::name).toList());
    assertEquals("application/pdf", meeting.auxiliaryFiles().get(0).mimeType(), "read from \"pdf\"");
    assertEquals("http://ris.dateistadt.example/files/kalender.pdf",
        meeting.auxiliaryFiles().get(0).accessUrl(), "http is a link too");
    AgendaItem item = meeting.agenda().get(0);
    assertEquals(List.of("https://ris.dateistadt.example/files/plan.pdf"),
        item.auxiliaryFiles().stream().map(File::accessUrl).toList());
    assertEquals("Beschluss", item.resolutionFile().name());
    Paper paper = item.paper();
    assertEquals(new File(D + "file/10", "Vorlage", "vorlage.pdf", "application/pdf", 120000L, null,
        "https://ris.dateistadt.example/files/vorlage.pdf", Visibility.PUBLIC), paper.mainFile());
    // OParl gives a file no visibility: an item's file is as public as the item
    assertEquals(Visibility.NON_PUBLIC, meeting.agenda().get(1).auxiliaryFiles().get(0).visibility());
    assertTrue(ModelValidator.standard().validate(excerpts, Locale.ENGLISH).isEmpty(),
        () -> ModelValidator.standard().validate(excerpts, Locale.ENGLISH).toString());
  }

  @Test
  void anAddressThatMayNeverBeALinkIsDroppedWithAWarning() throws IOException {
    OParlImport imported = TOLERANT.read(resource("patterns/files-inline.json"));
    Meeting meeting = imported.meetings().get(0).meeting();
    assertNull(meeting.resultsProtocol().accessUrl(), "javascript:");
    for (File file : meeting.auxiliaryFiles().subList(1, 4)) {
      assertNull(file.accessUrl(), file.name());
    }
    assertNull(meeting.agenda().get(0).resolutionFile().accessUrl(), "JavaScript:");
    assertNull(meeting.agenda().get(0).paper().auxiliaryFiles().get(0).accessUrl(), "a space");
    assertEquals(List.of(
            new Seen(D + "file/2", "accessUrl", OParlIssue.UNLINKABLE_URL, "javascript:alert(document.cookie)"),
            new Seen(D + "file/4", "accessUrl", OParlIssue.UNLINKABLE_URL, "file:///etc/passwd"),
            new Seen(D + "file/5", "accessUrl", OParlIssue.UNLINKABLE_URL, "/files/praesentation.pdf"),
            new Seen(D + "file/6", "accessUrl", OParlIssue.UNLINKABLE_URL, "data:image/png;base64,iVBORw0KGgo="),
            new Seen(D + "file/7", "accessUrl", OParlIssue.UNLINKABLE_URL, "JavaScript:alert(1)"),
            new Seen(D + "file/11", "accessUrl", OParlIssue.UNLINKABLE_URL,
                "https://ris.dateistadt.example/files/anlage 2.pdf")),
        Seen.of(warnings(imported, OParlIssue.UNLINKABLE_URL)));
    assertEquals(List.of(), warnings(imported, OParlIssue.INVALID_URL), "reported once, as what it is");
    assertEquals(D + "file/2, accessUrl: the address \"javascript:alert(document.cookie)\" is not an"
            + " absolute https or http URL that a document may link to (javascript:, data:, file: and"
            + " relative addresses never are); kept the file without it",
        warnings(imported, OParlIssue.UNLINKABLE_URL).get(0).message(Locale.ENGLISH));
    assertEquals(D + "file/2, accessUrl: die Adresse „javascript:alert(document.cookie)“ ist keine"
            + " absolute https- oder http-URL, auf die ein Dokument verweisen darf (javascript:, data:, file:"
            + " und relative Adressen sind es nie); die Datei ohne sie übernommen",
        warnings(imported, OParlIssue.UNLINKABLE_URL).get(0).message(Locale.GERMAN));
  }

  @Test
  void strictRejectsAnAddressThatMayNeverBeALinkNamingTheField() {
    OParlImportException e = assertThrows(OParlImportException.class,
        () -> STRICT.read(resource("patterns/files-inline.json")));
    assertEquals(Set.of(OParlIssue.UNLINKABLE_URL, OParlIssue.MIME_TYPE_AS_EXTENSION),
        e.problems().stream().map(OParlWarning::issue).collect(Collectors.toSet()));
    assertTrue(e.getMessage().contains(D + "file/4, accessUrl: the address \"file:///etc/passwd\" is not"),
        e::getMessage);
  }

  /** A file may be named by URL and given elsewhere in the input; OParl 1.1 embeds files. */
  @Test
  void filesNamedByUrlAreResolvedThroughTheInput() throws IOException {
    OParlImport imported = TOLERANT.read(resource("patterns/files-by-url.json"));
    Meeting meeting = imported.meetings().get(0).meeting();
    assertEquals("https://ris.dateistadt.example/files/21.pdf", meeting.invitation().accessUrl());
    assertEquals(List.of(new File(D + "file/22", "Haushaltsplan", null, "application/pdf", 2400000L, null,
            "https://ris.dateistadt.example/files/22.pdf", Visibility.PUBLIC)),
        meeting.agenda().get(0).auxiliaryFiles());
    File mainFile = meeting.agenda().get(0).paper().mainFile();
    assertEquals("Vorlage Haushalt", mainFile.name());
    assertNull(mainFile.accessUrl());
    assertEquals(List.of(new Seen(D + "file/23", "accessUrl", OParlIssue.UNLINKABLE_URL,
        "javascript:void(0)")), Seen.of(warnings(imported, OParlIssue.UNLINKABLE_URL)));
    assertEquals(Set.of("invitation", "auxiliaryFile[0]", "mainFile"),
        warnings(imported, OParlIssue.WRONG_TYPE).stream().map(OParlWarning::field)
            .collect(Collectors.toSet()), "a URL where OParl 1.1 embeds the file");
    OParlImportException e = assertThrows(OParlImportException.class,
        () -> STRICT.read(resource("patterns/files-by-url.json")));
    assertEquals(Set.of(OParlIssue.UNLINKABLE_URL, OParlIssue.WRONG_TYPE),
        e.problems().stream().map(OParlWarning::issue).collect(Collectors.toSet()));
  }
}
