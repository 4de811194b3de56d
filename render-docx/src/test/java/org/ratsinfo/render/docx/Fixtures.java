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
import java.util.Objects;
import java.util.Set;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.testkit.HostileCorpus;

/**
 * The DOCX files system tools check (schema validator, LibreOffice): the reference excerpt in German
 * and English, the long inquiry, the contested item (several votes, a roll call, bias) in German and
 * English, the agenda and the minutes of the Musterstadt meeting (internal and public, German and
 * English), a tally of 40 voting groups, a tree with edge cases, documents with links ({@link Links}:
 * the reference with a Beratungsfolge, linked papers and attachments in German and English, in
 * ratsinfo's package and in a template, and the hand-made tree), the reference in a template (a {@code
 * .dotx} whose body is replaced, a {@code .docx} with the placeholder), and the reference in each of
 * the {@link HostileTemplates} that are stripped.
 */
final class Fixtures {

  /** The prefix of the files made from {@link HostileTemplates}, which the template's content is stripped of. */
  static final String INERT = "template-inert-";

  /** The addresses each fixture's link lists link to, by the fixture's name without ".docx". */
  private static final Map<String, Set<String>> LINKS = new LinkedHashMap<>();
  /** The agenda and minutes fixtures' documents, by the fixture's name without ".docx". */
  private static final Map<String, ExcerptDocument> MEETING_DOCUMENTS = new LinkedHashMap<>();
  private static final Map<String, byte[]> FILES = make();

  private Fixtures() {}

  private static Map<String, byte[]> make() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    put(files, "reference-de", Samples.renderer(Locale.GERMANY), Samples.reference());
    put(files, "reference-en", Samples.renderer(Locale.ENGLISH), Samples.reference());
    put(files, "long-de", Samples.renderer(Locale.GERMANY), Samples.longInquiry());
    put(files, "contested-de", Samples.renderer(Locale.GERMANY), Samples.contested());
    put(files, "contested-en", Samples.renderer(Locale.ENGLISH), Samples.contested());
    for (DocumentKind kind : List.of(DocumentKind.AGENDA, DocumentKind.MINUTES)) {
      for (Audience audience : Audience.values()) {
        for (Locale locale : List.of(Locale.GERMANY, Locale.ENGLISH)) {
          DocxRenderer renderer = Samples.renderer(locale);
          String name = meetingName(kind, audience, locale);
          ExcerptDocument document = Samples.meetingDocument(renderer, kind, audience);
          MEETING_DOCUMENTS.put(name, document);
          put(files, name, renderer, document);
        }
      }
    }
    put(files, "tally-40-de", Samples.renderer(Locale.GERMANY), HostileCorpus.manyGroups(40));
    put(files, "edge-cases-de", Samples.renderer(Locale.GERMANY), EdgeCases.document());
    put(files, "links-de", Samples.renderer(Locale.GERMANY), Links.layout(Locale.GERMANY));
    put(files, "links-en", Samples.renderer(Locale.ENGLISH), Links.layout(Locale.ENGLISH));
    put(files, "links-tree-en", Samples.renderer(Locale.ENGLISH), Links.tree());
    DocxRenderer dotx = DocxRenderer.builder().options(Samples.options(Locale.GERMANY))
        .template(Templates.make(true, false, true)).build();
    put(files, "template-dotx-de", dotx, Samples.reference());
    DocxRenderer placeholder = DocxRenderer.builder().options(Samples.options(Locale.GERMANY))
        .template(Templates.make(false, true, true)).build();
    put(files, "template-placeholder-de", placeholder, Samples.reference());
    put(files, "template-links-de", placeholder, Links.layout(Locale.GERMANY));
    for (HostileTemplates.Case c : HostileTemplates.stripped()) {
      DocxRenderer inert = DocxRenderer.builder().options(Samples.options(Locale.GERMANY)).template(c.template()).build();
      put(files, INERT + c.name() + "-de", inert, Samples.reference());
    }
    return files;
  }

  private static void put(Map<String, byte[]> files, String name, DocxRenderer renderer, Excerpt excerpt) {
    put(files, name, renderer, renderer.options().layout(excerpt));
  }

  private static void put(Map<String, byte[]> files, String name, DocxRenderer renderer, ExcerptDocument document) {
    files.put(name + ".docx", renderer.renderToBytes(document));
    LINKS.put(name, Links.of(document));
  }

  /** The name of an agenda or minutes fixture, e.g. "minutes-public-de". */
  static String meetingName(DocumentKind kind, Audience audience, Locale locale) {
    return kind.name().toLowerCase(Locale.ROOT) + "-" + audience.name().toLowerCase(Locale.ROOT) + "-"
        + locale.getLanguage();
  }

  /** The document tree of an agenda or minutes fixture, or {@code null} for any other fixture. */
  static ExcerptDocument meetingDocument(String name) {
    return MEETING_DOCUMENTS.get(name);
  }

  static Map<String, byte[]> all() {
    return FILES;
  }

  /**
   * The addresses a fixture links to.
   *
   * @param name the fixture's name without ".docx"
   * @return the addresses, as the renderer writes them
   */
  static Set<String> links(String name) {
    return Objects.requireNonNull(LINKS.get(name), name);
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
