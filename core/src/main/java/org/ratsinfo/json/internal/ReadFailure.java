package org.ratsinfo.json.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A problem found while reading, before it becomes a public {@code JsonFormatException}. Carries no
 * stack trace of its own; the cause, if any, is the Jackson or model exception.
 */
public final class ReadFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Problem problem;
  private final String path;
  private final int line;
  private final int column;
  private final String key;
  @SuppressWarnings("serial") // an immutable list of strings
  private final List<String> arguments;

  ReadFailure(Problem problem, String path, int line, int column, String key, List<String> arguments,
      @Nullable Throwable cause) {
    super(key, cause, false, false);
    this.problem = problem;
    this.path = path;
    this.line = line;
    this.column = column;
    this.key = key;
    this.arguments = List.copyOf(arguments);
  }

  /** The problem. */
  public Problem problem() {
    return problem;
  }

  /** The path, e.g. {@code $.meeting.start}. */
  public String path() {
    return path;
  }

  /** The line, 1-based, or -1. */
  public int line() {
    return line;
  }

  /** The column, 1-based, or -1. */
  public int column() {
    return column;
  }

  /** The message key of the rule broken. */
  public String key() {
    return key;
  }

  /** The arguments of the message, already truncated. */
  public List<String> arguments() {
    return arguments;
  }
}
