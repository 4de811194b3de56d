package org.ratsinfo.render.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The styles part of a prepared package in each language a document asks for: the same but for the
 * language on the document defaults and on every style that names one, which Word checks spelling in.
 * Kept compressed for the first {@value #KEPT} languages, so that a renderer writes the part of its
 * usual language or two once; any further one is made for each use. Thread-safe.
 */
final class LanguageStyles {

  /** How many languages' styles are kept compressed. */
  private static final int KEPT = 16;

  private final String name;
  private final byte[] xml;
  private final Map<String, Packaging.Entry> byLanguage = new ConcurrentHashMap<>();

  /**
   * The styles of a package.
   *
   * @param name the part's name
   * @param xml the part as POI wrote it; not copied, not to be changed
   */
  LanguageStyles(String name, byte[] xml) {
    this.name = name;
    this.xml = xml;
  }

  /**
   * The styles part with a language.
   *
   * @param language a BCP 47 tag
   * @return the part, compressed
   */
  Packaging.Entry entry(String language) {
    Packaging.Entry entry = byLanguage.get(language);
    if (entry != null) {
      return entry;
    }
    entry = Packaging.Entry.of(name, withLanguage(language));
    if (byLanguage.size() < KEPT) {
      Packaging.Entry earlier = byLanguage.putIfAbsent(language, entry);
      return earlier == null ? entry : earlier;
    }
    return entry;
  }

  private byte[] withLanguage(String language) {
    try {
      CTStyles ct = StylesDocument.Factory.parse(new ByteArrayInputStream(xml),
          POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getStyles();
      CTDocDefaults defaults = ct.isSetDocDefaults() ? ct.getDocDefaults() : ct.addNewDocDefaults();
      var rPrDefault = defaults.isSetRPrDefault() ? defaults.getRPrDefault() : defaults.addNewRPrDefault();
      setLanguage(rPrDefault.isSetRPr() ? rPrDefault.getRPr() : rPrDefault.addNewRPr(), language);
      for (CTStyle style : ct.getStyleArray()) {
        if (style.isSetRPr() && style.getRPr().sizeOfLangArray() > 0) {
          setLanguage(style.getRPr(), language);
        }
      }
      // As POI's XWPFStyles writes the part.
      XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
      options.setSaveSyntheticDocumentElement(new QName(PreparedPackage.W, "styles"));
      ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length + 256);
      ct.save(out, options);
      return out.toByteArray();
    } catch (IOException | XmlException e) {
      throw new IllegalStateException("the prepared styles cannot be read again", e);
    }
  }

  private static void setLanguage(CTRPr rPr, String language) {
    var lang = rPr.sizeOfLangArray() > 0 ? rPr.getLangArray(0) : rPr.addNewLang();
    lang.setVal(language);
  }
}
