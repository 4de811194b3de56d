package org.ratsinfo.render.docx.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The relationships of the main part ({@code word/_rels/document.xml.rels}) as prepared, ready to take
 * each document's hyperlinks: the links of its {@link org.ratsinfo.document.LinkList}s, one relationship
 * of type hyperlink with {@code TargetMode="External"} per address. These are the only relationships
 * of a document that point outside the package, by design: the addresses are the integrator's (or the
 * files' access URLs), absolute {@code https} or {@code http} URLs by the document tree's rule, and a
 * viewer opens one only when the reader follows the link; nothing is fetched. A template's external
 * relationships are gone before this part is prepared ({@link TemplateSanitizer}); preparing checks
 * that none is left. A document without links gets the part as prepared. Immutable and thread-safe.
 */
final class DocumentRelationships {

  /** The relationship type of a hyperlink. */
  static final String HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
  private static final String NS = "http://schemas.openxmlformats.org/package/2006/relationships";

  private final Packaging.Entry prepared;
  private final byte[] start;
  private final byte[] end;
  /** {@code ""}, or {@code  xmlns="…"} where the root's default namespace is not the relationships'. */
  private final String declaration;
  /** The start of every hyperlink's id, which no id of the prepared part starts with. */
  private final String idPrefix;

  private DocumentRelationships(Packaging.Entry prepared, byte[] start, byte[] end, String declaration,
      String idPrefix) {
    this.prepared = prepared;
    this.start = start;
    this.end = end;
    this.declaration = declaration;
    this.idPrefix = idPrefix;
  }

  /**
   * The name of the relationships part of a part.
   *
   * @param part the part's name, e.g. {@code word/document.xml}
   * @return e.g. {@code word/_rels/document.xml.rels}
   */
  static String nameOf(String part) {
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  /**
   * Prepares the part.
   *
   * @param name the part's name
   * @param xml the part as POI wrote it
   * @return the prepared part
   * @throws IllegalStateException if it has an external relationship, or its end cannot be found
   */
  static DocumentRelationships prepare(String name, byte[] xml) {
    Document document = PartXml.read(name, xml);
    Element root = document.getDocumentElement();
    if (!PartXml.is(root, NS, "Relationships")) {
      throw new IllegalStateException(name + " is not a relationships part");
    }
    Set<String> ids = new HashSet<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (PartXml.is(n, NS, "Relationship")) {
        Element e = (Element) n;
        ids.add(e.getAttribute("Id"));
        // The sanitizer removed every external relationship of a template: one here would be a hole
        // in it, and the document's only external relationships must be ratsinfo's hyperlinks.
        if ("External".equals(e.getAttribute("TargetMode"))) {
          throw new IllegalStateException(name + " has an external relationship before any link is written: "
              + e.getAttribute("Type"));
        }
      }
    }
    String endTag = "</" + (root.getPrefix() == null ? "" : root.getPrefix() + ":") + "Relationships>";
    int at = lastIndexOf(xml, endTag.getBytes(StandardCharsets.US_ASCII));
    if (at < 0) {
      throw new IllegalStateException(name + ": no " + endTag);
    }
    String idPrefix = "ratsinfoLink";
    while (startsAny(ids, idPrefix)) {
      idPrefix += "_";
    }
    String declaration = root.getPrefix() == null ? "" : " xmlns=\"" + NS + "\"";
    return new DocumentRelationships(Packaging.Entry.of(name, xml), Arrays.copyOfRange(xml, 0, at),
        Arrays.copyOfRange(xml, at, xml.length), declaration, idPrefix);
  }

  private static boolean startsAny(Set<String> ids, String prefix) {
    for (String id : ids) {
      if (id.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static int lastIndexOf(byte[] bytes, byte[] part) {
    outer:
    for (int i = bytes.length - part.length; i >= 0; i--) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * The part as prepared, for a document without links.
   *
   * @return the part, compressed
   */
  Packaging.Entry prepared() {
    return prepared;
  }

  /**
   * The id of a document's hyperlink relationship.
   *
   * @param index the link's index among the document's distinct addresses
   * @return the id
   */
  String id(int index) {
    return idPrefix + (index + 1);
  }

  /**
   * The part with a document's hyperlinks.
   *
   * @param targets the addresses, each an absolute http(s) URI in ASCII, in the order of their ids
   * @return the part's XML
   */
  XmlOutput withHyperlinks(List<String> targets) {
    XmlOutput xml = new XmlOutput(start.length + end.length + 160 * targets.size());
    xml.raw(start);
    for (int i = 0; i < targets.size(); i++) {
      xml.raw("<Relationship").raw(declaration).raw(" Id=\"").raw(id(i)).raw("\" Type=\"").raw(HYPERLINK)
          .raw("\" Target=\"").attribute(targets.get(i)).raw("\" TargetMode=\"External\"/>");
    }
    xml.raw(end);
    return xml;
  }
}
