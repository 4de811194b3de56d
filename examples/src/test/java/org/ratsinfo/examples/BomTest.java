package org.ratsinfo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The BOM lists exactly the published library modules: those that are Java modules. */
class BomTest {

  private static final Path ROOT =
      Path.of(System.getProperty("ratsinfo.samples")).getParent().getParent();
  private static final Pattern ARTIFACT = Pattern.compile("<artifactId>(ratsinfo-[a-z-]+)</artifactId>");

  @Test
  void theBomListsEveryPublishedModule() throws IOException {
    Set<String> inBom = new TreeSet<>();
    Matcher m = ARTIFACT.matcher(Files.readString(ROOT.resolve("bom/pom.xml")));
    while (m.find()) {
      inBom.add(m.group(1));
    }
    inBom.remove("ratsinfo-bom");

    Set<String> published = new TreeSet<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.toList()) {
        if (Files.exists(module.resolve("src/main/java/module-info.java"))) {
          published.add("ratsinfo-" + module.getFileName());
        }
      }
    }
    assertEquals(published, inBom);
  }
}
