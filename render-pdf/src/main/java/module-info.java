/**
 * ratsinfo PDF renderer: excerpts as tagged PDF/A-2a and PDF/UA-1 documents with embedded fonts.
 * Provides an {@link org.ratsinfo.render.ExcerptRendererProvider} for the format {@code pdf}.
 */
module org.ratsinfo.render.pdf {
  requires transitive org.ratsinfo.core;
  // transitive: PdfRenderer.Builder.blockRenderer takes the HTML renderer's HtmlBlockRenderer.
  requires transitive org.ratsinfo.render.html;
  requires java.desktop;
  requires java.logging;
  requires java.xml;
  // openhtmltopdf's jars name no module: these are the names the JDK derives from the file names.
  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires org.apache.fontbox;

  exports org.ratsinfo.render.pdf;

  provides org.ratsinfo.render.ExcerptRendererProvider with org.ratsinfo.render.pdf.PdfRendererProvider;
}
