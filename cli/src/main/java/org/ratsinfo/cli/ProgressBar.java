package org.ratsinfo.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;

/**
 * A progress bar on a terminal, {@code [#####.....] 12/25 Oe-7.2}, redrawn in place on the error
 * stream; it ends its line when the last step is shown, and is cleared before other messages. Off
 * where the stream is no terminal. Not thread-safe.
 */
final class ProgressBar {

  /** The width of the bar, in characters. */
  private static final int WIDTH = 20;

  private final PrintWriter err;
  private final boolean terminal;
  private int shown;

  ProgressBar(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** Whether this process runs on a terminal. */
  static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Java 22 and later have a console even when redirected; it tells whether it is a terminal.
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** Whether the bar is drawn. */
  boolean active() {
    return terminal;
  }

  /** {@code [#####.....] 12/25 what}. */
  static String line(int done, int total, String what) {
    int filled = total <= 0 ? WIDTH : (int) ((long) Math.min(done, total) * WIDTH / total);
    return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + what;
  }

  /** Draws the bar; at the last step it ends the line. */
  void show(int done, int total, String what) {
    status(line(done, total, what));
    if (terminal && done >= total) {
      err.println();
      shown = 0;
      err.flush();
    }
  }

  /** Shows a line of status in place of the bar, e.g. that an input is being read. */
  void status(String text) {
    if (!terminal) {
      return;
    }
    err.print("\r" + text + " ".repeat(Math.max(0, shown - text.length())));
    shown = Math.max(shown, text.length());
    err.flush();
  }

  /** Clears the bar, so that a message can be printed. */
  void clear() {
    if (terminal && shown > 0) {
      err.print("\r" + " ".repeat(shown) + "\r");
      err.flush();
      shown = 0;
    }
  }
}
