package org.ratsinfo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.oparl.OParlFormatException;
import org.ratsinfo.oparl.OParlImportException;
import org.ratsinfo.oparl.OParlReader;
import org.ratsinfo.oparl.OParlSummary;
import org.ratsinfo.oparl.OParlWarning;
import org.ratsinfo.render.batch.BatchResult;
import org.ratsinfo.render.ExcerptRenderer;

/**
 * {@code ratsinfo render --from oparl}: imports OParl files or directories and renders every meeting
 * as the reader hands it on (so that a crawl of any size renders in little memory) through {@link
 * MeetingFiles}, so that progress, exit codes and the checks of the output are
 * those of a meeting file. The import's warnings are printed on the error stream after the meetings, in the chosen
 * language: each one where there are few or with {@code --verbose}, else one line per kind ({@link
 * WarningSummary}). A meeting with nothing to render is a note in the summary, not a failure.
 */
final class OParlFiles {

  /** The meetings with nothing to render that the run's note names without {@code --verbose}. */
  private static final int NOTED = 5;

  private final DocumentKind document;
  private final Language language;
  private final CliMessages messages;
  private final PrintWriter out;
  private final PrintWriter err;
  private final OParlReader reader;
  private final boolean verbose;
  private final boolean terminal;

  OParlFiles(Language language, PrintWriter out, PrintWriter err, boolean strict, boolean verbose,
      boolean terminal) {
    this(language, out, err, strict, verbose, terminal, DocumentKind.EXCERPT);
  }

  /** As above, writing the given document of each meeting: its excerpts, its agenda or its minutes. */
  OParlFiles(Language language, PrintWriter out, PrintWriter err, boolean strict, boolean verbose,
      boolean terminal, DocumentKind document) {
    this.document = document;
    this.language = language;
    this.messages = new CliMessages(language);
    this.out = out;
    this.err = err;
    this.reader = OParlReader.builder().strict(strict).build();
    this.verbose = verbose;
    this.terminal = terminal;
  }

  /**
   * Imports and renders each input on its own.
   *
   * @param withheld the fields public excerpts withhold, which directory names must not show either
   * @return the highest exit code of any input
   */
  int render(List<Path> inputs, @Nullable Audience audience, Set<FieldKey> withheld,
      List<ExcerptRenderer> renderers, Path outDir, @Nullable Path zip) {
    OutputClaims claims = new OutputClaims();
    if (zip != null && inputs.size() != 1) {
      err.println(messages.format("zipOneFile"));
      return ExitCode.UNREADABLE;
    }
    int exit = ExitCode.OK;
    for (Path input : Inputs.distinct(inputs)) {
      exit = Math.max(exit, render(input, audience, withheld, renderers, outDir, zip, claims));
    }
    out.flush();
    err.flush();
    return exit;
  }

  private int render(Path input, @Nullable Audience audience, Set<FieldKey> withheld,
      List<ExcerptRenderer> renderers, Path outDir, @Nullable Path zip, OutputClaims claims) {
    String name = input.toString();
    Optional<String> problem = Inputs.problem(input, true, messages);
    if (problem.isPresent()) {
      err.println(problem.get());
      return ExitCode.UNREADABLE;
    }
    MeetingFiles meetingFiles = new MeetingFiles(language, out, err, terminal, document);
    Run run = new Run(name, input, meetingFiles, audience, withheld, renderers, outDir, zip, claims);
    OParlSummary summary = read(input, run, meetingFiles.bar());
    if (summary == null) {
      return run.exit;
    }
    warnings(name, summary.warnings());
    if (!summary.deleted().isEmpty()) {
      out.println(messages.format("oparl.deleted", name, Integer.toString(summary.deleted().size())));
    }
    if (summary.meetings() == 0) {
      err.println(messages.format("oparl.noMeeting", name));
      return ExitCode.UNREADABLE;
    }
    if (run.several) {
      out.println(name + ": " + messages.format("run.summary", Integer.toString(summary.meetings()),
          Integer.toString(run.total), Integer.toString(run.rendered), Integer.toString(run.failed)));
      if (run.nothing > 0) {
        out.println(name + ": " + messages.format("run.nothing", Integer.toString(run.nothing),
            noted(run.noted, run.nothing)));
      }
    }
    return run.exit;
  }

