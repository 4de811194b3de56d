package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ratsinfo.render.docx.Docx.select;
import static org.ratsinfo.render.docx.Docx.string;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Every fixture is a consistent package: every part is well-formed XML (or an image), has a content
 * type, and every internal relationship points at a part that exists; and every fixture is inert.
 */
class PackageStructureTest {

  @Test
  void everyFixtureIsAConsistentPackage() {
    Fixtures.all().forEach((name, bytes) -> check(name, new Docx(bytes)));
  }

  /** Every fixture is inert: its only external relationships are the hyperlinks of its link lists. */
  @Test
  void everyFixtureIsInert() {
    Fixtures.all().forEach((name, bytes) ->
        Inertness.assertInert(new Docx(bytes), Fixtures.links(name.replace(".docx", ""))));
  }

  private static void check(String name, Docx docx) {
    Document types = docx.xml("[Content_Types].xml");
    Map<String, String> defaults = new HashMap<>();
    for (Node d : select(types, "/ct:Types/ct:Default")) {
      defaults.put(string(d, "@Extension").toLowerCase(Locale.ROOT), string(d, "@ContentType"));
    }
    Map<String, String> overrides = new HashMap<>();
    for (Node o : select(types, "/ct:Types/ct:Override")) {
      String part = string(o, "@PartName");
      assertTrue(docx.entries().containsKey(part.substring(1)), name + ": override for missing part " + part);
      overrides.put(part, string(o, "@ContentType"));
    }
    for (String entry : docx.entries().keySet()) {
      if (entry.equals("[Content_Types].xml")) {
        continue;
      }
      assertFalse(entry.endsWith("/"), name + ": directory entry " + entry);
      String extension = entry.substring(entry.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      String type = overrides.getOrDefault("/" + entry, defaults.get(extension));
      assertTrue(type != null, name + ": no content type for " + entry);
      if (type.endsWith("xml")) {
        docx.xml(entry);
      }
      if (entry.endsWith(".rels")) {
        checkRelationships(name, docx, entry);
      }
    }
    assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        overrides.get("/word/document.xml"), name);
  }

  private static void checkRelationships(String name, Docx docx, String rels) {
    // "word/_rels/document.xml.rels" describes "word/document.xml"; "_rels/.rels" the package.
    String source = rels.replace("_rels/", "").replaceAll("\\.rels$", "");
    URI base = URI.create("/" + source);
    for (Node rel : select(docx.xml(rels), "/rel:Relationships/rel:Relationship")) {
      if ("External".equals(string(rel, "@TargetMode"))) {
        continue;
      }
      String target = string(rel, "@Target");
      String resolved = base.resolve(target).getPath().substring(1);
      assertTrue(docx.entries().containsKey(resolved),
          name + ": " + rels + " " + string(rel, "@Id") + " points at missing " + resolved);
    }
  }
}
