package org.ratsinfo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.oparl.OParlReader;
import org.ratsinfo.render.batch.BatchResult;

class OParlExampleTest {

  private static final Path SAMPLES = Path.of(System.getProperty("ratsinfo.samples"));

  @TempDir Path dir;

  @Test
  void theBeispielstadtMeetingIsRenderedItemByItem() throws IOException {
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    BatchResult result = OParlExample.importAndRender(SAMPLES.resolve("oparl-beispielstadt"), dir,
        new PrintStream(report, true, StandardCharsets.UTF_8));
    assertTrue(result.ok(), result::toString);
    assertEquals(10, result.rendered().size());
    assertEquals("28. Sitzung des Rates der Stadt Beispielstadt: 10 Tagesordnungspunkte dargestellt"
        + System.lineSeparator(), report.toString(StandardCharsets.UTF_8), "and no warning");
    assertTrue(Files.readString(dir.resolve("2026-06-11_Oe-5.html")).contains("Stadtbücherei"));
  }

  @Test
  void theMusterstadtMeetingIsWrittenAsOParlThatReadsBack() throws IOException {
    Path target = dir.resolve("musterstadt-oparl.json");
    OParlExample.export(SAMPLES.resolve("rat-musterstadt-2026-09-15.json"), target);
    String json = Files.readString(target);
    assertTrue(json.contains("\"id\": \"https://ris.musterstadt.de/oparl/v1/meeting/2026-09-15-rat\""));
    assertTrue(json.contains("\"ratsinfo:voteEvents\""));
    assertEquals(19, OParlReader.builder().strict(true).build().read(target).meetings().get(0)
        .meeting().agenda().size());
  }
}
