package org.ratsinfo.render.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.ratsinfo.document.DocumentInfo;
import org.ratsinfo.render.pdf.PdfConformance;

/**
 * Writes what a PDF says about itself, after openhtmltopdf, so that it is complete and deterministic:
 * the document information dictionary and the XMP metadata with the same values (title, author =
 * the body, subject, keywords, creator tool and producer "ratsinfo", creation and modification date
 * from the render's clock, to the second), the PDF/A and PDF/UA identification the conformance claims,
 * the catalog's language and {@code DisplayDocTitle}, and the document {@code /ID}, derived from the
 * content rather than drawn at random.
 */
public final class Metadata {

  /** The producer and creator tool. */
  public static final String PRODUCER = "ratsinfo";

  private static final DateTimeFormatter XMP_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Metadata() {}

  /**
   * Writes the metadata into a document.
   *
   * @param pdf the document openhtmltopdf made, still open
   * @param info the document's metadata
   * @param conformance what the document claims
   * @param instant when the document was made; dates are written to the second
   * @param id the document's identifier, 16 bytes
   * @throws IOException if the metadata stream cannot be written
   */
  public static void write(PDDocument pdf, DocumentInfo info, PdfConformance conformance,
      Instant instant, byte[] id) throws IOException {
    Instant made = instant.truncatedTo(ChronoUnit.SECONDS);
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
    date.setTimeInMillis(made.toEpochMilli());
    String keywords = String.join(", ", info.keywords());

    PDDocumentInformation dictionary = new PDDocumentInformation();
    dictionary.setTitle(info.title());
    if (!info.author().isEmpty()) {
      dictionary.setAuthor(info.author());
    }
    if (!info.subject().isEmpty()) {
      dictionary.setSubject(info.subject());
    }
    if (!keywords.isEmpty()) {
      dictionary.setKeywords(keywords);
    }
    dictionary.setCreator(PRODUCER);
    dictionary.setProducer(PRODUCER);
    dictionary.setCreationDate(date);
    dictionary.setModificationDate(date);
    pdf.setDocumentInformation(dictionary);

    PDDocumentCatalog catalog = pdf.getDocumentCatalog();
    byte[] xmp = xmp(info, keywords, conformance, XMP_DATE.format(made)).getBytes(StandardCharsets.UTF_8);
    PDMetadata metadata = new PDMetadata(pdf, new ByteArrayInputStream(xmp));
    catalog.setMetadata(metadata);
    catalog.setLanguage(info.language());
    PDViewerPreferences preferences = catalog.getViewerPreferences();
    if (preferences == null) {
      preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
      catalog.setViewerPreferences(preferences);
    }
    preferences.setDisplayDocTitle(true);

    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /** The XMP packet; every value escaped. */
  static String xmp(DocumentInfo info, String keywords, PdfConformance conformance, String date) {
    StringBuilder x = new StringBuilder(2048);
    x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
        .append("  <rdf:Description rdf:about=\"\"\n")
        .append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
        .append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n")
        .append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"");
    boolean pdfa = conformance != PdfConformance.NONE;
    boolean pdfua = conformance == PdfConformance.PDFA_2A_PDFUA_1;
    if (pdfa) {
      x.append("\n    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
    }
    if (pdfua) {
      x.append("\n    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"")
          .append("\n    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
          .append("\n    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
          .append("\n    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"");
    }
    x.append(">\n");
    x.append("   <dc:format>application/pdf</dc:format>\n");
    x.append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.title()))
        .append("</rdf:li></rdf:Alt></dc:title>\n");
    if (!info.author().isEmpty()) {
      x.append("   <dc:creator><rdf:Seq><rdf:li>").append(escape(info.author()))
          .append("</rdf:li></rdf:Seq></dc:creator>\n");
    }
    if (!info.subject().isEmpty()) {
      x.append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">")
          .append(escape(info.subject())).append("</rdf:li></rdf:Alt></dc:description>\n");
    }
    if (!info.keywords().isEmpty()) {
      x.append("   <dc:subject><rdf:Bag>");
      for (String keyword : info.keywords()) {
        x.append("<rdf:li>").append(escape(keyword)).append("</rdf:li>");
      }
      x.append("</rdf:Bag></dc:subject>\n");
    }
    x.append("   <dc:language><rdf:Bag><rdf:li>").append(escape(info.language()))
        .append("</rdf:li></rdf:Bag></dc:language>\n");
    x.append("   <pdf:Producer>").append(PRODUCER).append("</pdf:Producer>\n");
    if (!keywords.isEmpty()) {
      x.append("   <pdf:Keywords>").append(escape(keywords)).append("</pdf:Keywords>\n");
    }
    x.append("   <xmp:CreatorTool>").append(PRODUCER).append("</xmp:CreatorTool>\n");
    x.append("   <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n");
    x.append("   <xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n");
    x.append("   <xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n");
    if (pdfa) {
      x.append("   <pdfaid:part>2</pdfaid:part>\n");
      x.append("   <pdfaid:conformance>").append(pdfua ? "A" : "B").append("</pdfaid:conformance>\n");
    }
    if (pdfua) {
      x.append("   <pdfuaid:part>1</pdfuaid:part>\n")
          .append("   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
          .append("    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
          .append("    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
          .append("    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
          .append("    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
          .append("     <pdfaProperty:name>part</pdfaProperty:name>\n")
          .append("     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
          .append("     <pdfaProperty:category>internal</pdfaProperty:category>\n")
          .append("     <pdfaProperty:description>Part of ISO 14289 the document conforms to</pdfaProperty:description>\n")
          .append("    </rdf:li></rdf:Seq></pdfaSchema:property>\n")
          .append("   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n");
    }
    x.append("  </rdf:Description>\n")
        .append(" </rdf:RDF>\n")
        .append("</x:xmpmeta>\n")
        .append("<?xpacket end=\"r\"?>");
    return x.toString();
  }

  /** XML text: markup characters escaped, characters XML cannot carry replaced by U+FFFD. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            sb.append(c).append(text.charAt(++i));
          } else if (c == '\t' || c == '\n' || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
            sb.append(c);
          } else {
            sb.append('\uFFFD');
          }
        }
      }
    }
    return sb.toString();
  }
}
