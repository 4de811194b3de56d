package org.ratsinfo.render.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ratsinfo.testing.HostileCorpus;

/**
 * The DOCX files system tools check (schema validator, LibreOffice): the reference excerpt in German
 * and English, the long inquiry, the contested item (several votes, a roll call, bias) in German and
 * English, a tally of 40 voting groups, a tree with edge cases, documents with links ({@link Links}:
 * the reference with a Beratungsfolge, linked papers and attachments in German and English, in
 * ratsinfo's package and in a template, and the hand-made tree), the reference in a template (a {@code
 * .dotx} whose body is replaced, a {@code .docx} with the placeholder), and the reference in each of
 * the {@link HostileTemplates} that are stripped.
 */
final class Fixtures {

  /** The prefix of the files made from {@link HostileTemplates}, which the template's content is stripped of. */
  static final String INERT = "template-inert-";

  private static final Map<String, byte[]> FILES = make();

  private Fixtures() {}

  private static Map<String, byte[]> make() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("reference-de.docx", Samples.render(Samples.renderer(Locale.GERMANY), Samples.reference()));
    files.put("reference-en.docx", Samples.render(Samples.renderer(Locale.ENGLISH), Samples.reference()));
    files.put("long-de.docx", Samples.render(Samples.renderer(Locale.GERMANY), Samples.longInquiry()));
    files.put("contested-de.docx", Samples.render(Samples.renderer(Locale.GERMANY), Samples.contested()));
    files.put("contested-en.docx", Samples.render(Samples.renderer(Locale.ENGLISH), Samples.contested()));
    files.put("tally-40-de.docx", Samples.render(Samples.renderer(Locale.GERMANY), HostileCorpus.manyGroups(40)));
    files.put("edge-cases-de.docx", Samples.renderer(Locale.GERMANY).renderToBytes(EdgeCases.document()));
    files.put("links-de.docx", Samples.renderer(Locale.GERMANY).renderToBytes(Links.layout(Locale.GERMANY)));
    files.put("links-en.docx", Samples.renderer(Locale.ENGLISH).renderToBytes(Links.layout(Locale.ENGLISH)));
    files.put("links-tree-en.docx", Samples.renderer(Locale.ENGLISH).renderToBytes(Links.tree()));
    DocxRenderer dotx = DocxRenderer.builder().options(Samples.options(Locale.GERMANY))
        .template(Templates.make(true, false, true)).build();
    files.put("template-dotx-de.docx", Samples.render(dotx, Samples.reference()));
    DocxRenderer placeholder = DocxRenderer.builder().options(Samples.options(Locale.GERMANY))
        .template(Templates.make(false, true, true)).build();
    files.put("template-placeholder-de.docx", Samples.render(placeholder, Samples.reference()));
    files.put("template-links-de.docx", placeholder.renderToBytes(Links.layout(Locale.GERMANY)));
    for (HostileTemplates.Case c : HostileTemplates.stripped()) {
      DocxRenderer inert = DocxRenderer.builder().options(Samples.options(Locale.GERMANY)).template(c.template()).build();
      files.put(INERT + c.name() + "-de.docx", Samples.render(inert, Samples.reference()));
    }
    return files;
  }

  static Map<String, byte[]> all() {
    return FILES;
  }

  /** Writes every fixture into a directory under {@code target/}; returns the files. */
  static List<Path> write(String directory) {
    Path dir = Samples.outputDirectory(directory);
    List<Path> paths = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> file : FILES.entrySet()) {
        paths.add(Files.write(dir.resolve(file.getKey()), file.getValue()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return paths;
  }
}
