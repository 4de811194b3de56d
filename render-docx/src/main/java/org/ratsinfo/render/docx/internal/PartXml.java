package org.ratsinfo.render.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The XML of a template's part as a DOM tree, read without a document type (Word never writes one; a
 * DTD is how entity expansion and external entities get in), and written back as UTF-8. Also the few
 * tree operations the sanitizing needs. Stateless.
 */
final class PartXml {

  /** The namespaces the sanitizing looks at. */
  static final String W = PreparedPackage.W;
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String R_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
  static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
  static final String V = "urn:schemas-microsoft-com:vml";
  static final String O = "urn:schemas-microsoft-com:office:office";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  /** How deep elements may nest; Word's own parts (tables in tables, text boxes) nest a few dozen deep. */
  static final int MAX_DEPTH = 1000;

  private PartXml() {}

  /**
   * Parses a part.
   *
   * @param name the part's name, for the message
   * @param xml its bytes
   * @return the tree
   * @throws IllegalArgumentException if the part is not well-formed XML or has a document type
   */
  static Document read(String name, byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(MAX_DEPTH));
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (SAXParseException e) {
      String where = " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")";
      String reason = String.valueOf(e.getMessage());
      String message = reason.contains("DOCTYPE")
          ? "declares a document type (DTD), which Word never writes and ratsinfo does not read"
          : reason.contains("maxElementDepth")
          ? "nests elements more than " + MAX_DEPTH + " deep (the limit for a part of a template)"
          : "is not well-formed XML: " + reason;
      throw new IllegalArgumentException("the template's part \"" + name + "\" " + message + where, e);
    } catch (SAXException | IOException e) {
      throw new IllegalArgumentException("the template's part \"" + name + "\" cannot be read as XML: "
          + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured securely", e);
    }
  }

  /**
   * Writes a tree back.
   *
   * @param document the tree
   * @return UTF-8 XML with a declaration
   */
  static byte[] write(Document document) {
    try {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot write an XML tree back", e);
    }
  }

  /** Every element in the tree, in document order; a copy, so that the tree may change meanwhile. */
  static List<Element> elements(Document document) {
    List<Element> all = new ArrayList<>();
    Node root = document.getDocumentElement();
    for (Node n = root; n != null; ) {
      if (n instanceof Element e) {
        all.add(e);
      }
      if (n.getFirstChild() != null) {
        n = n.getFirstChild();
        continue;
      }
      while (n != root && n.getNextSibling() == null) {
        n = n.getParentNode();
      }
      n = n == root ? null : n.getNextSibling();
    }
    return all;
  }

  static boolean is(Node node, String namespace, String localName) {
    return node instanceof Element && namespace.equals(node.getNamespaceURI())
        && localName.equals(node.getLocalName());
  }

  /** The nearest ancestor (or the element itself) with one of the names, in a namespace. */
  static @Nullable Element closest(Element element, String namespace, String... localNames) {
    for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
      for (String localName : localNames) {
        if (is(e, namespace, localName)) {
          return e;
        }
      }
    }
    return null;
  }

  /** Whether the node is still in its tree (not removed with an ancestor). */
  static boolean attached(Node node) {
    for (Node n = node; n != null; n = n.getParentNode()) {
      if (n.getNodeType() == Node.DOCUMENT_NODE) {
        return true;
      }
    }
    return false;
  }

  /** Replaces an element by its children. */
  static void unwrap(Element element) {
    Node parent = element.getParentNode();
    while (element.getFirstChild() != null) {
      parent.insertBefore(element.getFirstChild(), element);
    }
    parent.removeChild(element);
  }

  /** Whether an element has element children other than those with the given local names. */
  static boolean hasChildrenBut(Element element, String namespace, String... localNames) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        boolean listed = false;
        for (String localName : localNames) {
          listed |= is(e, namespace, localName);
        }
        if (!listed) {
          return true;
        }
      }
    }
    return false;
  }

  /** A new element in the namespace and with the prefix of another. */
  static Element sibling(Element like, String localName) {
    String prefix = like.getPrefix();
    return like.getOwnerDocument().createElementNS(like.getNamespaceURI(),
        prefix == null ? localName : prefix + ":" + localName);
  }
}
