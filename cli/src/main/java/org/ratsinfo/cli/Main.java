package org.ratsinfo.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Entry point of the {@code ratsinfo} command line. */
public final class Main {

  // Held strongly: java.util.logging forgets the level of a logger nobody references.
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  /** Whether {@link #main} has finished its command: a shutdown before is an interruption. */
  private static volatile boolean finished;

  private Main() {}

  /**
   * Runs the command line and exits with its exit code. Stopped by SIGINT or SIGTERM, it says so;
   * the files written so far are complete and no temporary file is left behind (see {@link
   * org.ratsinfo.render.batch.AtomicFiles}).
   *
   * @param args the arguments
   */
  @SuppressForbidden("the terminal's encoding, which System.out and System.err use themselves")
  public static void main(String[] args) {
    PrintWriter err = new PrintWriter(System.err, true);
    String interrupted = new CliMessages(Language.ofSystem()).format("interrupted");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (!finished) {
        err.println();
        err.println(interrupted);
      }
    }, "ratsinfo-interrupted"));
    // A thread that dies of what nobody catches says so in one line, as the command line does.
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> err.println(
        new CliMessages(Language.ofSystem()).format("internalError", e.getClass().getSimpleName())));
    int exit = run(args, new PrintWriter(System.out, true), err);
    finished = true;
    System.exit(exit);
  }

  /**
   * Runs the command line. Never throws: an error of ratsinfo's own, an {@link OutOfMemoryError}
   * included, is one line on {@code err} and exit code 3.
   *
   * @param args the arguments
   * @param out where results go
   * @param err where errors go
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    // Made before anything else: when memory runs out, there may be none left to make it.
    CliMessages messages = new CliMessages(Language.ofSystem());
    String outOfMemory = messages.format("outOfMemory", maxHeapMegabytes());
    try {
      // Hibernate Validator announces its version on first use; a command line has no use for it.
      HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
      CommandLine commandLine = new CommandLine(new RatsinfoCommand())
          .setOut(out)
          .setErr(err)
          .setCaseInsensitiveEnumValuesAllowed(true)
          .setExecutionExceptionHandler((e, cl, parseResult) -> {
            internalError(e, cl.getErr(), messages);
            return ExitCode.INTERNAL_ERROR;
          });
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      out.flush();
      err.println(outOfMemory);
      err.flush();
      return ExitCode.INTERNAL_ERROR;
    } catch (RuntimeException | Error e) {
      // picocli hands exceptions to the handler above; errors (a StackOverflowError …) come here.
      out.flush();
      internalError(e, err, messages);
      return ExitCode.INTERNAL_ERROR;
    }
  }

  /** Never a stack trace from deep inside a dependency: one line, unless RATSINFO_DEBUG is set. */
  private static void internalError(Throwable e, PrintWriter err, CliMessages messages) {
    err.println(messages.format("internalError", e.getClass().getSimpleName()));
    if (System.getenv("RATSINFO_DEBUG") != null) {
      e.printStackTrace(err);
    }
    err.flush();
  }

  /** The most memory the JVM may take for its heap, in MB, for messages. */
  static String maxHeapMegabytes() {
    long max = Runtime.getRuntime().maxMemory();
    return max == Long.MAX_VALUE ? "?" : Long.toString(max / (1024 * 1024));
  }
}
