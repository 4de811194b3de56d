package org.ratsinfo.cli;

import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The command line in a child JVM, for what needs a process of its own: signals, the memory limit,
 * and file permissions that bind also where the tests run as the superuser. It runs on the test's class path, with English messages, its output in files.
 */
final class ChildCli {

  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private ChildCli(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /**
   * Starts {@code org.ratsinfo.cli.Main} with the arguments.
   *
   * @param work the working directory; stdout and stderr go to files in it
   * @param jvmOptions options for the JVM, e.g. {@code -Xmx32m}
   * @param args the command line's arguments
   */
  static ChildCli start(Path work, List<String> jvmOptions, String... args) throws IOException {
    return start(work, List.of(), jvmOptions, args);
  }

  /**
   * Starts the command line as a user whom file permissions bind: the superuser without the
   * capabilities that override them ({@code setpriv}, as root is in CI and in containers), anyone
   * else as they are. Skips the test where that cannot be had.
   */
  static ChildCli startBoundByPermissions(Path work, String... args)
      throws IOException, InterruptedException {
    if (!isSuperuser()) {
      return start(work, List.of(), List.of(), args);
    }
    List<String> setpriv = List.of("setpriv", "--inh-caps=-dac_override,-dac_read_search",
        "--bounding-set=-dac_override,-dac_read_search");
    List<String> probe = new ArrayList<>(setpriv);
    probe.add("true");
    try {
      Process process = new ProcessBuilder(probe).redirectErrorStream(true).start();
      assumeTrue(process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0,
          "setpriv cannot drop the superuser's permission override here");
    } catch (IOException e) {
      assumeTrue(false, "no setpriv to drop the superuser's permission override: " + e.getMessage());
    }
    return start(work, setpriv, List.of(), args);
  }

  private static boolean isSuperuser() throws IOException, InterruptedException {
    Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
    String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
    return id.waitFor(10, TimeUnit.SECONDS) && uid.equals("0");
  }

  private static ChildCli start(Path work, List<String> prefix, List<String> jvmOptions, String... args)
      throws IOException {
    assumeFalse(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows"),
        "POSIX signals and permissions");
    List<String> command = new ArrayList<>(prefix);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Duser.language=en");
    command.add("-Duser.country=US");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Path stdout = work.resolve("child-stdout.txt");
    Path stderr = work.resolve("child-stderr.txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    builder.environment().put("LANG", "C.UTF-8");
    builder.environment().remove("RATSINFO_DEBUG");
    return new ChildCli(builder.start(), stdout, stderr);
  }

  /** Waits for a condition while the process lives; whether it came true. */
  boolean awaitWhileAlive(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      if (!process.isAlive()) {
        return condition.getAsBoolean();
      }
      Thread.sleep(20);
    }
    return false;
  }

  /** Sends a signal by name, e.g. {@code INT} or {@code TERM}. */
  void signal(String name) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
        .redirectErrorStream(true).start();
    if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new IOException("kill -" + name + " failed: "
          + new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** Waits for the end, killing the process after the timeout; its exit code. */
  int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("the command line did not end within " + timeout + ": " + this);
    }
    return process.exitValue();
  }

  /** Kills the process if it still runs. */
  void kill() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  String out() throws IOException {
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  String err() throws IOException {
    return Files.readString(stderr, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    try {
      return "stdout=" + out() + "\nstderr=" + err();
    } catch (IOException e) {
      return e.toString();
    }
  }
}