  /** Why a read stopped before its end: what to say, and the exit code. */
  private static final class Stop extends IOException {
    private static final long serialVersionUID = 1L;
    private final int exit;

    Stop(String message, int exit) {
      super(message);
      this.exit = exit;
    }
  }

  /**
   * Renders the meetings of one input as the reader hands them on, one at a time, so that the memory
   * of a run does not grow with the number of meetings: one meeting into the output directory (or
   * ZIP) itself; several into a directory each, with one bar over all their items.
   */
  private final class Run implements OParlReader.MeetingHandler {
    private final String name;
    private final Path input;
    private final MeetingFiles meetingFiles;
    private final @Nullable Audience audience;
    private final Set<FieldKey> withheld;
    private final List<ExcerptRenderer> renderers;
    private final Path outDir;
    private final @Nullable Path zip;
    private final OutputClaims claims;
    private final DirectoryNames directories = new DirectoryNames();
    private final List<String> noted = new ArrayList<>();
    private boolean several;
    private int handed;
    private int items;
    private int exit = ExitCode.OK;
    private int total;
    private int rendered;
    private int failed;
    private int nothing;

    Run(String name, Path input, MeetingFiles meetingFiles, @Nullable Audience audience,
        Set<FieldKey> withheld, List<ExcerptRenderer> renderers, Path outDir, @Nullable Path zip,
        OutputClaims claims) {
      this.name = name;
      this.input = input;
      this.meetingFiles = meetingFiles;
      this.audience = audience;
      this.withheld = withheld;
      this.renderers = renderers;
      this.outDir = outDir;
      this.zip = zip;
      this.claims = claims;
    }

    @Override
    public void meeting(MeetingExcerpts meeting, int number, int count) throws IOException {
      meetingFiles.bar().clear();
      if (count == 1) {
        exit = Math.max(exit, meetingFiles.render(name, input, meeting, audience, renderers, outDir,
            zip, claims, false).exit());
        return;
      }
      if (zip != null) {
        throw new Stop(messages.format("oparl.zipOneMeeting", name, Integer.toString(count)),
            ExitCode.UNREADABLE);
      }
      several = true;
      handed++;
      int own = (audience == null ? meeting : meeting.withAudience(audience)).items().size();
      items += own;
      // the bar's total: the items so far, and as many per meeting still to come as so far on average
      meetingFiles.growRun(items + (int) Math.round((double) items / handed * (count - number)));
      Audience effective = audience != null ? audience : meeting.audience();
      String directory = directories.next(meeting.meeting(),
          effective == Audience.PUBLIC ? withheld : Set.of());
      MeetingFiles.Outcome outcome = meetingFiles.render(name + ": " + describe(meeting.meeting()),
          input, meeting, audience, renderers, outDir.resolve(directory), null, claims, false);
      exit = Math.max(exit, outcome.exit());
      BatchResult result = outcome.result();
      if (result != null) {
        total += result.total();
        rendered += result.rendered().size();
        failed += result.failed().size();
      } else if (outcome.nothing() != null) {
        nothing++;
        if (verbose || noted.size() < NOTED) {
          noted.add(describe(meeting.meeting(), WarningSummary.shortened(
              List.of(meeting.meeting().id() == null ? "" : meeting.meeting().id())).get(0)));
        }
      }
      if (number == count) {
        meetingFiles.bar().clear();
      }
    }
  }

  /** Reads an input and hands its meetings to the run, or reports why it cannot be read. */
  private @Nullable OParlSummary read(Path input, Run run, ProgressBar bar) {
    String name = input.toString();
    Locale locale = language.locale();
    bar.status(messages.format("reading", name));
    try {
      return reader.read(List.of(input), run);
    } catch (Stop e) {
      return failed(run, e.exit, e.getMessage(), bar);
    } catch (NoSuchFileException e) {
      return failed(run, ExitCode.UNREADABLE, messages.format("notFound", String.valueOf(e.getFile())),
          bar);
    } catch (IOException e) {
      return failed(run, ExitCode.UNREADABLE,
          messages.format("cannotRead", name, IoReasons.of(e, input, messages)), bar);
    } catch (OParlFormatException e) {
      return failed(run, ExitCode.UNREADABLE, e.getLocalizedMessage(locale), bar);
    } catch (OParlImportException e) {
      return failed(run, ExitCode.UNREADABLE, name + ": " + e.getLocalizedMessage(locale), bar);
    } catch (OutOfMemoryError e) {
      // What was read is garbage now; the message can be made, and the next input may fit.
      return failed(run, ExitCode.INTERNAL_ERROR,
          messages.format("inputOutOfMemory", name, Main.maxHeapMegabytes()), bar);
    } catch (RuntimeException e) {
      OParlSummary none = failed(run, ExitCode.INTERNAL_ERROR,
          messages.format("inputInternalError", name, e.getClass().getSimpleName()), bar);
      if (System.getenv("RATSINFO_DEBUG") != null) {
        e.printStackTrace(err);
      }
      return none;
    } finally {
      bar.clear();
    }
  }

