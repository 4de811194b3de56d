package org.ratsinfo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: {@code ratsinfo [--help] [--version] COMMAND}. */
@Command(
    name = "ratsinfo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Excerpts (Auszüge) of German council information systems.",
    subcommands = {ValidateCommand.class, RenderCommand.class, HelpCommand.class},
    synopsisSubcommandLabel = "COMMAND")
final class RatsinfoCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    // No command given: a usage error, so show what there is.
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.UNREADABLE;
  }
}
