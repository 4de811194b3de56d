package org.ratsinfo.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Entry point of the {@code ratsinfo} command line. */
public final class Main {

  // Held strongly: java.util.logging forgets the level of a logger nobody references.
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private Main() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param out where results go
   * @param err where errors go
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    // Hibernate Validator announces its version on first use; a command line has no use for it.
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    CommandLine commandLine = new CommandLine(new RatsinfoCommand())
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cl, parseResult) -> {
          // Never a stack trace from deep inside a dependency: one line, and a distinct exit code.
          cl.getErr().println(new CliMessages(Language.ofSystem())
              .format("internalError", e.getClass().getSimpleName()));
          if (System.getenv("RATSINFO_DEBUG") != null) {
            e.printStackTrace(cl.getErr());
          }
          return ExitCode.INTERNAL_ERROR;
        });
    return commandLine.execute(args);
  }
}
