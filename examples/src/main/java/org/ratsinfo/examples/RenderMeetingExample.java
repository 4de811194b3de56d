package org.ratsinfo.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.render.batch.BatchResult;
import org.ratsinfo.render.batch.BatchTarget;
import org.ratsinfo.render.batch.ItemResult;
import org.ratsinfo.render.batch.MeetingRenderer;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.Renderers;

/**
 * Renders the excerpt of every agenda item of a meeting in one go, as the clerk's office does after a
 * session: the council of Musterstadt on 15.09.2026 ({@code samples/rat-musterstadt-2026-09-15.json}),
 * public and non-public items, in every format whose renderer is on the class path, into a directory,
 * printing the progress.
 *
 * <pre>
 * java org.ratsinfo.examples.RenderMeetingExample [OUT-DIR [MEETING.json]]
 * </pre>
 */
public final class RenderMeetingExample {

  /** The sample, relative to the project's root. */
  public static final Path SAMPLE = Path.of("examples", "samples", "rat-musterstadt-2026-09-15.json");

  private RenderMeetingExample() {}

  /**
   * Renders every agenda item of a meeting file into a directory.
   *
   * @param meetingFile a meeting excerpts document in the native JSON format
   * @param outDir the directory, created if need be
   * @param progress where the progress goes, one line per item
   * @return what became of each item
   * @throws IOException if the file cannot be read or the directory written
   */
  public static BatchResult render(Path meetingFile, Path outDir, PrintStream progress) throws IOException {
    MeetingExcerpts meeting = RatsinfoJson.standard().readMeetingExcerpts(meetingFile);

    RenderOptions options = RenderOptions.builder().locale(Locale.GERMANY).build();
    Renderers renderers = Renderers.builder().addServiceLoaded(options).build();   // HTML, PDF, DOCX …
    MeetingRenderer renderer = MeetingRenderer.builder()
        .addAll(renderers.all())       // every item in every format
        .build();                      // all cores; each excerpt validated first

    BatchResult result = renderer.render(meeting, BatchTarget.directory(outDir),
        (ItemResult item, int done, int total) -> progress.printf(Locale.GERMAN, "%2d/%d %-6s %s%s%n", done, total,
            item.label(), String.join(", ", item.files()), item.ok() ? "" : "  FEHLER: " + item.failures()));

    progress.printf(Locale.GERMAN, "%d Tagesordnungspunkte, %d dargestellt, %d fehlgeschlagen, %d Dateien in %s%n",
        result.total(), result.rendered().size(), result.failed().size(), result.files().size(), outDir);
    return result;
  }

  /**
   * Renders the Musterstadt sample into {@code out/musterstadt}, or the given directory.
   *
   * @param args optionally the output directory and the meeting file
   * @throws IOException if reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    Path outDir = Path.of(args.length > 0 ? args[0] : "out/musterstadt");
    Path file = args.length > 1 ? Path.of(args[1]) : SAMPLE;
    BatchResult result = render(file, outDir, System.out);
    if (!result.ok()) {
      System.exit(1);
    }
  }
}