  private @Nullable OParlSummary failed(Run run, int exit, String message, ProgressBar bar) {
    bar.clear();
    err.println(message);
    run.exit = Math.max(run.exit, exit);
    return null;
  }

  /** Every warning, where there are few or with {@code --verbose}; else one line per kind. */
  private void warnings(String name, List<OParlWarning> warnings) {
    Locale locale = language.locale();
    if (verbose || warnings.size() <= WarningSummary.ALL_UP_TO) {
      for (OParlWarning warning : warnings) {
        err.println(messages.format("oparl.warning", name, warning.message(locale)));
      }
    } else {
      WarningSummary.lines(name, warnings, messages, locale).forEach(err::println);
    }
    err.flush();
  }

  /** The meetings with nothing to render: the first few, or with {@code --verbose} all. */
  private String noted(List<String> shown, int count) {
    String list = String.join(", ", shown);
    return shown.size() < count
        ? list + " " + messages.format("run.more", Integer.toString(count - shown.size()))
        : list;
  }

  /** {@code 2026-06-11 17:00 Rat der Stadt (https://…/meeting/281)}. */
  static String describe(Meeting meeting) {
    return describe(meeting, meeting.id() == null ? "" : meeting.id());
  }

  static String describe(Meeting meeting, String id) {
    String when = meeting.start().toLocalDate() + " " + String.format(Locale.ROOT, "%02d:%02d",
        meeting.start().getHour(), meeting.start().getMinute());
    return when + " " + meeting.organization().name() + (id.isEmpty() ? "" : " (" + id + ")");
  }

  /**
   * The directories of several meetings, by what their excerpts show: {@code 2026-06-11_Rat-der-Stadt_1700},
   * the date unless withheld, the committee's name (as its excerpts' Gremium shows it) unless withheld,
   * the time unless withheld or midnight; {@code Sitzung} if nothing is left. Unique, also without
   * regard to case: a name that repeats gets {@code _2}, {@code _3} … in the meetings' order.
   *
   * @param meetings the meetings, in the order found
   * @param withheld the fields withheld from the names
   * @return one name per meeting
   */
  static List<String> directoryNames(List<Meeting> meetings, Set<FieldKey> withheld) {
    DirectoryNames names = new DirectoryNames();
    return meetings.stream().map(m -> names.next(m, withheld)).toList();
  }

  /** The directory names of one run's meetings, one after the other; see {@link #directoryNames}. */
  static final class DirectoryNames {
    private final Set<String> used = new HashSet<>();

    String next(Meeting meeting, Set<FieldKey> withheld) {
      List<String> parts = new ArrayList<>();
      if (!withheld.contains(FieldKey.DATE)) {
        parts.add(meeting.start().toLocalDate().toString());
      }
      String committee = meeting.organization().name()
          .replaceAll("[^\\p{IsAlphabetic}\\p{IsDigit}.-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
      if (!withheld.contains(FieldKey.ORGANIZATION) && !committee.isEmpty()) {
        parts.add(committee.length() > 60 ? committee.substring(0, 60) : committee);
      }
      boolean midnight = meeting.start().getHour() == 0 && meeting.start().getMinute() == 0;
      if (!withheld.contains(FieldKey.TIME) && !midnight) {
        parts.add(String.format(Locale.ROOT, "%02d%02d", meeting.start().getHour(),
            meeting.start().getMinute()));
      }
      String base = parts.isEmpty() ? "Sitzung" : String.join("_", parts);
      String name = base;
      for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "_" + n;
      }
      return name;
    }
  }
}
