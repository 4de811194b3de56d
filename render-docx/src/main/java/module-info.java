/**
 * ratsinfo DOCX renderer: excerpts as editable Word documents with real styles, numbering and tables,
 * optionally from a corporate template. Provides an {@link org.ratsinfo.render.ExcerptRendererProvider}
 * for the format {@code docx}.
 */
module org.ratsinfo.render.docx {
  requires transitive org.ratsinfo.core;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;
  requires org.apache.commons.compress;
  requires java.xml;

  exports org.ratsinfo.render.docx;

  provides org.ratsinfo.render.ExcerptRendererProvider with org.ratsinfo.render.docx.DocxRendererProvider;
}
