package org.ratsinfo.render.docx.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;

/**
 * A part's XML split where each document's content goes: what comes before, what after, and the
 * namespace declaration the elements written there need for the prefix {@code w}. The place is marked
 * with a comment while POI still holds the part ({@link #markBody}, {@link #markAfter}), and the bytes
 * POI wrote are split at it ({@link #split}); so each document is written as bytes around the prepared
 * ones, without POI. Immutable; the arrays are shared and not to be changed.
 *
 * @param start the part up to the marker
 * @param end the part after it
 * @param declaration {@code ""}, or {@code  xmlns:w="…"} (with a leading space) where {@code w} is not
 *     bound to WordprocessingML at the marker
 * @param relationshipsDeclaration {@code ""}, or {@code  xmlns:r="…"} (with a leading space) where
 *     {@code r} is not bound to the relationships namespace at the marker (a hyperlink's {@code r:id}
 *     needs it)
 */
record MarkedPart(byte[] start, byte[] end, String declaration, String relationshipsDeclaration) {

  /** The comment that marks, in the prepared XML, where the parts made for each document go. */
  private static final String MARKER = "ratsinfo:excerpt";

  /**
   * Marks where the excerpt goes in the body: in place of the template's placeholder paragraph if it
   * has one, else at the end of the body (before its final section properties), after removing a
   * template's content.
   *
   * @param doc the document, changed
   * @param template whether it is a template's
   */
  static void markBody(XWPFDocument doc, boolean template) {
    CTBody body = doc.getDocument().getBody();
    XWPFParagraph placeholder = template ? placeholder(doc) : null;
    if (placeholder != null) {
      try (XmlCursor c = placeholder.getCTP().newCursor()) {
        c.insertComment(MARKER);
      }
      doc.removeBodyElement(doc.getPosOfParagraph(placeholder));
      return;
    }
    if (template) {
      clearBody(body);
    }
    try (XmlCursor c = body.isSetSectPr() ? body.getSectPr().newCursor() : body.newCursor()) {
      if (!body.isSetSectPr()) {
        c.toEndToken();
      }
      c.insertComment(MARKER);
    }
  }

  /**
   * Marks the place right after an element.
   *
   * @param element the element, whose parent is changed
   */
  static void markAfter(XmlObject element) {
    try (XmlCursor c = element.newCursor()) {
      c.toEndToken();
      c.toNextToken();
      c.insertComment(MARKER);
    }
  }

  /** The first top-level paragraph whose whole text is the placeholder, if there is one. */
  private static @Nullable XWPFParagraph placeholder(XWPFDocument doc) {
    for (XWPFParagraph p : doc.getParagraphs()) {
      if (PreparedPackage.PLACEHOLDER.equals(Texts.paragraphText(p.getCTP()).strip())) {
        return p;
      }
    }
    return null;
  }

  /** Removes everything from the body but its final section properties. */
  private static void clearBody(CTBody body) {
    try (XmlCursor c = body.newCursor()) {
      if (!c.toFirstChild()) {
        return;
      }
      while (true) {
        QName name = c.getName();
        if (name != null && PreparedPackage.W.equals(name.getNamespaceURI())
            && "sectPr".equals(name.getLocalPart())) {
          if (!c.toNextSibling()) {
            return;
          }
        } else {
          c.removeXml();
          if (!c.isStart()) {
            return;
          }
        }
      }
    }
  }

  /**
   * A part's XML split at the marker. A declaration is none if {@code w} ({@code r}) is bound to
   * WordprocessingML (the relationships namespace) at the marker already, as in every file Word or POI
   * writes.
   *
   * @param name the part's name, for messages
   * @param xml the part as POI wrote it
   * @return the split part
   * @throws IllegalArgumentException if a template's part has the marker already, or is not XML
   */
  static MarkedPart split(String name, byte[] xml) {
    byte[] marker = ("<!--" + MARKER + "-->").getBytes(StandardCharsets.US_ASCII);
    int at = indexOf(xml, marker, 0);
    if (at < 0) {
      throw new IllegalStateException("POI did not write the marker into " + name);
    }
    if (indexOf(xml, marker, at + 1) >= 0) {
      throw new IllegalArgumentException("the template's " + name + " has the comment <!--" + MARKER
          + "--> already; ratsinfo uses it to mark where the excerpt goes");
    }
    String namespace = null;
    String relationships = null;
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamConstants.COMMENT && MARKER.equals(reader.getText())) {
            namespace = reader.getNamespaceURI("w");
            relationships = reader.getNamespaceURI("r");
            break;
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException("the template's " + name + " cannot be read: " + e.getMessage(), e);
    }
    return new MarkedPart(Arrays.copyOfRange(xml, 0, at), Arrays.copyOfRange(xml, at + marker.length, xml.length),
        PreparedPackage.W.equals(namespace) ? "" : " xmlns:w=\"" + PreparedPackage.W + "\"",
        PartXml.R.equals(relationships) ? "" : " xmlns:r=\"" + PartXml.R + "\"");
  }

  private static int indexOf(byte[] bytes, byte[] part, int from) {
    outer:
    for (int i = from; i <= bytes.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
