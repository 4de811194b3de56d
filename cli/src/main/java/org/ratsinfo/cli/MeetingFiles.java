package org.ratsinfo.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.render.BatchListener;
import org.ratsinfo.render.BatchResult;
import org.ratsinfo.render.BatchTarget;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.ItemFailure;
import org.ratsinfo.render.ItemResult;
import org.ratsinfo.render.MeetingRenderer;
import org.ratsinfo.validation.ModelValidator;
import org.ratsinfo.validation.Violation;

/**
 * Renders meeting files (the excerpts of a whole meeting) for {@code ratsinfo render}: every agenda
 * item in every selected format, into the output directory or one ZIP archive, with progress and a
 * summary. Items are validated one by one; an invalid or failing item is reported and the others are
 * rendered.
 */
final class MeetingFiles {

  /** The width of the progress bar, in characters. */
  private static final int BAR = 20;

  private final Language language;
  private final CliMessages messages;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;

  /**
   * @param terminal whether stderr is a terminal: a progress bar there instead of a line per item
   */
  MeetingFiles(Language language, PrintWriter out, PrintWriter err, boolean terminal) {
    this.language = language;
    this.messages = new CliMessages(language);
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /** Whether this process runs on a terminal. */
  static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Java 22 and later have a console even when redirected; it tells whether it is a terminal.
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /**
   * Renders every item of a meeting file.
   *
   * @param file the file, for messages
   * @param meeting its content
   * @param audience the audience to render for, or {@code null} for the file's own
   * @param renderers the selected renderers
   * @param outDir the output directory, unless {@code zip} is given
   * @param zip the ZIP archive to write instead, or {@code null}
   * @return the exit code: 1 if an item is invalid, 3 if an item failed to render, 4 if the output
   *     cannot be written
   */
  int render(Path file, MeetingExcerpts meeting, @Nullable Audience audience,
      List<ExcerptRenderer> renderers, Path outDir, @Nullable Path zip) {
    return render(file, meeting, audience, renderers, outDir, zip, new OutputClaims());
  }

  /**
   * Renders every item of a meeting file, unless its files would overwrite those another input of
   * this run wrote into the same directory.
   *
   * @param claims the files of this run so far
   * @see #render(Path, MeetingExcerpts, Audience, List, Path, Path)
   */
  int render(Path file, MeetingExcerpts meeting, @Nullable Audience audience,
      List<ExcerptRenderer> renderers, Path outDir, @Nullable Path zip, OutputClaims claims) {
    MeetingExcerpts forAudience = audience == null ? meeting : meeting.withAudience(audience);
    Locale locale = language.locale();
    // Rules of the batch as a whole (nothing to render); the items are checked one by one below.
    List<Violation> whole = ModelValidator.standard().validate(forAudience, locale).stream()
        .filter(v -> v.path().equals("meeting.agenda"))
        .toList();
    if (!whole.isEmpty()) {
      whole.forEach(v -> out.println(file + ": " + v));
      return ExitCode.INVALID;
    }
    if (zip == null) {
      // Every item's name, whichever audience the renderers make it for: a superset is safe.
      List<String> names = meeting.excerpts().stream()
          .map(e -> MeetingRenderer.baseName(meeting.meeting(), e.agendaItem()))
          .toList();
      Optional<OutputClaims.Clash> clash = claims.claim(outDir, names, file.toString());
      if (clash.isPresent()) {
        err.println(messages.format("clash", file.toString(), clash.get().file().toString(),
            clash.get().owner()));
        return ExitCode.CANNOT_WRITE;
      }
    }
    MeetingRenderer renderer = MeetingRenderer.builder().addAll(renderers).locale(locale).build();
    BatchTarget target = zip != null ? BatchTarget.zip(zip) : BatchTarget.directory(outDir);
    BatchResult result;
    try {
      result = renderer.render(forAudience, target, new Progress(file));
    } catch (IOException e) {
      clearBar();
      Path where = zip != null ? zip : outDir;
      err.println(messages.format("cannotWrite", where.toString(), String.valueOf(e.getMessage())));
      return ExitCode.CANNOT_WRITE;
    }
    if (zip != null) {
      out.println(messages.format("wrote", zip.toString()));
    }
    out.println(summary(result));
    if (result.anyFailed(ItemFailure.Kind.RENDER_FAILED)) {
      return ExitCode.INTERNAL_ERROR;
    }
    return result.anyFailed(ItemFailure.Kind.INVALID) ? ExitCode.INVALID : ExitCode.OK;
  }

  /** {@code 25 items, 24 rendered, 1 failed: N 3: …}. */
  String summary(BatchResult result) {
    String counts = messages.format("meeting.summary", Integer.toString(result.total()),
        Integer.toString(result.rendered().size()), Integer.toString(result.failed().size()));
    if (result.ok()) {
      return counts;
    }
    return counts + ": " + result.failed().stream()
        .map(i -> i.label() + ": " + i.failures().stream().map(ItemFailure::toString)
            .collect(Collectors.joining("; ")))
        .collect(Collectors.joining("; "));
  }

  /** {@code [#####.....] 12/25 Oe-7.2}. */
  static String bar(int done, int total, String baseName) {
    int filled = total == 0 ? BAR : (int) ((long) done * BAR / total);
    String top = baseName.substring(baseName.indexOf('_') + 1);
    return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + done + "/" + total + " " + top;
  }

  private int barWidth;

  private void clearBar() {
    if (terminal && barWidth > 0) {
      err.print("\r" + " ".repeat(barWidth) + "\r");
      err.flush();
      barWidth = 0;
    }
  }

  /** Reports each item: its failures, then a progress line or the bar. */
  private final class Progress implements BatchListener {
    private final Path file;

    Progress(Path file) {
      this.file = file;
    }

    @Override
    public void itemFinished(ItemResult item, int done, int total) {
      if (!item.ok()) {
        clearBar();
        String where = file + ": " + item.label();
        for (ItemFailure failure : item.failures()) {
          if (failure.kind() == ItemFailure.Kind.INVALID) {
            failure.violations().forEach(v -> out.println(where + ": " + v));
          } else {
            err.println(messages.format("cannotRender", where,
                failure.format() == null ? "?" : failure.format().id(), failure.message()));
          }
        }
        out.flush();
        err.flush();
      }
      if (terminal) {
        String bar = bar(done, total, item.baseName());
        err.print("\r" + bar + " ".repeat(Math.max(0, barWidth - bar.length())));
        barWidth = Math.max(barWidth, bar.length());
        if (done == total) {
          err.println();
          barWidth = 0;
        }
        err.flush();
      } else if (!item.files().isEmpty()) {
        out.println(messages.format("meeting.progress", Integer.toString(done), Integer.toString(total),
            String.join(", ", item.files())));
      }
    }
  }
}
