package org.ratsinfo.render.docx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Removes from a template part's XML what refers to a relationship the sanitizing dropped, so that the
 * part stays valid and shows what it can without it:
 *
 * <ul>
 *   <li>a hyperlink ({@code w:hyperlink}) becomes its text;
 *   <li>a picture that only links its image ({@code a:blip r:link}) keeps its embedded copy if it has
 *       one and is removed otherwise; a shape filled with such an image is left unfilled; a VML picture
 *       whose image is gone is removed;
 *   <li>an OLE object or ActiveX control ({@code o:OLEObject}, {@code w:control}, {@code w:objectEmbed},
 *       {@code w:objectLink}) becomes the picture it showed;
 *   <li>any other element that refers to a dropped relationship ({@code w:attachedTemplate}, {@code
 *       w:altChunk}, {@code w:subDoc}, {@code a:hlinkClick}, an SVG's {@code asvg:svgBlip} …) is
 *       removed; an element that only existed in a markup-compatibility choice removes the choice.
 * </ul>
 *
 * <p>A reference to a relationship that does not exist counts as one to a dropped relationship; an OLE
 * object or ActiveX control becomes its picture even without a reference. Regardless of relationships,
 * it removes what refers outside by plain attribute or reaches
 * outside by itself: VML's {@code href}, {@code althref} and {@code src} attributes, a form field's
 * entry and exit macros, an online video's embedded HTML, and in the settings the attached template,
 * the style link to it ({@code w:linkStyles}, which restyles the document from whatever template Word
 * attaches instead) and the mail merge with its data source. Stateless.
 */
final class InertXml {

  private static final String W = PartXml.W;
  private static final String WP15 = "http://schemas.microsoft.com/office/word/2012/wordprocessingDrawing";
  /** WordprocessingML elements that must hold a paragraph or table. */
  private static final Set<String> BLOCK_CONTAINERS =
      Set.of("tc", "hdr", "ftr", "txbxContent", "footnote", "endnote", "comment", "docPartBody");
  /** Settings that reach outside the document. */
  private static final Set<String> OUTWARD_SETTINGS = Set.of("attachedTemplate", "linkStyles", "mailMerge");
  /** Elements that are active content in any part. */
  private static final Set<String> MACROS = Set.of("entryMacro", "exitMacro");

  private InertXml() {}

  /**
   * Makes a part's XML inert.
   *
   * @param document the part's tree, changed in place
   * @param kept the ids of its relationships that stay: a reference to any other id (dropped, or
   *     dangling in the template already) is treated as dropped
   * @param settings whether it is the document settings part
   * @return whether anything changed
   */
  static boolean apply(Document document, Set<String> kept, boolean settings) {
    boolean changed = false;
    for (Element e : PartXml.elements(document)) {
      if (!PartXml.attached(e)) {
        continue;
      }
      if (active(e)) {
        toPicture(e);
        changed = true;
        continue;
      }
      if (settings && e.getParentNode() == document.getDocumentElement() && W.equals(e.getNamespaceURI())
          && OUTWARD_SETTINGS.contains(e.getLocalName())
          || W.equals(e.getNamespaceURI()) && MACROS.contains(e.getLocalName())
          || PartXml.is(e, WP15, "webVideoPr")) {
        remove(e);
        changed = true;
        continue;
      }
      changed |= outwardAttributes(e);
      List<Attr> references = references(e, kept);
      if (!references.isEmpty()) {
        dropReferences(e, references);
        changed = true;
      }
    }
    return changed;
  }

  /** An OLE object or an ActiveX control, which no kept relationship can serve. */
  private static boolean active(Element e) {
    return PartXml.is(e, PartXml.O, "OLEObject") || PartXml.is(e, W, "control")
        || PartXml.is(e, W, "objectEmbed") || PartXml.is(e, W, "objectLink");
  }

  /** The attributes of an element that hold the id of a relationship that does not stay. */
  private static List<Attr> references(Element e, Set<String> kept) {
    List<Attr> found = new ArrayList<>();
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      String ns = a.getNamespaceURI();
      boolean reference = PartXml.R.equals(ns) || PartXml.R_STRICT.equals(ns)
          || PartXml.O.equals(ns) && "relid".equals(a.getLocalName());
      if (reference && !kept.contains(a.getValue())) {
        found.add(a);
      }
    }
    return found;
  }

  private static void dropReferences(Element e, List<Attr> references) {
    if (PartXml.is(e, W, "hyperlink")) {
      PartXml.unwrap(e);
    } else if (PartXml.is(e, PartXml.A, "blip")) {
      references.forEach(e::removeAttributeNode);
      if (!e.hasAttributeNS(PartXml.R, "embed") && !e.hasAttributeNS(PartXml.R_STRICT, "embed")) {
        noImage(e);
      }
    } else if (PartXml.is(e, PartXml.V, "imagedata")) {
      Element picture = PartXml.closest(e, W, "pict", "object");
      Element shape = picture != null ? picture : (Element) e.getParentNode();
      remove(shape);
    } else {
      remove(e);
    }
  }

  /** A DrawingML image without an image: a fill becomes none, a picture goes. */
  private static void noImage(Element blip) {
    Node parent = blip.getParentNode();
    if (PartXml.is(parent, PartXml.A, "blipFill")) {
      Element fill = (Element) parent;
      fill.getParentNode().replaceChild(PartXml.sibling(fill, "noFill"), fill);
      return;
    }
    Element object = PartXml.closest(blip, W, "drawing", "pict", "object");
    Element picture = object != null ? object : PartXml.closest(blip, PartXml.PIC, "pic");
    remove(picture != null ? picture : blip);
  }

  /** An OLE object or ActiveX control: what stays is the picture it showed, if any. */
  private static void toPicture(Element active) {
    Element object = PartXml.closest(active, W, "object");
    if (object == null) {
      remove(active); // an ActiveX control in a w:pict: its shape stays
      return;
    }
    Node parent = object.getParentNode();
    for (Node child = object.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (PartXml.is(child, W, "drawing")) {
        parent.replaceChild(child, object);
        return;
      }
    }
    Element pict = PartXml.sibling(object, "pict");
    for (Node child = object.getFirstChild(); child != null; ) {
      Node next = child.getNextSibling();
      if (PartXml.V.equals(child.getNamespaceURI())) {
        pict.appendChild(child);
      }
      child = next;
    }
    if (pict.hasChildNodes()) {
      parent.replaceChild(pict, object);
    } else {
      remove(object);
    }
  }

  /** Removes VML's plain-URL attributes (a linked image's source, a shape's hyperlink). */
  private static boolean outwardAttributes(Element e) {
    String ns = e.getNamespaceURI();
    if (!PartXml.V.equals(ns) && !PartXml.O.equals(ns)) {
      return false;
    }
    boolean changed = false;
    NamedNodeMap attributes = e.getAttributes();
    for (int i = attributes.getLength() - 1; i >= 0; i--) {
      Attr a = (Attr) attributes.item(i);
      String name = a.getLocalName() != null ? a.getLocalName() : a.getName();
      if (Set.of("href", "althref", "src").contains(name)) {
        e.removeAttributeNode(a);
        changed = true;
      }
    }
    return changed;
  }

  /**
   * Removes an element so that its parent stays valid: the only content of a markup-compatibility
   * choice takes the whole {@code mc:AlternateContent} with it, the only content of an extension its
   * {@code a:ext}, and a cell, header or note left without a paragraph gets an empty one.
   */
  static void remove(Element e) {
    Node parent = e.getParentNode();
    if (!(parent instanceof Element)) {
      return; // the root stays: a part is never left without one
    }
    if (PartXml.is(parent, PartXml.MC, "Choice") || PartXml.is(parent, PartXml.MC, "Fallback")) {
      remove((Element) parent.getParentNode());
      return;
    }
    if (PartXml.is(parent, PartXml.A, "ext") && !hasOtherElement((Element) parent, e)) {
      remove((Element) parent);
      return;
    }
    parent.removeChild(e);
    if (parent instanceof Element p && W.equals(p.getNamespaceURI())
        && BLOCK_CONTAINERS.contains(p.getLocalName()) && firstChild(p, "p", "tbl") == null) {
      p.appendChild(PartXml.sibling(p, "p"));
    }
  }

  private static boolean hasOtherElement(Element parent, Element except) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && n != except) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Element firstChild(Element parent, String... localNames) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      for (String localName : localNames) {
        if (PartXml.is(n, W, localName)) {
          return (Element) n;
        }
      }
    }
    return null;
  }
}
