package org.ratsinfo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
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
      "Checks excerpts in ratsinfo's native JSON format against every rule of the model: the",
      "excerpt of one agenda item, or the excerpts of a whole meeting (told by the content).",
      "Prints each violation as FILE: path: message."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file is valid",
      "1:some file breaks a rule of the model",
      "2:some file cannot be read or is not well-formed JSON of an excerpt or a meeting",
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
    ExcerptFiles excerptFiles =
        new ExcerptFiles(language, spec.commandLine().getOut(), spec.commandLine().getErr());
    int exit = ExitCode.OK;
    for (Path file : files) {
      ExcerptFiles.Loaded loaded = excerptFiles.load(file, UnaryOperator.identity());
      if (loaded.meeting() != null) {
        loaded = new ExcerptFiles.Loaded(excerptFiles.validate(file, loaded.meeting()), null);
        if (loaded.exit() == ExitCode.OK) {
          spec.commandLine().getOut().println(excerptFiles.messages().format("valid", file.toString()));
        }
      } else if (loaded.excerpt() != null) {
        spec.commandLine().getOut().println(excerptFiles.messages().format("valid", file.toString()));
      }
      exit = Math.max(exit, loaded.exit());
    }
    spec.commandLine().getOut().flush();
    spec.commandLine().getErr().flush();
    return exit;
  }
}
