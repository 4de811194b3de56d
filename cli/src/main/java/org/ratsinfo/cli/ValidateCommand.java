package org.ratsinfo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ratsinfo.json.JsonFormatException;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.validation.ModelValidator;
import org.ratsinfo.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ratsinfo validate FILE...}: checks excerpts in the native JSON format. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks excerpts in ratsinfo's native JSON format against every rule of the model.",
      "Prints each violation as FILE: path: message."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file is valid",
      "1:some file breaks a rule of the model",
      "2:some file cannot be read or is not well-formed JSON of an excerpt",
      "3:internal error"
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--locale",
      paramLabel = "de|en",
      description = "Language of the messages: ${COMPLETION-CANDIDATES}. Default: the system's"
          + " language if German, else English.")
  private Language language = Language.ofSystem();

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Excerpt JSON files.")
  private List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CliMessages messages = new CliMessages(language);
    int exit = ExitCode.OK;
    for (Path file : files) {
      exit = Math.max(exit, validate(file, messages, out, err));
    }
    out.flush();
    err.flush();
    return exit;
  }

  private int validate(Path file, CliMessages messages, PrintWriter out, PrintWriter err) {
    String name = file.toString();
    Excerpt excerpt;
    try {
      if (!Files.isRegularFile(file)) {
        err.println(messages.format("notFound", name));
        return ExitCode.UNREADABLE;
      }
      excerpt = RatsinfoJson.standard().readExcerpt(file);
    } catch (NoSuchFileException e) {
      err.println(messages.format("notFound", name));
      return ExitCode.UNREADABLE;
    } catch (IOException e) {
      err.println(messages.format("cannotRead", name, String.valueOf(e.getMessage())));
      return ExitCode.UNREADABLE;
    } catch (JsonFormatException e) {
      err.println(name + ": " + e.getLocalizedMessage(language.locale()));
      return ExitCode.UNREADABLE;
    }
    List<Violation> violations = ModelValidator.standard().validate(excerpt, language.locale());
    if (violations.isEmpty()) {
      out.println(messages.format("valid", name));
      return ExitCode.OK;
    }
    for (Violation v : violations) {
      out.println(name + ": " + v);
    }
    return ExitCode.INVALID;
  }
}
