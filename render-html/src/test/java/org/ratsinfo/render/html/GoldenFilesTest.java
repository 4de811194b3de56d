package org.ratsinfo.render.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reference excerpt rendered as page and fragment, German and English, compared byte for byte with
 * the golden files in {@code src/test/resources/org/ratsinfo/render/html/golden/}.
 *
 * <p>After an intended change of the output, regenerate them and review the difference:
 *
 * <pre>
 * ./mvnw -q -B -pl core,render-html -am verify -Dratsinfo.updateGolden=true
 * git diff render-html/src/test/resources
 * </pre>
 *
 * <p>Surefire passes properties given with {@code -D} on the command line on to the tests.
 */
class GoldenFilesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/org/ratsinfo/render/html/golden");

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"page, de", "fragment, de", "page, en", "fragment, en"})
  void matchesGoldenFile(String mode, String language) throws IOException {
    HtmlRenderer renderer = Reference.renderer("fragment".equals(mode), Locale.forLanguageTag(language));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(Reference.excerpt(), out);
    byte[] actual = out.toByteArray();
    Path file = GOLDEN.resolve("reference-" + mode + "-" + language + ".html");
    if (Boolean.getBoolean("ratsinfo.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.write(file, actual);
    }
    assertTrue(Files.exists(file), () -> file.toAbsolutePath()
        + " is missing; run the build with -Dratsinfo.updateGolden=true");
    assertArrayEquals(Files.readAllBytes(file), actual, () -> file + " differs; if the change is"
        + " intended, run the build with -Dratsinfo.updateGolden=true and review the diff");
  }
}
