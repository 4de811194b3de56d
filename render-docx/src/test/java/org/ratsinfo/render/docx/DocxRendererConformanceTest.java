package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.RedactionChecks.Holdings;
import org.ratsinfo.testkit.RendererConformance;

/**
 * The DOCX renderer passes the test kit's conformance suite, with the default styles and (one seed in
 * five) into a city's own template: every fact in the text of the parts, redaction with markers in the
 * text, the markup and the entry names of every part, 2,000 random excerpts on 8 threads sharing a
 * renderer, and the hostile corpus offline (what only Word's format can show is {@link
 * HostileCorpusTest}'s).
 */
class DocxRendererConformanceTest implements RendererConformance {

  /** A template with a placeholder: every fifth case goes into a city's own document. */
  private static final byte[] TEMPLATE = Templates.make(false, true, true);

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(lt|gt|amp|quot|apos));");

  @Override
  public ExcerptRenderer renderer(RenderOptions options) {
    return DocxRenderer.builder().options(options).build();
  }

  @Override
  public ExcerptRenderer renderer(RenderOptions options, long seed) {
    DocxRenderer.Builder builder = DocxRenderer.builder().options(options);
    if (Math.floorMod(seed, 5) == 0) {
      builder.template(TEMPLATE);
    }
    return builder.build();
  }

  /**
   * The text of every part (its markup without tags, the XML's character references resolved);
   * everything adds the markup itself and the names of the entries.
   */
  @Override
  public Holdings read(byte[] bytes) throws IOException {
    StringBuilder text = new StringBuilder();
    StringBuilder everything = new StringBuilder();
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
        String part = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String partText = unescape(TAG.matcher(part).replaceAll(""));
        text.append(partText).append('\n');
        everything.append(entry.getName()).append('\n').append(part).append('\n').append(partText).append('\n');
      }
    }
    assertTrue(names.contains("word/document.xml") && names.contains("docProps/core.xml")
        && names.contains("docProps/app.xml"), names::toString);
    return new Holdings(text.toString(), everything.toString());
  }

  private static String unescape(String xml) {
    Matcher m = ENTITY.matcher(xml);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement;
      if (m.group(1) != null) {
        replacement = Character.toString(Integer.parseInt(m.group(1), 16));
      } else if (m.group(2) != null) {
        replacement = Character.toString(Integer.parseInt(m.group(2)));
      } else {
        replacement = switch (m.group(3)) {
          case "lt" -> "<";
          case "gt" -> ">";
          case "amp" -> "&";
          case "quot" -> "\"";
          default -> "'";
        };
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    return m.appendTail(out).toString();
  }

  /**
   * The text without white space and format characters: Word's line breaks and tabs are elements,
   * which the text of the parts leaves out.
   */
  @Override
  public String comparable(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
        && Character.getType(c) != Character.FORMAT).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  @Override
  public int cases() {
    return 1000;
  }

  @Override
  public int meetingCases() {
    return 100;
  }

  @Override
  public int sharedCases() {
    return 2000;
  }

  @Override
  public int threads() {
    return 8;
  }
}
