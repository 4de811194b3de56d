package org.ratsinfo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.render.batch.BatchListener;
import org.ratsinfo.render.batch.BatchResult;
import org.ratsinfo.render.batch.BatchTarget;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.batch.ItemFailure;
import org.ratsinfo.render.batch.ItemResult;
import org.ratsinfo.render.batch.MeetingRenderer;
import org.ratsinfo.validation.ModelValidator;
import org.ratsinfo.validation.Violation;

/**
 * Renders meetings (the excerpts of a whole meeting, from a meeting file or an OParl import) for
 * {@code ratsinfo render}: every agenda item in every selected format, into the output directory or
 * one ZIP archive, with progress and a summary.
 *
 * <p>A meeting is validated as {@code ratsinfo validate} validates it. A rule of the meeting as a
 * whole (two items of one number, an end before the start, a body without a name …) refuses the whole
 * meeting: nothing is written. A rule of one item fails that item, and the others are rendered. A
 * meeting with nothing to render for the audience is a note, not a failure, unless the file itself
 * breaks that rule (a meeting file for the public without a public item, which {@code validate}
 * rejects too).
 */
final class MeetingFiles {

  /** The rule that two items of one meeting must not share a number: of the meeting as a whole. */
  private static final String DUPLICATE_NUMBER = "org.ratsinfo.rule.agenda.duplicateNumber";
  private static final String AGENDA = "meeting.agenda";

  /**
   * What became of one meeting.
   *
   * @param exit its exit code
   * @param result what the batch rendered, or {@code null} if nothing was rendered
   * @param nothing why there was nothing to render (a message), or {@code null}
   */
  record Outcome(int exit, @Nullable BatchResult result, @Nullable String nothing) {}

  private final DocumentKind document;
  private final Language language;
  private final CliMessages messages;
  private final PrintWriter out;
  private final PrintWriter err;
  private final ProgressBar bar;
  /** Items rendered in earlier meetings of the run, and the run's items; -1: one meeting alone. */
  private int runDone;
  private int runTotal = -1;

  /**
   * @param terminal whether stderr is a terminal: a progress bar there instead of a line per item
   */
  MeetingFiles(Language language, PrintWriter out, PrintWriter err, boolean terminal) {
    this(language, out, err, terminal, DocumentKind.EXCERPT);
  }

  /**
   * @param terminal whether stderr is a terminal: a progress bar there instead of a line per item
   * @param document the document of each meeting to write: its excerpts, its agenda or its minutes
   */
  MeetingFiles(Language language, PrintWriter out, PrintWriter err, boolean terminal,
      DocumentKind document) {
    this.document = document;
    this.language = language;
    this.messages = new CliMessages(language);
    this.out = out;
    this.err = err;
    this.bar = new ProgressBar(err, terminal);
  }

  /** Whether this process runs on a terminal. */
  static boolean onTerminal() {
    return ProgressBar.onTerminal();
  }

  /** The progress bar on the error stream, for what is not a meeting's item (reading). */
  ProgressBar bar() {
    return bar;
  }

  /**
   * Counts the bar over the items of several meetings from now on, and prints a meeting's summary
   * only where it failed: a run's summary follows.
   *
   * @param items the items of every meeting of the run
   */
  void startRun(int items) {
    runDone = 0;
    runTotal = items;
  }

  /**
   * Counts the bar over the items of several meetings that arrive one at a time: from the first call
   * on, as {@link #startRun(int)}; each later call sets the run's total anew, an estimate while not
   * every meeting has arrived.
   *
   * @param items the items of the run as far as known or estimated
   */
  void growRun(int items) {
    if (runTotal < 0) {
      runDone = 0;
    }
    runTotal = items;
  }

  /**
   * Renders every item of a meeting file, for tests and callers with one meeting.
   *
   * @see #render(String, Path, MeetingExcerpts, Audience, List, Path, Path, OutputClaims, boolean)
   */
  int render(Path file, MeetingExcerpts meeting, @Nullable Audience audience,
      List<ExcerptRenderer> renderers, Path outDir, @Nullable Path zip) {
    return render(file.toString(), file, meeting, audience, renderers, outDir, zip, new OutputClaims(),
        true).exit();
  }

