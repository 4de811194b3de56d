package org.ratsinfo.render.pdf.internal;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses the polyglot XHTML of the HTML renderer into a W3C DOM with the JDK's XML parser, locked
 * down: secure processing on, no document type declaration at all (the page's {@code <!DOCTYPE
 * html>}, which declares nothing, is skipped before parsing), no external entities, no external DTD
 * or schema access, no XInclude. Thread-safe.
 */
public final class Xhtml {

  /** What the HTML renderer writes first in a page: a declaration with no DTD to load. */
  private static final String DOCTYPE = "<!DOCTYPE html>";

  private static final DocumentBuilderFactory FACTORY = factory();

  /** Fails on errors instead of printing them to the console, as the default handler does. */
  private static final ErrorHandler FAIL = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {
      // Warnings do not make the page unusable.
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };

  private Xhtml() {}

  /**
   * Parses a page.
   *
   * @param xhtml the page, as the HTML renderer writes it
   * @return its DOM, namespace-aware
   * @throws IllegalArgumentException if the text is not well-formed XML or declares a document type
   *     other than {@code <!DOCTYPE html>}
   */
  public static Document parse(String xhtml) {
    int start = xhtml.startsWith(DOCTYPE) ? DOCTYPE.length() : 0;
    DocumentBuilder builder = newBuilder();
    try {
      return builder.parse(new InputSource(new StringReader(xhtml.substring(start))));
    } catch (SAXException | IOException e) {
      throw new IllegalArgumentException("the page is not well-formed XHTML: " + e.getMessage(), e);
    }
  }

  private static DocumentBuilder newBuilder() {
    DocumentBuilder builder;
    // A factory is not promised to be thread-safe; making a builder is cheap.
    synchronized (FACTORY) {
      try {
        builder = FACTORY.newDocumentBuilder();
      } catch (ParserConfigurationException e) {
        throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
      }
    }
    builder.setEntityResolver((publicId, systemId) -> {
      throw new SAXException("external entities are not allowed: " + systemId);
    });
    builder.setErrorHandler(FAIL);
    return builder;
  }

  private static DocumentBuilderFactory factory() {
    // The JDK's own implementation, whatever a class path or system property would pick.
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
    }
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setIgnoringComments(true);
    return factory;
  }
}
