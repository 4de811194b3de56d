package org.ratsinfo.render.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jspecify.annotations.Nullable;

/**
 * A corporate template opened as a Word document with POI: a {@code .dotx} (whose main part is then
 * taken as a document's) or a {@code .docx}, after {@link TemplateSanitizer} has made it inert. Apart
 * from {@link PreparedPackage} so that what can go wrong in reading a template (and its messages) is in
 * one place, and preparing deals with a document only.
 */
final class TemplateDocument {

  private static final String DOCUMENT_MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private static final String TEMPLATE_MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

  /** What is done with the document while it is open. */
  @FunctionalInterface
  interface Use<T> {
    /**
     * Uses the document.
     *
     * @param doc the template as a document
     * @return the result
     * @throws IOException if POI cannot read or write a part
     */
    T apply(XWPFDocument doc) throws IOException;
  }

  private TemplateDocument() {}

  /**
   * Opens a template, uses it and lets it go; the template's bytes are never written to.
   *
   * @param template the bytes of a {@code .dotx} or {@code .docx}
   * @param use what to do with it
   * @param <T> the result's type
   * @return the result
   * @throws IllegalArgumentException if the bytes are not a Word document or template within the limits
   *     of {@link TemplateArchive}, or carry macros; the message says which
   */
  static <T> T read(byte[] template, Use<T> use) {
    OPCPackage pkg;
    byte[] inert = TemplateSanitizer.sanitize(template); // within limits, without macros, inert
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(inert));
    } catch (InvalidFormatException | IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "the template is not a DOCX or DOTX file (not an Office Open XML package): " + e.getMessage(), e);
    }
    try {
      String mainType = mainPartContentType(pkg);
      if (TEMPLATE_MAIN.equals(mainType)) {
        pkg.replaceContentType(TEMPLATE_MAIN, DOCUMENT_MAIN);
      } else if (!DOCUMENT_MAIN.equals(mainType)) {
        throw new IllegalArgumentException("the template is not a DOCX or DOTX file: its main part is "
            + (mainType == null ? "missing" : "of type " + mainType));
      }
      XWPFDocument doc;
      try {
        doc = new XWPFDocument(pkg);
      } catch (IOException | POIXMLException | OpenXML4JRuntimeException e) {
        throw new IllegalArgumentException("the template cannot be read as a Word document: "
            + e.getMessage(), e);
      }
      try (doc) {
        return use.apply(doc);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("the template cannot be read: " + e.getMessage(), e);
    } finally {
      pkg.revert();
    }
  }

  private static @Nullable String mainPartContentType(OPCPackage pkg) {
    PackageRelationshipCollection rels =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    if (rels.size() != 1) {
      return null;
    }
    PackageRelationship rel = rels.getRelationship(0);
    PackagePart part = pkg.getPart(rel);
    return part == null ? null : part.getContentType();
  }
}
