package org.ratsinfo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The root command: {@code ratsinfo [--help] [--version] COMMAND}. */
@Command(
    name = "ratsinfo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Excerpts (Auszüge) of German council information systems.",
    subcommands = {ValidateCommand.class, HelpCommand.class},
    synopsisSubcommandLabel = "COMMAND")
final class RatsinfoCommand implements Runnable {

  @picocli.CommandLine.Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // No command given: show what there is.
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
