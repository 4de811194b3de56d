package org.ratsinfo.render.pdf.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses the polyglot XHTML of the HTML renderer into a W3C DOM with the JDK's XML parser, locked
 * down: secure processing on, no document type declaration at all (the page's {@code <!DOCTYPE
 * html>}, which declares nothing, is skipped before parsing), no external entities, no external DTD
 * or schema access, no XInclude. Thread-safe; parsers are kept for the next page.
 */
public final class Xhtml {

  /** What the HTML renderer writes first in a page: a declaration with no DTD to load. */
  private static final String DOCTYPE = "<!DOCTYPE html>";

  private static final DocumentBuilderFactory FACTORY = factory();

  /**
   * Builders that parsed a page and were reset, for the next parse: making a builder (which sets up
   * the parser's configuration) was a third of the time of a parse. At most {@link #MAX_IDLE} are kept.
   */
  private static final Queue<DocumentBuilder> IDLE = new ConcurrentLinkedQueue<>();

  private static final AtomicInteger IDLE_COUNT = new AtomicInteger();

  private static final int MAX_IDLE = 2 * Runtime.getRuntime().availableProcessors();

  private static final EntityResolver NO_ENTITIES = (publicId, systemId) -> {
    throw new SAXException("external entities are not allowed: " + systemId);
  };

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
    DocumentBuilder builder = IDLE.poll();
    if (builder == null) {
      builder = newBuilder();
    } else {
      IDLE_COUNT.decrementAndGet();
    }
    Document dom;
    try {
      StringReader reader = new StringReader(xhtml);
      if (xhtml.startsWith(DOCTYPE)) {
        reader.skip(DOCTYPE.length());
      }
      dom = builder.parse(new InputSource(reader));
    } catch (SAXException | IOException e) {
      throw new IllegalArgumentException("the page is not well-formed XHTML: " + e.getMessage(), e);
    }
    // Only a builder that parsed to the end is used again.
    if (IDLE_COUNT.incrementAndGet() <= MAX_IDLE) {
      builder.reset();
      configure(builder);
      IDLE.offer(builder);
    } else {
      IDLE_COUNT.decrementAndGet();
    }
    return dom;
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
    configure(builder);
    return builder;
  }

  private static void configure(DocumentBuilder builder) {
    builder.setEntityResolver(NO_ENTITIES);
    builder.setErrorHandler(FAIL);
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