  /**
   * Renders every item of a meeting, unless its files would overwrite those another input of this
   * run wrote into the same directory.
   *
   * @param label names the meeting in messages: the file, or the OParl input and the meeting
   * @param file the input, to tell one input's files from another's
   * @param meeting the meeting
   * @param audience the audience to render for, or {@code null} for the meeting's own
   * @param renderers the selected renderers
   * @param outDir the output directory, unless {@code zip} is given
   * @param zip the ZIP archive to write instead, or {@code null}
   * @param claims the files of this run so far
   * @param fromFile whether the meeting is a file's as given (then a rule it breaks as a file, such
   *     as a public meeting file without a public item, fails it as {@code validate} would), or an
   *     import's
   * @return the outcome; its exit code 1 if the meeting or an item is invalid, 3 if an item failed to
   *     render, 4 if the output cannot be written
   */
  Outcome render(String label, Path file, MeetingExcerpts meeting, @Nullable Audience audience,
      List<ExcerptRenderer> renderers, Path outDir, @Nullable Path zip, OutputClaims claims,
      boolean fromFile) {
    MeetingExcerpts forAudience = audience == null ? meeting : meeting.withAudience(audience);
    Locale locale = language.locale();
    if (forAudience.items().isEmpty() && (!fromFile || !meeting.items().isEmpty())) {
      String why = messages.format(meeting.meeting().agenda().isEmpty()
          ? "meeting.nothing.empty" : "meeting.nothing.noPublic");
      if (runTotal < 0) {
        out.println(messages.format("meeting.nothing", label, why));
      }
      return new Outcome(ExitCode.OK, null, why);
    }
    List<Violation> violations = ModelValidator.standard().validate(forAudience, locale);
    List<Violation> whole = violations.stream().filter(MeetingFiles::ofTheWhole).toList();
    if (!whole.isEmpty()) {
      bar.clear();
      whole.forEach(v -> out.println(label + ": " + v));
      out.flush();
      err.println(messages.format("meeting.invalid", label));
      return new Outcome(ExitCode.INVALID, null, null);
    }
    if (document != DocumentKind.EXCERPT) {
      return writeDocument(label, file, forAudience, violations, renderers, outDir, zip, claims);
    }
    int exit = ExitCode.OK;
    if (fromFile) {
      // Items the audience does not see are not rendered, but validate reports them: so does render.
      List<Violation> unseen = violations.stream().filter(v -> unseen(v, forAudience)).toList();
      unseen.forEach(v -> out.println(label + ": " + v));
      exit = unseen.isEmpty() ? exit : ExitCode.INVALID;
    }
    MeetingRenderer renderer = MeetingRenderer.builder().addAll(renderers).locale(locale).build();
    if (zip == null) {
      // Every item's name, by what the excerpts show.
      Optional<OutputClaims.Clash> clash =
          claims.claim(outDir, renderer.baseNames(forAudience), file.toString());
      if (clash.isPresent()) {
        bar.clear();
        err.println(messages.format("clash", label, clash.get().file().toString(), clash.get().owner()));
        return new Outcome(ExitCode.CANNOT_WRITE, null, null);
      }
    }
    BatchTarget target = zip != null ? BatchTarget.zip(zip) : BatchTarget.directory(outDir);
    BatchResult result;
    try {
      result = renderer.render(forAudience, target, new Progress(label));
    } catch (IOException e) {
      bar.clear();
      Path where = zip != null ? zip : outDir;
      err.println(messages.format(zip != null ? "cannotWrite" : "cannotWriteDirectory", where.toString(),
          IoReasons.of(e, where, messages)));
      return new Outcome(ExitCode.CANNOT_WRITE, null, null);
    } finally {
      runDone += forAudience.items().size();
    }
    if (zip != null) {
      out.println(messages.format("wrote", zip.toString()));
    }
    if (runTotal < 0 || !result.ok()) {
      out.println((runTotal < 0 ? "" : label + ": ") + summary(result));
    }
    if (result.anyFailed(ItemFailure.Kind.RENDER_FAILED)) {
      exit = ExitCode.INTERNAL_ERROR;
    } else if (result.anyFailed(ItemFailure.Kind.INVALID)) {
      exit = Math.max(exit, ExitCode.INVALID);
    }
    return new Outcome(exit, result, null);
  }

  /**
   * Whether a violation is of the meeting as a whole rather than of one item: anything outside the
   * agenda's items, the agenda itself, and two items of one number.
   */
  private static boolean ofTheWhole(Violation v) {
    return !v.path().startsWith(AGENDA + "[") || v.rule().equals(DUPLICATE_NUMBER);
  }

  /** Whether a violation is of an item the audience does not see, and so is not rendered. */
  private static boolean unseen(Violation v, MeetingExcerpts forAudience) {
    if (!v.path().startsWith(AGENDA + "[")) {
      return false;
    }
    int close = v.path().indexOf(']');
    try {
      int index = Integer.parseInt(v.path().substring(AGENDA.length() + 1, close));
      AgendaItem item = forAudience.meeting().agenda().get(index);
      return !Set.copyOf(forAudience.items()).contains(item);
    } catch (RuntimeException e) {
      return false;
    }
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
    return ProgressBar.line(done, total, baseName.substring(baseName.indexOf('_') + 1));
  }

  /** Reports each item: its failures, then a progress line or the bar. */
  private final class Progress implements BatchListener {
    private final String label;

    Progress(String label) {
      this.label = label;
    }

    @Override
    public void itemFinished(ItemResult item, int done, int total) {
      if (!item.ok()) {
        bar.clear();
        String where = label + ": " + item.label();
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
      if (bar.active()) {
        boolean run = runTotal >= 0;
        bar.show(run ? runDone + done : done, run ? runTotal : total,
            item.baseName().substring(item.baseName().indexOf('_') + 1));
      } else if (!item.files().isEmpty()) {
        out.println(messages.format("meeting.progress", Integer.toString(done), Integer.toString(total),
            String.join(", ", item.files())));
      }
    }
  }

  /**
   * Writes the agenda or the minutes: one document of the whole meeting, so a violation of any of
   * the items the audience sees refuses it, and there is no ZIP of one document.
   */
  private Outcome writeDocument(String label, Path file, MeetingExcerpts forAudience,
      List<Violation> violations, List<ExcerptRenderer> renderers, Path outDir, @Nullable Path zip,
      OutputClaims claims) {
    List<Violation> seen = violations.stream().filter(v -> !unseen(v, forAudience)).toList();
    if (!seen.isEmpty()) {
      seen.forEach(v -> out.println(label + ": " + v));
      out.flush();
      err.println(messages.format("meeting.invalid", label));
      return new Outcome(ExitCode.INVALID, null, null);
    }
    if (zip != null) {
      err.println(messages.format("zipOnlyExcerpts", label));
      return new Outcome(ExitCode.UNREADABLE, null, null);
    }
    int exit = new MeetingDocumentFiles(messages, out, err)
        .write(label, file, forAudience, document, renderers, outDir, claims);
    return new Outcome(exit, null, null);
  }
}
