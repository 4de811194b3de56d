package org.ratsinfo.cli;

/** The exit codes of the command line. */
final class ExitCode {

  /** Everything was valid and done. */
  static final int OK = 0;
  /** Some input broke a rule of the model; its violations were printed. */
  static final int INVALID = 1;
  /**
   * Some input could not be read or was not well-formed, the command line was wrong, or a format asked
   * for is not available.
   */
  static final int UNREADABLE = 2;
  /** A bug in ratsinfo. */
  static final int INTERNAL_ERROR = 3;
  /** An output file cannot be written. */
  static final int CANNOT_WRITE = 4;

  private ExitCode() {}
}
