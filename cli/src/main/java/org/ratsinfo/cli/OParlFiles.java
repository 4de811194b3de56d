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
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.oparl.OParlFormatException;
import org.ratsinfo.oparl.OParlImport;
import org.ratsinfo.oparl.OParlImportException;
import org.ratsinfo.oparl.OParlReader;
import org.ratsinfo.oparl.OParlWarning;
import org.ratsinfo.render.BatchResult;
import org.ratsinfo.render.ExcerptRenderer;

/**
 * {@code ratsinfo render --from oparl}: imports OParl files or directories and renders every meeting
 * found through {@link MeetingFiles}, so that progress, exit codes and the checks of the output are
 * those of a meeting file. The import's warnings are printed on the error stream, in the chosen
 * language: each one where there are few or with {@code --verbose}, else one line per kind ({@link
 * WarningSummary}). A meeting with nothing to render is a note in the summary, not a failure.
 */
final class OParlFiles {

  /** The meetings with nothing to render that the run's note names without {@code --verbose}. */
  private static final int NOTED = 5;

  private final Language language;
  private final CliMessages messages;
  private final PrintWriter out;
  private final PrintWriter err;
  private final OParlReader reader;
  private final boolean verbose;
  private final boolean terminal;

  OParlFiles(Language language, PrintWriter out, PrintWriter err, boolean strict, boolean verbose,
      boolean terminal) {
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
    MeetingFiles meetingFiles = new MeetingFiles(language, out, err, terminal);
    Read read = read(input, meetingFiles.bar());
    OParlImport imported = read.imported();
    if (imported == null) {
      return read.exit();
    }
    warnings(name, imported.warnings());
    if (!imported.deleted().isEmpty()) {
      out.println(messages.format("oparl.deleted", name, Integer.toString(imported.deleted().size())));
    }
    List<MeetingExcerpts> meetings = imported.meetings();
    if (meetings.isEmpty()) {
      err.println(messages.format("oparl.noMeeting", name));
      return ExitCode.UNREADABLE;
    }
    if (zip != null && meetings.size() > 1) {
      err.println(messages.format("oparl.zipOneMeeting", name, Integer.toString(meetings.size())));
      return ExitCode.UNREADABLE;
    }
    if (meetings.size() == 1) {
      return meetingFiles.render(name, input, meetings.get(0), audience, renderers, outDir, zip, claims,
          false).exit();
    }
    // Several meetings: a directory each, one bar over all their items, and a summary of the run.
    int items = 0;
    for (MeetingExcerpts meeting : meetings) {
      items += (audience == null ? meeting : meeting.withAudience(audience)).items().size();
    }
    meetingFiles.startRun(items);
    List<String> directories = directoryNames(meetings.stream().map(MeetingExcerpts::meeting).toList(),
        shownIn(meetings.get(0), audience, withheld));
    int exit = ExitCode.OK;
    int total = 0;
    int rendered = 0;
    int failed = 0;
    List<Meeting> nothing = new ArrayList<>();
    for (int i = 0; i < meetings.size(); i++) {
      MeetingExcerpts meeting = meetings.get(i);
      MeetingFiles.Outcome outcome = meetingFiles.render(name + ": " + describe(meeting.meeting()), input,
          meeting, audience, renderers, outDir.resolve(directories.get(i)), null, claims, false);
      exit = Math.max(exit, outcome.exit());
      BatchResult result = outcome.result();
      if (result != null) {
        total += result.total();
        rendered += result.rendered().size();
        failed += result.failed().size();
      } else if (outcome.nothing() != null) {
        nothing.add(meeting.meeting());
      }
    }
    meetingFiles.bar().clear();
    out.println(name + ": " + messages.format("run.summary", Integer.toString(meetings.size()),
        Integer.toString(total), Integer.toString(rendered), Integer.toString(failed)));
    if (!nothing.isEmpty()) {
      out.println(name + ": " + messages.format("run.nothing", Integer.toString(nothing.size()),
          noted(nothing)));
    }
    return exit;
  }

  /** What reading an input gave: the import, or the exit code of why there is none. */
  private record Read(@Nullable OParlImport imported, int exit) {}

  /** Reads an input, or reports why it cannot be read. */
  private Read read(Path input, ProgressBar bar) {
    String name = input.toString();
    Locale locale = language.locale();
    bar.status(messages.format("reading", name));
    try {
      return new Read(reader.read(input), ExitCode.OK);
    } catch (NoSuchFileException e) {
      return failed(ExitCode.UNREADABLE, messages.format("notFound", String.valueOf(e.getFile())), bar);
    } catch (IOException e) {
      return failed(ExitCode.UNREADABLE,
          messages.format("cannotRead", name, IoReasons.of(e, input, messages)), bar);
    } catch (OParlFormatException e) {
      return failed(ExitCode.UNREADABLE, e.getLocalizedMessage(locale), bar);
    } catch (OParlImportException e) {
      return failed(ExitCode.UNREADABLE, name + ": " + e.getLocalizedMessage(locale), bar);
    } catch (OutOfMemoryError e) {
      // What was read is garbage now; the message can be made, and the next input may fit.
      return failed(ExitCode.INTERNAL_ERROR,
          messages.format("inputOutOfMemory", name, Main.maxHeapMegabytes()), bar);
    } catch (RuntimeException e) {
      Read none = failed(ExitCode.INTERNAL_ERROR,
          messages.format("inputInternalError", name, e.getClass().getSimpleName()), bar);
      if (System.getenv("RATSINFO_DEBUG") != null) {
        e.printStackTrace(err);
      }
      return none;
    } finally {
      bar.clear();
    }
  }

  private Read failed(int exit, String message, ProgressBar bar) {
    bar.clear();
    err.println(message);
    return new Read(null, exit);
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

  /** The meetings with nothing to render: a few, or with {@code --verbose} all. */
  private String noted(List<Meeting> meetings) {
    List<Meeting> shown = verbose ? meetings : meetings.subList(0, Math.min(NOTED, meetings.size()));
    List<String> ids = WarningSummary.shortened(shown.stream()
        .map(m -> m.id() == null ? "" : m.id()).toList());
    List<String> names = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      names.add(describe(shown.get(i), ids.get(i)));
    }
    String list = String.join(", ", names);
    return shown.size() < meetings.size()
        ? list + " " + messages.format("run.more", Integer.toString(meetings.size() - shown.size()))
        : list;
  }

  /** {@code 2026-06-11 17:00 Rat der Stadt (https://…/meeting/281)}. */
  static String describe(Meeting meeting) {
    return describe(meeting, meeting.id() == null ? "" : meeting.id());
  }

  private static String describe(Meeting meeting, String id) {
    String when = meeting.start().toLocalDate() + " " + String.format(Locale.ROOT, "%02d:%02d",
        meeting.start().getHour(), meeting.start().getMinute());
    return when + " " + meeting.organization().name() + (id.isEmpty() ? "" : " (" + id + ")");
  }

  /** The fields the names of the meetings' directories must not show: those withheld, for the public. */
  private static Set<FieldKey> shownIn(MeetingExcerpts meeting, @Nullable Audience audience,
      Set<FieldKey> withheld) {
    Audience effective = audience != null ? audience : meeting.audience();
    return effective == Audience.PUBLIC ? withheld : Set.of();
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
    Set<String> used = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (Meeting meeting : meetings) {
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
      names.add(name);
    }
    return names;
  }
}
