package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The strict check that a DOCX made by ratsinfo is inert: nothing in it points outside the package,
 * fetches or runs anything, whatever a template or a text brought in.
 *
 * <p>External relationships are told apart by who wrote them: the renderer writes an external
 * relationship only for a link the document tree gave it (a {@link org.ratsinfo.document.LinkList}
 * entry's target: the integrator's address or a file's access URL), and the caller names those links
 * ({@link Links#of}). Such a relationship passes only if it is of type hyperlink, from the main part
 * ({@code word/document.xml}), {@code TargetMode="External"}, to an absolute {@code https} or {@code
 * http} URL with a host that is one of the named links; and a {@code w:hyperlink} may refer to a
 * relationship only from the main part and only to such a relationship. The renderer writes one
 * relationship per address: a second one to the same address fails. Every other external
 * relationship, in any part, of any type, to any target, is one the renderer did not mean to write, that
 * is a template's or a text's, and fails the check. A document without links passes {@link #NO_LINKS}:
 * no external relationship at all.
 */
final class Inertness {

  /** No links given by the integrator: no external relationship at all. */
  static final Set<String> NO_LINKS = Set.of();

  private static final String OD = PackageEdit.OD;
  private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String VML = "urn:schemas-microsoft-com:vml";
  private static final String OFFICE = "urn:schemas-microsoft-com:office:office";
  /** The only place and type an integrator's link may take. */
  private static final String MAIN = "word/document.xml";
  private static final String MAIN_RELS = "word/_rels/document.xml.rels";
  private static final String HYPERLINK = OD + "hyperlink";

  /** Relationship types of active content or of parts that reach outside. */
  private static final Pattern ACTIVE_TYPE = Pattern.compile("(?i).*(vbaProject|vbaData|/control$|activeX|oleObject"
      + "|/package$|aFChunk|attachedTemplate|mailMerge|subDocument|/frame$|ui/extensibility|keyMapCustomizations"
      + "|attachedToolbars|digital-signature|webextension).*");
  private static final Pattern ACTIVE_PART = Pattern.compile("(?i).*(vbaProject|vbaData|activeX|embeddings/|customUI"
      + "|afchunk|customizations\\.xml|\\.bin$).*");
  private static final Pattern ACTIVE_CONTENT_TYPE = Pattern.compile("(?i).*(vba|activeX|oleObject|macroEnabled"
      + "|text/html|rfc822|customUI|keyMapCustomizations).*");
  /** Field types that fetch, link, or run something. */
  private static final Pattern OUTWARD_FIELD = Pattern.compile("(?i).*\\b(INCLUDEPICTURE|INCLUDETEXT|INCLUDE|IMPORT"
      + "|LINK|DDE|DDEAUTO|DATABASE|MACROBUTTON|HYPERLINK)\\b.*", Pattern.DOTALL);
  /** WordprocessingML elements of active or outward content. */
  private static final Set<String> ACTIVE_ELEMENTS = Set.of("object", "control", "altChunk", "subDoc",
      "attachedTemplate", "mailMerge", "linkStyles", "entryMacro", "exitMacro", "objectEmbed", "objectLink");

  private Inertness() {}

  /**
   * Asserts that a file is inert.
   *
   * @param docx the file
   * @param integratorLinks the URLs the integrator gave the renderer to link to
   */
  static void assertInert(Docx docx, Set<String> integratorLinks) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, byte[]> entry : docx.entries().entrySet()) {
      String name = entry.getKey();
      if (ACTIVE_PART.matcher(name).matches()) {
        problems.add("part " + name);
      }
      if (name.endsWith(".rels")) {
        relationships(docx, name, integratorLinks, problems);
      } else if (name.equals("[Content_Types].xml")) {
        for (Node type : Docx.select(docx.xml(name), "//ct:Default/@ContentType | //ct:Override/@ContentType")) {
          if (ACTIVE_CONTENT_TYPE.matcher(type.getNodeValue()).matches()) {
            problems.add(name + ": content type " + type.getNodeValue());
          }
        }
      } else if (name.endsWith(".xml")) {
        part(docx, name, name.equals(MAIN) ? integratorIds(docx, integratorLinks) : Set.of(), problems);
      }
    }
    assertEquals(List.of(), problems, "what makes the file not inert");
  }

  /**
   * The external relationships the renderer did not write for the integrator, which means a template's
   * (or a text's), as "part: type -> target".
   */
  static List<String> foreignExternalRelationships(Docx docx, Set<String> integratorLinks) {
    List<String> foreign = new ArrayList<>();
    // The renderer writes one relationship per address: a second one to the same address is not its.
    Set<String> linked = new HashSet<>();
    for (String name : docx.entries().keySet()) {
      if (!name.endsWith(".rels")) {
        continue;
      }
      for (Node r : Docx.select(docx.xml(name), "//rel:Relationship")) {
        Element e = (Element) r;
        String target = e.getAttribute("Target");
        String type = e.getAttribute("Type");
        boolean external = e.getAttribute("TargetMode").equals("External") || target.contains(":")
            || target.startsWith("//") || target.startsWith("\\\\");
        if (external && !(integrators(name, e, integratorLinks) && linked.add(target))) {
          foreign.add(name + ": " + type + " -> " + target);
        }
      }
    }
    return foreign;
  }

  /** Whether a relationship is one the renderer wrote for a link of the tree, as it may write one. */
  private static boolean integrators(String rels, Element r, Set<String> integratorLinks) {
    String target = r.getAttribute("Target");
    return rels.equals(MAIN_RELS) && r.getAttribute("Type").equals(HYPERLINK)
        && r.getAttribute("TargetMode").equals("External") && webAddress(target)
        && integratorLinks.contains(target);
  }

  /**
   * An absolute http or https URL with a host (the scheme in any case, as URIs allow), by this check's
   * own parsing rather than the renderer's.
   */
  private static boolean webAddress(String target) {
    try {
      URI uri = new URI(target);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("https") || scheme.equals("http")) && !uri.isOpaque()
          && target.regionMatches(true, 0, scheme + "://", 0, scheme.length() + 3)
          && uri.getHost() != null && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The ids of the main part's relationships that the renderer wrote for the tree's links. */
  private static Set<String> integratorIds(Docx docx, Set<String> integratorLinks) {
    Set<String> ids = new HashSet<>();
    if (docx.entries().containsKey(MAIN_RELS)) {
      Set<String> linked = new HashSet<>();
      for (Node r : Docx.select(docx.xml(MAIN_RELS), "//rel:Relationship")) {
        if (integrators(MAIN_RELS, (Element) r, integratorLinks) && linked.add(((Element) r).getAttribute("Target"))) {
          ids.add(((Element) r).getAttribute("Id"));
        }
      }
    }
    return ids;
  }

  private static void relationships(Docx docx, String name, Set<String> integratorLinks, List<String> problems) {
    for (Node r : Docx.select(docx.xml(name), "//rel:Relationship")) {
      String type = ((Element) r).getAttribute("Type");
      if (ACTIVE_TYPE.matcher(type).matches()) {
        problems.add(name + ": relationship of type " + type);
      }
    }
    for (String foreign : foreignExternalRelationships(docx, integratorLinks)) {
      if (foreign.startsWith(name + ": ")) {
        problems.add("external relationship " + foreign);
      }
    }
  }

  /**
   * A part's fields, elements and relationship ids; its hyperlinks may refer to the relationships the
   * renderer wrote for the tree's links, and to no other.
   */
  private static void part(Docx docx, String name, Set<String> linkIds, List<String> problems) {
    Document xml = docx.xml(name);
    StringBuilder instructions = new StringBuilder();
    for (Node n : Docx.select(xml, "//w:instrText | //w:delInstrText | //w:fldSimple/@w:instr")) {
      String text = n.getNodeType() == Node.ATTRIBUTE_NODE ? n.getNodeValue() : n.getTextContent();
      instructions.append(text);
      if (OUTWARD_FIELD.matcher(text).matches()) {
        problems.add(name + ": field " + text.strip());
      }
    }
    if (OUTWARD_FIELD.matcher(instructions).matches()) {
      problems.add(name + ": field instructions, run together: " + instructions);
    }
    Set<String> ids = relationshipIds(docx, name);
    List<Element> all = new ArrayList<>();
    collect(xml.getDocumentElement(), all);
    for (Element e : all) {
      String where = name + ": <" + e.getTagName() + ">";
      if (Docx.W.equals(e.getNamespaceURI()) && ACTIVE_ELEMENTS.contains(e.getLocalName())
          || OFFICE.equals(e.getNamespaceURI()) && e.getLocalName().equals("OLEObject")) {
        problems.add(where);
      }
      NamedNodeMap attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr a = (Attr) attributes.item(i);
        String local = a.getLocalName() == null ? a.getName() : a.getLocalName();
        if (R.equals(a.getNamespaceURI()) && (local.equals("link") || !ids.contains(a.getValue()))) {
          problems.add(where + " " + a.getName() + "=\"" + a.getValue() + "\""
              + (local.equals("link") ? " (a linked image)" : " (no such relationship)"));
        }
        if ((VML.equals(e.getNamespaceURI()) || OFFICE.equals(e.getNamespaceURI()))
            && Set.of("href", "althref", "src").contains(local)) {
          problems.add(where + " " + a.getName() + "=\"" + a.getValue() + "\"");
        }
      }
      if (Docx.W.equals(e.getNamespaceURI()) && e.getLocalName().equals("hyperlink") && e.hasAttributeNS(R, "id")
          && !linkIds.contains(e.getAttributeNS(R, "id"))) {
        problems.add(where + " to a relationship that is not one of the document's links: "
            + e.getAttributeNS(R, "id"));
      }
    }
  }

  private static Set<String> relationshipIds(Docx docx, String part) {
    int slash = part.lastIndexOf('/');
    String rels = part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    Set<String> ids = new HashSet<>();
    if (docx.entries().containsKey(rels)) {
      for (Node id : Docx.select(docx.xml(rels), "//rel:Relationship/@Id")) {
        ids.add(id.getNodeValue());
      }
    }
    return ids;
  }

  private static void collect(Element element, List<Element> into) {
    into.add(element);
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        collect(e, into);
      }
    }
  }

  /**
   * Asserts that none of the strings is in the name or the bytes of any entry.
   *
   * @param docx the file
   * @param traces what must not be there
   */
  static void assertNoTrace(Docx docx, List<String> traces) {
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, byte[]> entry : docx.entries().entrySet()) {
      String text = new String(entry.getValue(), StandardCharsets.ISO_8859_1);
      for (String trace : traces) {
        if (entry.getKey().contains(trace) || text.contains(trace)) {
          found.add(entry.getKey() + ": " + trace);
        }
      }
    }
    assertEquals(List.of(), found, "traces of the hostile content");
  }
}
