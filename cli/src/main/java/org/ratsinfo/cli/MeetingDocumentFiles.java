package org.ratsinfo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.render.batch.AtomicFiles;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderException;

/**
 * Writes one document of a whole meeting, the agenda or the minutes, in every selected format, for
 * {@code ratsinfo render --document agenda|minutes}: {@code 2026-09-15_Tagesordnung.pdf}, {@code
 * 2026-09-15_Niederschrift.docx}. The date is left out of the names where a document for the public
 * withholds it, as the excerpts' names are.
 */
final class MeetingDocumentFiles {

  private final CliMessages messages;
  private final PrintWriter out;
  private final PrintWriter err;

  MeetingDocumentFiles(CliMessages messages, PrintWriter out, PrintWriter err) {
    this.messages = messages;
    this.out = out;
    this.err = err;
  }

  /**
   * Lays out and writes the document, each format through its renderer's own options.
   *
   * @param label names the meeting in messages
   * @param file the input, to tell one input's files from another's
   * @param meeting the meeting, for the audience it is rendered for, validated
   * @return {@link ExitCode#OK}, or the exit code of the first failure
   */
  int write(String label, Path file, MeetingExcerpts meeting, DocumentKind kind,
      List<ExcerptRenderer> renderers, Path outDir, OutputClaims claims) {
    String base = baseName(meeting, kind, renderers);
    Optional<OutputClaims.Clash> clash = claims.claim(outDir, List.of(base), file.toString());
    if (clash.isPresent()) {
      err.println(messages.format("clash", label, clash.get().file().toString(), clash.get().owner()));
      return ExitCode.CANNOT_WRITE;
    }
    int exit = ExitCode.OK;
    for (ExcerptRenderer renderer : renderers) {
      Path target = outDir.resolve(base + "." + renderer.format().fileExtension());
      try {
        ExcerptDocument document = renderer.options().layout(kind, meeting).get(0);
        AtomicFiles.write(target, o -> renderer.render(document, o));
        out.println(messages.format("wrote", target.toString()));
      } catch (IOException e) {
        err.println(messages.format("cannotWrite", target.toString(), IoReasons.of(e, target, messages)));
        exit = Math.max(exit, ExitCode.CANNOT_WRITE);
      } catch (RenderException e) {
        err.println(messages.format("cannotRender", label, renderer.format().id(),
            String.valueOf(e.getMessage())));
        exit = Math.max(exit, ExitCode.INTERNAL_ERROR);
      }
    }
    return exit;
  }

  /** The date in the start's own zone and the document's name, without the date where it is withheld. */
  static String baseName(MeetingExcerpts meeting, DocumentKind kind, List<ExcerptRenderer> renderers) {
    String name = kind == DocumentKind.AGENDA ? "Tagesordnung" : "Niederschrift";
    boolean dateWithheld = meeting.audience() == Audience.PUBLIC && renderers.stream()
        .anyMatch(r -> r.options().withheldFromPublic().contains(FieldKey.DATE));
    return dateWithheld ? name : meeting.meeting().start().toLocalDate() + "_" + name;
  }
}
