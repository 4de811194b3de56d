package org.ratsinfo.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The BOM manages the Jackson 3 that ratsinfo is built and tested with: the same version as the build's
 * own, and the one these tests run on.
 */
class JacksonVersionTest {

  private static final Path ROOT = Path.of(System.getProperty("ratsinfo.samples")).getParent().getParent();
  private static final Pattern VERSION = Pattern.compile("<jackson\\.version>([^<]+)</jackson\\.version>");

  private static String jacksonVersion(Path pom) throws IOException {
    Matcher m = VERSION.matcher(Files.readString(pom));
    assertTrue(m.find(), () -> "no jackson.version in " + pom);
    return m.group(1);
  }

  @Test
  void theBomManagesTheJacksonOfTheBuild() throws IOException {
    String build = jacksonVersion(ROOT.resolve("pom.xml"));
    assertEquals(build, jacksonVersion(ROOT.resolve("bom/pom.xml")));
    String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
    assertTrue(bom.matches("(?s).*<groupId>tools\\.jackson</groupId>\\s*<artifactId>jackson-bom</artifactId>"
        + "\\s*<version>\\$\\{jackson\\.version}</version>\\s*<type>pom</type>\\s*<scope>import</scope>.*"), bom);
    assertEquals(build, JsonMapper.builder().build().version().toString());
  }
}
