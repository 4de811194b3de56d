package org.ratsinfo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.json.JsonFormatException;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.validation.ModelValidator;
import org.ratsinfo.validation.Violation;

/**
 * Reads and validates excerpt files for the commands, and reports what is wrong with them: unreadable
 * or malformed files on the error stream, violations as {@code FILE: path: message} on the output.
 */
final class ExcerptFiles {

  /** What became of one file: its exit code, and the excerpt if it is valid. */
  record Loaded(int exit, @Nullable Excerpt excerpt) {}

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
   * Reads a file, adjusts the excerpt (e.g. to another audience) and validates the result.
   *
   * @return {@link ExitCode#OK} with the excerpt, or the exit code of what is wrong with it
   */
  Loaded load(Path file, UnaryOperator<Excerpt> adjust) {
    String name = file.toString();
    Excerpt excerpt;
    try {
      if (!Files.isRegularFile(file)) {
        err.println(messages.format("notFound", name));
        return new Loaded(ExitCode.UNREADABLE, null);
      }
      excerpt = adjust.apply(RatsinfoJson.standard().readExcerpt(file));
    } catch (NoSuchFileException e) {
      err.println(messages.format("notFound", name));
      return new Loaded(ExitCode.UNREADABLE, null);
    } catch (IOException e) {
      err.println(messages.format("cannotRead", name, String.valueOf(e.getMessage())));
      return new Loaded(ExitCode.UNREADABLE, null);
    } catch (JsonFormatException e) {
      err.println(name + ": " + e.getLocalizedMessage(language.locale()));
      return new Loaded(ExitCode.UNREADABLE, null);
    }
    List<Violation> violations = ModelValidator.standard().validate(excerpt, language.locale());
    if (!violations.isEmpty()) {
      for (Violation v : violations) {
        out.println(name + ": " + v);
      }
      return new Loaded(ExitCode.INVALID, null);
    }
    return new Loaded(ExitCode.OK, excerpt);
  }
}
