package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.Holdings;
import org.ratsinfo.testkit.RendererConformance;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * The DOCX renderer passes the test kit's conformance suite, with the default styles and into a city's
 * own template: every fact in the text of the parts, redaction with markers in the text, the markup and
 * the entry names of every part, 2,000 random excerpts, the reference and the long inquiry on 8 threads
 * sharing a renderer, and the hostile corpus inert and offline: no text of it became a relationship, a field or
 * an object ({@link #assertInert}).
 */
class DocxRendererConformanceTest implements RendererConformance {

  /** A template with a placeholder: the second variant writes into a city's own document. */
  private static final byte[] TEMPLATE = Templates.make(false, true, true);

  /** The template's own parts (its header has a logo), which a document written into it keeps. */
  private static final Map<String, String> TEMPLATE_PARTS = parts(TEMPLATE);

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(lt|gt|amp|quot|apos));");

  @Override
  public ExcerptRenderer renderer(RenderOptions options) {
    return DocxRenderer.builder().options(options).build();
  }

  /** The default styles, and a city's template. */
  @Override
  public int variants() {
    return 2;
  }

  @Override
  public ExcerptRenderer renderer(RenderOptions options, int variant) {
    DocxRenderer.Builder builder = DocxRenderer.builder().options(options);
    if (variant == 1) {
      builder.template(TEMPLATE);
    }
    return builder.build();
  }

  @Override
  public List<Excerpt> excerpts() {
    return List.of(Samples.reference(), Samples.longInquiry());
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

  private static Map<String, String> parts(byte[] docx) {
    Map<String, String> parts = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(parts);
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

  /**
   * No text became a relationship: every part is well-formed XML; no part has an external target, a
   * hyperlink or an embedded object but the hyperlinks of the tree's link lists ({@link Inertness}
   * tells those from any other) and what the template's own part has (its logo); the only fields are
   * the footer's page numbers; POI opens the file and finds the title.
   */
  @Override
  public void assertInert(ExcerptDocument document, byte[] output) throws IOException {
    Docx docx = new Docx(output);
    Set<String> links = Links.of(document);
    for (Map.Entry<String, byte[]> entry : docx.entries().entrySet()) {
      String name = entry.getKey();
      if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
        continue;
      }
      Document part = docx.xml(name); // well-formed
      for (Node field : Docx.select(part, "//w:instrText")) {
        assertTrue(Set.of("PAGE", "NUMPAGES").contains(field.getTextContent().strip()),
            name + ": field " + field.getTextContent());
      }
      String xml = new String(entry.getValue(), StandardCharsets.UTF_8);
      // A part the template brought unchanged (its header with the logo) is the template's business.
      boolean templates = xml.equals(TEMPLATE_PARTS.get(name));
      for (String element : List.of("<w:fldSimple", "<w:object", "<w:altChunk", "<w:subDoc", "<v:imagedata",
          "<a:blip")) {
        assertFalse(xml.contains(element) && !templates, name + " has " + element);
      }
      // Hyperlinks only in the body, and only where the tree links (Inertness checks their targets).
      if (links.isEmpty() || !name.equals("word/document.xml")) {
        assertFalse(xml.contains("<w:hyperlink"), name + " has <w:hyperlink");
      }
    }
    Inertness.assertInert(docx, links);
    try (XWPFDocument poi = docx.poi(); XWPFWordExtractor text = new XWPFWordExtractor(poi)) {
      assertTrue(comparable(text.getText()).contains(comparable(document.title())), "the title");
    }
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
