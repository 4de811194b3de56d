package org.ratsinfo.testing;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * System tools that some tests need and Maven cannot fetch: a browser and its driver, Node.js and npm
 * for the Open XML SDK's validator, LibreOffice and pdftotext. The renderer modules' tests share this
 * class through core's test jar. A test asks for a tool with {@link #require(Tool)}:
 *
 * <ul>
 *   <li>if the tool is installed, it gets its path;
 *   <li>if not, the test is skipped (a JUnit assumption) with a reason that names the tool and how to
 *       install it, also printed on stderr so that it shows in the build log;
 *   <li>unless the system property {@value #REQUIRE_PROPERTY} is {@code true}: then a missing tool
 *       fails the test. The parent pom passes the Maven property of that name to every test run; its
 *       {@code ci} profile sets it when the environment has {@code CI=true}, so CI never passes by
 *       skipping. Locally: {@code ./mvnw -B verify -Dratsinfo.requireSystemTools=true}.
 * </ul>
 *
 * <p>A tool is looked for at its Debian path first, then on the {@code PATH}. Tests must use the path
 * they get: no test tool may find or download a browser or driver by itself.
 */
public final class SystemTools {

  /** The system property that turns a missing tool from a skip into a failure. */
  public static final String REQUIRE_PROPERTY = "ratsinfo.requireSystemTools";

  private static final String CHROMIUM_PACKAGES =
      "install Debian packages chromium and chromium-driver";

  private static final String NODE_PACKAGES = "install Debian packages nodejs and npm (Node.js 18 or later)";

  /** The Chromium browser (Debian package {@code chromium}). */
  public static final Tool CHROMIUM =
      new Tool("chromium", Path.of("/usr/bin/chromium"), CHROMIUM_PACKAGES);

  /** The driver for Chromium (Debian package {@code chromium-driver}). */
  public static final Tool CHROMEDRIVER =
      new Tool("chromedriver", Path.of("/usr/bin/chromedriver"), CHROMIUM_PACKAGES);

  /** Node.js (Debian package {@code nodejs}): runs the Open XML SDK's validator. */
  public static final Tool NODE = new Tool("node", Path.of("/usr/bin/node"), NODE_PACKAGES);

  /** npm (Debian package {@code npm}): installs the validator from the committed lock file. */
  public static final Tool NPM = new Tool("npm", Path.of("/usr/bin/npm"), NODE_PACKAGES);

  /** LibreOffice (Debian package {@code libreoffice-writer-nogui}): opens and converts DOCX files. */
  public static final Tool SOFFICE = new Tool("soffice", Path.of("/usr/bin/soffice"),
      "install Debian package libreoffice-writer-nogui (apt-get install --no-install-recommends)");

  /** pdftotext (Debian package {@code poppler-utils}): reads the text of a PDF. */
  public static final Tool PDFTOTEXT =
      new Tool("pdftotext", Path.of("/usr/bin/pdftotext"), "install Debian package poppler-utils");

  private SystemTools() {}

  /**
   * A system tool.
   *
   * @param command the command name, looked for on the {@code PATH}
   * @param debianPath where Debian installs it; looked at first
   * @param install how to install it, for the message of a skipped or failed test
   */
  public record Tool(String command, Path debianPath, String install) {
    public Tool {
      Objects.requireNonNull(command, "command");
      Objects.requireNonNull(debianPath, "debianPath");
      Objects.requireNonNull(install, "install");
    }

    /** Why a test cannot run without this tool. */
    public String missingMessage() {
      return command + " not installed: skipped; " + install;
    }
  }

  /** Whether a missing tool fails the test ({@value #REQUIRE_PROPERTY}{@code =true}). */
  public static boolean required() {
    String value = System.getProperty(REQUIRE_PROPERTY, "false").trim();
    if (value.isEmpty() || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw new IllegalStateException(REQUIRE_PROPERTY + " must be true or false, not \"" + value + '"');
  }

  /**
   * The path of an installed tool; skips the calling test if it is missing, or fails it if tools are
   * {@linkplain #required() required}.
   */
  public static Path require(Tool tool) {
    boolean required = required();
    if (!required && find(tool).isEmpty()) {
      // Surefire keeps a skip's reason in its reports only; say it where people look.
      System.err.println("[ratsinfo] " + tool.missingMessage());
    }
    return require(tool, required);
  }

  /** {@link #require(Tool)} with the switch given; says nothing on stderr. */
  public static Path require(Tool tool, boolean required) {
    Optional<Path> found = find(tool);
    if (found.isPresent()) {
      return found.get();
    }
    if (required) {
      return Assertions.fail(tool.command() + " not installed, and " + REQUIRE_PROPERTY
          + "=true (as on CI) makes that a failure; " + tool.install());
    }
    Assumptions.abort(tool.missingMessage());
    throw new AssertionError("unreachable: Assumptions.abort throws");
  }

  /** Where the tool is installed: its Debian path if executable, else the first match on the PATH. */
  public static Optional<Path> find(Tool tool) {
    if (isExecutable(tool.debianPath())) {
      return Optional.of(tool.debianPath());
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(java.io.File.pathSeparator, -1)) {
      if (dir.isEmpty()) {
        continue;
      }
      try {
        Path candidate = Path.of(dir, tool.command());
        if (isExecutable(candidate)) {
          return Optional.of(candidate.toAbsolutePath());
        }
      } catch (InvalidPathException e) {
        // a PATH entry that is no path on this system: not a place the tool can be
      }
    }
    return Optional.empty();
  }

  private static boolean isExecutable(Path file) {
    return Files.isRegularFile(file) && Files.isExecutable(file);
  }
}
