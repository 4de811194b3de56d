package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ratsinfo.testing.SystemTools;

/**
 * The Open XML SDK's schema validation (npm package {@code @ooxml-tools/validate}: the SDK compiled to
 * WebAssembly, run by Node.js, offline) finds no error in any fixture. Word rejects files that
 * LibreOffice tolerates; this is the check that catches them.
 *
 * <p>The validator is installed from {@code src/test/ooxml/package-lock.json} into {@code target/ooxml}
 * with {@code npm ci} the first time (from npm's cache if it has the package, else from the registry);
 * after that the test runs offline. Node.js and npm are system tools: missing, the test is skipped, or
 * fails where {@code ratsinfo.requireSystemTools=true}.
 */
class OoxmlValidatorTest {

  private static final Path SOURCE = Path.of("src", "test", "ooxml");
  private static final Path INSTALL = Path.of("target", "ooxml");

  /** Installs the validator if needed; returns the directory with {@code validate.mjs}. */
  private static Path validator() throws IOException {
    Path npm = SystemTools.require(SystemTools.NPM);
    Path dir = INSTALL.toAbsolutePath();
    Files.createDirectories(dir);
    for (String file : List.of("package.json", "package-lock.json", "validate.mjs")) {
      Files.copy(SOURCE.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.exists(dir.resolve("node_modules/@ooxml-tools/validate/package.json"))) {
      Processes.Result install = Processes.run(dir,
          List.of(npm.toString(), "ci", "--no-audit", "--no-fund", "--prefer-offline"), 10);
      if (install.exitCode() != 0) {
        String message = "npm ci of the OOXML validator failed (offline, and not in npm's cache?):\n"
            + install.output();
        if (SystemTools.required()) {
          throw new AssertionError(message);
        }
        System.err.println("[ratsinfo] " + message);
        Assumptions.abort(message);
      }
    }
    return dir;
  }

  /** Errors per file, as the validator reports them (JSON text; empty list when valid). */
  private static Map<Path, String> validate(List<Path> files) throws IOException {
    Path node = SystemTools.require(SystemTools.NODE);
    Path dir = validator();
    List<String> command = new ArrayList<>(List.of(node.toString(), "validate.mjs"));
    files.forEach(f -> command.add(f.toAbsolutePath().toString()));
    Processes.Result result = Processes.run(dir, command, 10);
    assertEquals(0, result.exitCode(), result.output());
    Map<Path, String> errors = new LinkedHashMap<>();
    Map<Path, Integer> counts = new LinkedHashMap<>();
    for (String line : result.output().split("\n")) {
      String[] parts = line.split("\t", 3);
      if (parts.length == 3) {
        Path file = Path.of(parts[0]);
        counts.put(file, Integer.parseInt(parts[1]));
        errors.put(file, parts[1].equals("0") ? "" : parts[2]);
      }
    }
    for (Path file : files) {
      assertTrue(counts.containsKey(file.toAbsolutePath()), "no result for " + file + ":\n" + result.output());
    }
    return errors;
  }

  @Test
  void everyFixtureIsValid() throws IOException {
    List<Path> files = Fixtures.write("ooxml");
    Map<Path, String> errors = validate(files);
    StringBuilder report = new StringBuilder();
    errors.forEach((file, json) -> {
      if (!json.isEmpty()) {
        report.append(file.getFileName()).append(": ").append(json).append('\n');
      }
    });
    assertEquals("", report.toString());
    System.out.println("[ratsinfo] Open XML SDK validation: no error in " + files.size() + " files");
  }

  /** A plain POI table has no w:tblGrid, which the schema requires: the validator must say so. */
  @Test
  void theValidatorRejectsATableWithoutGrid() throws IOException {
    byte[] broken = withoutGrids(Fixtures.all().get("reference-de.docx"));
    Path file = Files.write(Samples.outputDirectory("ooxml-broken").resolve("no-grid.docx"), broken);
    String errors = validate(List.of(file)).get(file.toAbsolutePath());
    assertTrue(errors.contains("tblGrid"), errors);
  }

  private static byte[] withoutGrids(byte[] docx) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("word/document.xml")) {
          content = new String(content, StandardCharsets.UTF_8)
              .replaceAll("<w:tblGrid>.*?</w:tblGrid>", "").getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
