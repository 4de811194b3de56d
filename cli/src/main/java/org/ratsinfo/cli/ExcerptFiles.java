package org.ratsinfo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.json.JsonFormatException;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.validation.ModelValidator;
import org.ratsinfo.validation.Violation;

/**
 * Reads and validates excerpt files for the commands, and reports what is wrong with them: unreadable
 * or malformed files on the error stream, violations as {@code FILE: path: message} on the output. A
 * meeting file (the excerpts of a whole meeting, told by its content) is read too, and validated by
 * {@link #validate(Path, MeetingExcerpts)} or item by item when rendered.
 */
final class ExcerptFiles {

  /**
   * What became of one file: its exit code, and the excerpt if it is valid, or the meeting if it is a
   * meeting file (not validated yet).
   */
  record Loaded(int exit, @Nullable Excerpt excerpt, @Nullable MeetingExcerpts meeting) {

    Loaded(int exit, @Nullable Excerpt excerpt) {
      this(exit, excerpt, null);
    }
  }

  private final Language language;
  private final CliMessages messages;
  private final PrintWriter out;
  private final PrintWriter err;

  ExcerptFiles(Language language, PrintWriter out, PrintWriter err) {
    this.language = language;
    this.messages = new CliMessages(language);
    this.out = out;
    this.err = err;
  }

  CliMessages messages() {
    return messages;
  }

  /**
   * Reads a file, adjusts the excerpt (e.g. to another audience) and validates the result. A meeting
   * file is returned as it is, neither adjusted nor validated.
   *
   * @return {@link ExitCode#OK} with the excerpt or meeting, or the exit code of what is wrong with it
   */
  Loaded load(Path file, UnaryOperator<Excerpt> adjust) {
    String name = file.toString();
    Optional<String> problem = Inputs.problem(file, false, messages);
    if (problem.isPresent()) {
      err.println(problem.get());
      return new Loaded(ExitCode.UNREADABLE, null);
    }
    Excerpt excerpt;
    try {
      Record document = RatsinfoJson.standard().readDocument(file);
      if (document instanceof MeetingExcerpts meeting) {
        return new Loaded(ExitCode.OK, null, meeting);
      }
      excerpt = adjust.apply((Excerpt) document);
    } catch (NoSuchFileException e) {
      err.println(messages.format("notFound", name));
      return new Loaded(ExitCode.UNREADABLE, null);
    } catch (IOException e) {
      err.println(messages.format("cannotRead", name, IoReasons.of(e, file, messages)));
      return new Loaded(ExitCode.UNREADABLE, null);
    } catch (JsonFormatException e) {
      err.println(name + ": " + e.getLocalizedMessage(language.locale()));
      return new Loaded(ExitCode.UNREADABLE, null);
    } catch (OutOfMemoryError e) {
      // What was read is garbage now; the next file may well fit.
      err.println(messages.format("inputOutOfMemory", name, Main.maxHeapMegabytes()));
      return new Loaded(ExitCode.INTERNAL_ERROR, null);
    }
    if (report(file, excerpt) != ExitCode.OK) {
      return new Loaded(ExitCode.INVALID, null);
    }
    return new Loaded(ExitCode.OK, excerpt);
  }

  /**
   * Validates a meeting file as a whole: the meeting, every agenda item, and that there is something
   * to render.
   *
   * @return {@link ExitCode#OK}, or {@link ExitCode#INVALID} with the violations printed
   */
  int validate(Path file, MeetingExcerpts meeting) {
    return report(file, meeting);
  }

  private int report(Path file, Object value) {
    List<Violation> violations = ModelValidator.standard().validate(value, language.locale());
    for (Violation v : violations) {
      out.println(file + ": " + v);
    }
    return violations.isEmpty() ? ExitCode.OK : ExitCode.INVALID;
  }
}
