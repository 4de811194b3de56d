package org.ratsinfo.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;
import org.ratsinfo.testing.SystemTools.Tool;

class SystemToolsTest {

  private static final Tool MISSING = new Tool("ratsinfo-no-such-tool",
      Path.of("/nonexistent/ratsinfo-no-such-tool"), "install Debian package ratsinfo-no-such-tool");

  @Test
  void aMissingToolSkipsTheTestWithTheReasonAndTheInstallHint() {
    TestAbortedException skipped =
        assertThrows(TestAbortedException.class, () -> SystemTools.require(MISSING, false));
    assertEquals("ratsinfo-no-such-tool not installed: skipped; "
        + "install Debian package ratsinfo-no-such-tool", skipped.getMessage());
  }

  @Test
  void aMissingToolFailsTheTestWhenToolsAreRequired() {
    AssertionFailedError failed =
        assertThrows(AssertionFailedError.class, () -> SystemTools.require(MISSING, true));
    assertTrue(failed.getMessage().startsWith("ratsinfo-no-such-tool not installed, and "
        + "ratsinfo.requireSystemTools=true"), failed.getMessage());
    assertTrue(failed.getMessage().endsWith("install Debian package ratsinfo-no-such-tool"),
        failed.getMessage());
  }

  @Test
  void anInstalledToolIsFoundAtItsDebianPath() {
    Tool sh = new Tool("sh", Path.of("/bin/sh"), "a POSIX system has it");
    assertEquals(Path.of("/bin/sh"), SystemTools.require(sh, true));
  }

  @Test
  void anInstalledToolIsFoundOnThePath() {
    Tool sh = new Tool("sh", Path.of("/nonexistent/sh"), "a POSIX system has it");
    Path found = SystemTools.find(sh).orElseThrow();
    assertTrue(found.isAbsolute() && found.endsWith("sh"), found.toString());
  }

  @Test
  void theSwitchIsReadFromTheSystemPropertyTheBuildPasses() {
    // The build passes the property to every test run (false unless set, true on CI).
    String value = System.getProperty(SystemTools.REQUIRE_PROPERTY);
    assertTrue("true".equals(value) || "false".equals(value),
        SystemTools.REQUIRE_PROPERTY + " not passed by the build: " + value);
    assertEquals(Boolean.parseBoolean(value), SystemTools.required());
  }
}
