package org.ratsinfo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.oparl.OParlFormatException;
import org.ratsinfo.oparl.OParlImport;
import org.ratsinfo.oparl.OParlImportException;
import org.ratsinfo.oparl.OParlReader;
import org.ratsinfo.oparl.OParlWarning;
import org.ratsinfo.render.ExcerptRenderer;

/**
 * {@code ratsinfo render --from oparl}: imports OParl files or directories and renders every meeting
 * found through {@link MeetingFiles}, so that progress, summary and exit codes are those of a meeting
 * file. Each warning of the import is printed on the error stream, in the chosen language.
 */
final class OParlFiles {

  private final Language language;
  private final CliMessages messages;
  private final PrintWriter out;
  private final PrintWriter err;
  private final OParlReader reader;

  OParlFiles(Language language, PrintWriter out, PrintWriter err, boolean strict) {
    this.language = language;
    this.messages = new CliMessages(language);
    this.out = out;
    this.err = err;
    this.reader = OParlReader.builder().strict(strict).build();
  }

  /**
   * Imports and renders each input on its own.
   *
   * @return the highest exit code of any input
   */
  int render(List<Path> inputs, @Nullable Audience audience, List<ExcerptRenderer> renderers, Path outDir,
      @Nullable Path zip) {
    OutputClaims claims = new OutputClaims();
    if (zip != null && inputs.size() != 1) {
      err.println(messages.format("zipOneFile"));
      return ExitCode.UNREADABLE;
    }
    Locale locale = language.locale();
    int exit = ExitCode.OK;
    for (Path input : inputs) {
      String name = input.toString();
      OParlImport imported;
      try {
        if (!Files.exists(input)) {
          err.println(messages.format("notFound", name));
          exit = Math.max(exit, ExitCode.UNREADABLE);
          continue;
        }
        imported = reader.read(input);
      } catch (NoSuchFileException e) {
        err.println(messages.format("notFound", String.valueOf(e.getFile())));
        exit = Math.max(exit, ExitCode.UNREADABLE);
        continue;
      } catch (IOException e) {
        err.println(messages.format("cannotRead", name, String.valueOf(e.getMessage())));
        exit = Math.max(exit, ExitCode.UNREADABLE);
        continue;
      } catch (OParlFormatException e) {
        err.println(e.getLocalizedMessage(locale));
        exit = Math.max(exit, ExitCode.UNREADABLE);
        continue;
      } catch (OParlImportException e) {
        err.println(name + ": " + e.getLocalizedMessage(locale));
        exit = Math.max(exit, ExitCode.UNREADABLE);
        continue;
      }
      for (OParlWarning warning : imported.warnings()) {
        err.println(messages.format("oparl.warning", name, warning.message(locale)));
      }
      if (!imported.deleted().isEmpty()) {
        out.println(messages.format("oparl.deleted", name, Integer.toString(imported.deleted().size())));
      }
      List<MeetingExcerpts> meetings = imported.meetings();
      if (meetings.isEmpty()) {
        err.println(messages.format("oparl.noMeeting", name));
        exit = Math.max(exit, ExitCode.UNREADABLE);
        continue;
      }
      if (zip != null && meetings.size() > 1) {
        err.println(messages.format("oparl.zipOneMeeting", name, Integer.toString(meetings.size())));
        exit = Math.max(exit, ExitCode.UNREADABLE);
        continue;
      }
      MeetingFiles meetingFiles = new MeetingFiles(language, out, err, MeetingFiles.onTerminal());
      for (MeetingExcerpts meeting : meetings) {
        Path dir = meetings.size() == 1 ? outDir : outDir.resolve(directoryName(meeting.meeting()));
        exit = Math.max(exit, meetingFiles.render(input, meeting, audience, renderers, dir, zip, claims));
      }
    }
    out.flush();
    err.flush();
    return exit;
  }

  /** {@code 2026-06-11_Rat}: the meeting's date and its committee's short name, safe as a file name. */
  static String directoryName(Meeting meeting) {
    String committee = meeting.organization().shortName() != null
        ? meeting.organization().shortName() : meeting.organization().name();
    String safe = committee.replaceAll("[^\\p{IsAlphabetic}\\p{IsDigit}.-]+", "-")
        .replaceAll("^[-.]+|[-.]+$", "");
    if (safe.length() > 60) {
      safe = safe.substring(0, 60);
    }
    return meeting.start().toLocalDate() + (safe.isEmpty() ? "" : "_" + safe)
        + (meeting.start().getHour() == 0 && meeting.start().getMinute() == 0 ? ""
            : "_" + String.format(Locale.ROOT, "%02d%02d", meeting.start().getHour(),
                meeting.start().getMinute()));
  }
}
