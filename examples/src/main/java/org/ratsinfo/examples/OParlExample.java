package org.ratsinfo.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.oparl.OParlImport;
import org.ratsinfo.oparl.OParlReader;
import org.ratsinfo.oparl.OParlWarning;
import org.ratsinfo.oparl.OParlWriter;
import org.ratsinfo.render.batch.AtomicFiles;
import org.ratsinfo.render.batch.BatchResult;
import org.ratsinfo.render.batch.BatchTarget;
import org.ratsinfo.render.batch.MeetingRenderer;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.html.HtmlRenderer;

/**
 * OParl in both directions: imports the council meeting of Beispielstadt from OParl object files
 * ({@code samples/oparl-beispielstadt/}), prints what the import repaired, and renders an HTML excerpt
 * of every public agenda item; then writes the Musterstadt meeting ({@code
 * samples/rat-musterstadt-2026-09-15.json}) as OParl 1.1, its votes as Popolo vote events, for an
 * open-data portal.
 *
 * <pre>
 * java org.ratsinfo.examples.OParlExample [OUT-DIR]
 * </pre>
 */
public final class OParlExample {

  /** The OParl sample, relative to the project's root. */
  public static final Path OPARL_SAMPLE = Path.of("examples", "samples", "oparl-beispielstadt");

  private OParlExample() {}

  /**
   * Imports an OParl directory and renders every public item of every meeting found as HTML.
   *
   * @param oparl an OParl file or directory
   * @param outDir the directory, created if need be
   * @param report where the warnings and the summary go
   * @return what became of the items of the last meeting
   * @throws IOException if reading or writing fails
   */
  public static BatchResult importAndRender(Path oparl, Path outDir, PrintStream report) throws IOException {
    OParlImport imported = OParlReader.standard().read(oparl);         // tolerant; strict(true) rejects
    for (OParlWarning warning : imported.warnings()) {
      report.println(warning.message(Locale.GERMAN));
    }
    RenderOptions options = RenderOptions.builder().locale(Locale.GERMANY).build();
    MeetingRenderer renderer = MeetingRenderer.builder()
        .add(HtmlRenderer.builder().options(options).build())
        .build();
    BatchResult result = null;
    for (MeetingExcerpts meeting : imported.meetings()) {                // public excerpts only
      result = renderer.render(meeting, BatchTarget.directory(outDir));
      report.printf(Locale.GERMAN, "%s: %d Tagesordnungspunkte dargestellt%n", meeting.meeting().name(),
          result.rendered().size());
    }
    if (result == null) {
      throw new IOException("no OParl meeting in " + oparl);
    }
    return result;
  }

  /**
   * Writes a meeting of the native JSON as OParl 1.1 into a file, written completely or not at all.
   *
   * @param meetingFile a meeting excerpts document in the native JSON format
   * @param target the OParl file
   * @throws IOException if reading or writing fails
   */
  public static void export(Path meetingFile, Path target) throws IOException {
    MeetingExcerpts meeting = RatsinfoJson.standard().readMeetingExcerpts(meetingFile);
    OParlWriter writer = OParlWriter.builder()
        .baseUrl("https://ris.musterstadt.de/oparl/v1/")              // ids: .../meeting/2026-09-15-rat
        .build();
    AtomicFiles.write(target, out -> writer.write(meeting, out));      // public items only
  }

  /**
   * Imports the Beispielstadt sample into {@code out/oparl} (or the given directory) and exports the
   * Musterstadt meeting there as {@code musterstadt-oparl.json}.
   *
   * @param args optionally the output directory
   * @throws IOException if reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    Path outDir = Path.of(args.length > 0 ? args[0] : "out/oparl");
    importAndRender(OPARL_SAMPLE, outDir, System.out);
    export(RenderMeetingExample.SAMPLE, outDir.resolve("musterstadt-oparl.json"));
    System.out.println("OParl: " + outDir.resolve("musterstadt-oparl.json"));
  }
}
