package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.MarkedModels;
import org.ratsinfo.testkit.RedactionChecks;
import org.ratsinfo.testkit.RedactionChecks.Holdings;

/**
 * The redaction guarantee in DOCX: random marked meetings (see {@link MarkedModels}, {@link
 * RedactionChecks}) rendered for the public hold no non-public or withheld marker in any part of the
 * package (the document, headers and footers, numbering, styles, relationships, the core and app
 * properties: every ZIP entry, as markup and as text), and rendered for the internal audience show all
 * of them. A failing seed is in the display name; {@code -Dratsinfo.seed=SEED -Dratsinfo.cases=1} runs
 * it alone.
 */
class RedactionPropertyTest {

  /** A template with a placeholder: every fifth case goes into a city's own document. */
  private static final byte[] TEMPLATE = Templates.make(false, true, true);

  static LongStream seeds() {
    return MarkedModels.seeds(1000);
  }

  static LongStream meetingSeeds() {
    return MarkedModels.seeds(100);
  }

  static ExcerptRenderer renderer(RenderOptions options, long seed) {
    DocxRenderer.Builder builder = DocxRenderer.builder().options(options);
    if (seed % 5 == 0) {
      builder.template(TEMPLATE);
    }
    return builder.build();
  }

  /**
   * The text of every part (its markup without tags); everything adds the markup itself and the
   * names of the entries.
   */
  static Holdings read(byte[] bytes) throws IOException {
    StringBuilder text = new StringBuilder();
    StringBuilder everything = new StringBuilder();
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
        String part = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String partText = part.replaceAll("<[^>]*>", "");
        text.append(partText).append('\n');
        everything.append(entry.getName()).append('\n').append(part).append('\n').append(partText).append('\n');
      }
    }
    assertTrue(names.contains("word/document.xml") && names.contains("docProps/core.xml")
        && names.contains("docProps/app.xml"), names::toString);
    return new Holdings(text.toString(), everything.toString());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void singleExcerpts(long seed) {
    RedactionChecks.singleExcerpts(MarkedModels.of(seed).meeting(), o -> renderer(o, seed),
        RedactionPropertyTest::read, true);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("meetingSeeds")
  void wholeMeetings(long seed) {
    RedactionChecks.wholeMeeting(MarkedModels.of(seed).meeting(), o -> renderer(o, seed),
        RedactionPropertyTest::read);
  }
}
