package org.ratsinfo.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A rendered DOCX file opened for assertions: its zip entries, parsed parts and XPath over them. */
final class Docx {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private final byte[] bytes;
  private final Map<String, byte[]> entries;

  Docx(byte[] bytes) {
    this.bytes = bytes;
    this.entries = unzip(bytes);
  }

  byte[] bytes() {
    return bytes;
  }

  /** Entry names in the zip's order, and their content. */
  Map<String, byte[]> entries() {
    return entries;
  }

  /** A part parsed as namespace-aware DOM; fails if it is not well-formed XML. */
  Document xml(String name) {
    byte[] content = entries.get(name);
    if (content == null) {
      throw new AssertionError("no part " + name + " in " + entries.keySet());
    }
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(content));
    } catch (Exception e) {
      throw new AssertionError("part " + name + " is not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** Nodes selected by an XPath with prefix {@code w} for WordprocessingML. */
  static List<Node> select(Node context, String xpath) {
    try {
      NodeList list = (NodeList) xpath().evaluate(xpath, context, XPathConstants.NODESET);
      List<Node> nodes = new ArrayList<>();
      for (int i = 0; i < list.getLength(); i++) {
        nodes.add(list.item(i));
      }
      return nodes;
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(xpath, e);
    }
  }

  /** The string value of an XPath with prefix {@code w}. */
  static String string(Node context, String xpath) {
    try {
      return xpath().evaluate(xpath, context);
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(xpath, e);
    }
  }

  private static XPath xpath() {
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.setNamespaceContext(new NamespaceContext() {
      @Override
      public String getNamespaceURI(String prefix) {
        return switch (prefix) {
          case "w" -> W;
          case "r" -> "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
          case "rel" -> "http://schemas.openxmlformats.org/package/2006/relationships";
          case "ct" -> "http://schemas.openxmlformats.org/package/2006/content-types";
          case "cp" -> "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
          case "dc" -> "http://purl.org/dc/elements/1.1/";
          case "dcterms" -> "http://purl.org/dc/terms/";
          case "a" -> "http://schemas.openxmlformats.org/drawingml/2006/main";
          default -> XMLConstants.NULL_NS_URI;
        };
      }

      @Override
      public String getPrefix(String namespaceUri) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Iterator<String> getPrefixes(String namespaceUri) {
        throw new UnsupportedOperationException();
      }
    });
    return xpath;
  }

  /** The file opened with POI; the caller closes it. */
  XWPFDocument poi() {
    try {
      return new XWPFDocument(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The entries of a ZIP file, in its order. */
  static Map<String, byte[]> unzipped(byte[] bytes) {
    return unzip(bytes);
  }

  private static Map<String, byte[]> unzip(byte[] bytes) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entries.put(entry.getName(), in.readAllBytes()) != null) {
          throw new AssertionError("duplicate zip entry " + entry.getName());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
