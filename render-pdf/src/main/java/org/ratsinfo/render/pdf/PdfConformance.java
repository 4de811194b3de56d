package org.ratsinfo.render.pdf;

/** The standards a PDF claims, and is made to meet. */
public enum PdfConformance {

  /**
   * PDF/A-2a and PDF/UA-1 together, the default: archivable (ISO 19005-2, level a) and accessible (ISO
   * 14289-1). Tagged, with the document's language, title, embedded fonts and an sRGB output intent.
   */
  PDFA_2A_PDFUA_1,

  /**
   * PDF/A-2b: archivable, visual appearance only (ISO 19005-2, level b). Not tagged, so not accessible;
   * for archives that want the smaller file.
   */
  PDFA_2B,

  /**
   * No claim: a plain PDF with embedded fonts, the same metadata and no tags. The fastest to write.
   */
  NONE
}
