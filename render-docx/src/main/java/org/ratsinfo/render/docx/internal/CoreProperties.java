package org.ratsinfo.render.docx.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.ratsinfo.document.DocumentInfo;

/**
 * The core properties part ({@code docProps/core.xml}) of each document: title, subject, author,
 * keywords, language, and the time as created and modified time; nothing of a template's. On its own
 * because it is the one part made from the document's metadata rather than its content.
 */
final class CoreProperties {

  private CoreProperties() {}

  /**
   * The part.
   *
   * @param info the document's metadata
   * @param language the BCP 47 tag Word checks spelling in
   * @param now when the document is made
   * @return the part's XML
   */
  static XmlOutput of(DocumentInfo info, String language, Instant now) {
    XmlOutput xml = new XmlOutput(1024);
    xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    LocalDateTime time = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    xml.raw("<dcterms:created xsi:type=\"dcterms:W3CDTF\">");
    dateTime(xml, time);
    xml.raw("</dcterms:created><dc:creator>").text(info.author())
        .raw("</dc:creator><cp:keywords>").text(String.join(", ", info.keywords()))
        .raw("</cp:keywords><dc:language>").text(language)
        .raw("</dc:language><dcterms:modified xsi:type=\"dcterms:W3CDTF\">");
    dateTime(xml, time);
    xml.raw("</dcterms:modified><cp:revision>1</cp:revision><dc:subject>").text(info.subject())
        .raw("</dc:subject><dc:title>").text(info.title())
        .raw("</dc:title></cp:coreProperties>");
    return xml;
  }

  /** W3CDTF to the second, in UTC: {@code 2026-11-26T09:30:00Z}. */
  private static void dateTime(XmlOutput xml, LocalDateTime time) {
    int year = time.getYear();
    if (year >= 0 && year < 1000) {
      xml.raw(year < 10 ? "000" : year < 100 ? "00" : "0");
    }
    xml.number(year).raw("-");
    twoDigits(xml, time.getMonthValue()).raw("-");
    twoDigits(xml, time.getDayOfMonth()).raw("T");
    twoDigits(xml, time.getHour()).raw(":");
    twoDigits(xml, time.getMinute()).raw(":");
    twoDigits(xml, time.getSecond()).raw("Z");
  }

  private static XmlOutput twoDigits(XmlOutput xml, int value) {
    return (value < 10 ? xml.raw("0") : xml).number(value);
  }
}
