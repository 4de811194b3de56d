package org.ratsinfo.render.docx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.CTProperties;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * A Word package prepared once per renderer: styles, numbering, page setup, header and footer parts,
 * from ratsinfo's own definitions or from a corporate template, read and put together with POI once.
 * Every part that is the same for each document (settings, theme, fonts, a template's header with its
 * logo, the content types and relationships …) is kept compressed, ready to be copied into each file;
 * of the parts that differ, the XML around the place where each document's content goes is kept as
 * bytes ({@code word/document.xml} around the body's content, the numbering around its list
 * instances, the main part's relationships before their end, where the hyperlinks go), and the styles
 * are kept compressed for each language. Immutable and thread-safe.
 *
 * <p><b>Templates.</b> A {@code .dotx} or {@code .docx}, made inert first ({@link TemplateSanitizer}):
 * its styles, theme, fonts, page setup, headers, footers and their images. Its styles are looked up by
 * name (case-insensitive); it must have the paragraph styles "Normal" and "heading 1". Every other style
 * ratsinfo uses (Title, heading 2 and 3, List Number, List Bullet, Hyperlink, the "Auszug …" styles, the
 * table styles) is taken from the template if it has one of that name, and otherwise copied from
 * ratsinfo's own definitions, based on the template's styles (so that ratsinfo's Title and heading 2
 * take the font and colour of the template's heading 1). ratsinfo's numbering definitions (numbers,
 * bullets) are added under free ids. If the template's body has a paragraph whose whole text is
 * {@value #PLACEHOLDER}, the excerpt replaces that paragraph and the rest of the body stays; otherwise
 * the template's body content is removed and the excerpt is the body. A template's core properties are
 * replaced by the excerpt's.
 *
 * <p>This class puts the steps together; each is a class of its own: opening a template ({@link
 * TemplateDocument}), the styles ({@link StyleMerge}), the numbering ({@link ListNumbering}), the page
 * ({@link PageGeometry}), the parts split where each document goes ({@link MarkedPart}, {@link
 * DocumentRelationships}), the styles in each language ({@link LanguageStyles}).
 */
public final class PreparedPackage {

  /** The text of the template paragraph the excerpt replaces. */
  public static final String PLACEHOLDER = "{{ratsinfo:excerpt}}";

  /** The WordprocessingML main namespace. */
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** What a part of the package is: the same for every document, or made for each. */
  enum Kind {
    /** The same bytes in every document, compressed once. */
    CONSTANT,
    /** The main part, {@code word/document.xml}: the excerpt. */
    DOCUMENT,
    /** The main part's relationships: as prepared, or with the document's hyperlinks. */
    RELATIONSHIPS,
    /** The styles, the same but for the language. */
    STYLES,
    /** The numbering, with a list instance for each numbered list. */
    NUMBERING,
    /** ratsinfo's page header, where the template has none. */
    HEADER,
    /** ratsinfo's page footer, where the template has none. */
    FOOTER,
    /** The core properties. */
    CORE
  }

  /**
   * An entry of the package, in the package's order.
   *
   * @param name the entry's name in the ZIP file
   * @param kind what it is
   * @param entry its bytes, compressed, if they are the same for every document
   */
  record Part(String name, Kind kind, Packaging.@Nullable Entry entry) {}

  private final List<Part> parts;
  private final int constantSize;
  private final MarkedPart document;
  private final MarkedPart numbering;
  private final DocumentRelationships relationships;
  private final LanguageStyles languageStyles;
  private final StyleIds styles;
  private final ListNumbering listNumbering;
  private final int textWidth;
  private final double fontFactor;

  private PreparedPackage(List<Part> parts, MarkedPart document, MarkedPart numbering,
      DocumentRelationships relationships, LanguageStyles languageStyles, StyleIds styles, ListNumbering listNumbering, int textWidth,
      double fontFactor) {
    this.parts = List.copyOf(parts);
    int size = 0;
    for (Part part : parts) {
      Packaging.Entry entry = part.entry();
      size += entry == null ? 0 : entry.compressedSize() + 2 * part.name().length() + 80;
    }
    this.constantSize = size;
    this.document = document;
    this.numbering = numbering;
    this.relationships = relationships;
    this.languageStyles = languageStyles;
    this.styles = styles;
    this.listNumbering = listNumbering;
    this.textWidth = textWidth;
    this.fontFactor = fontFactor;
  }

  /** Lazily prepared once for the whole JVM: it depends on nothing but ratsinfo's own resources. */
  private static final class Standard {
    static final PreparedPackage INSTANCE = prepareStandard();
  }

  /**
   * ratsinfo's own package: A4, ratsinfo's styles and numbering.
   *
   * @return the package, shared
   */
  public static PreparedPackage standard() {
    return Standard.INSTANCE;
  }

  /**
   * A package from a corporate template.
   *
   * @param template the bytes of a {@code .dotx} or {@code .docx}
   * @return the prepared package
   * @throws IllegalArgumentException if the bytes are not a Word document or template within the limits
   *     of {@link TemplateArchive}, carry macros, or lack a required style; the message says which
   */
  public static PreparedPackage fromTemplate(byte[] template) {
    Objects.requireNonNull(template, "template");
    return TemplateDocument.read(template, doc -> prepare(doc, true));
  }

  private static PreparedPackage prepareStandard() {
    try (XWPFDocument doc = new XWPFDocument()) {
      PageGeometry.a4(doc.getDocument().getBody().addNewSectPr());
      compatibilityMode(doc.getSettings().getCTSettings());
      return prepare(doc, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare ratsinfo's own DOCX package", e);
    }
  }

  /**
   * Word 2013 and later layout: without it, Word opens the document in compatibility mode. Only for
   * ratsinfo's own settings, which hold nothing that must come after {@code w:compat}.
   */
  private static void compatibilityMode(CTSettings settings) {
    try (XmlCursor c = settings.newCursor()) {
      c.toEndToken();
      c.beginElement(new QName(W, "compat", "w"));
      c.beginElement(new QName(W, "compatSetting", "w"));
      c.insertAttributeWithValue(new QName(W, "name", "w"), "compatibilityMode");
      c.insertAttributeWithValue(new QName(W, "uri", "w"), "http://schemas.microsoft.com/office/word");
      c.insertAttributeWithValue(new QName(W, "val", "w"), "15");
    }
  }

  /**
   * Puts ratsinfo's styles, numbering, header and footer into a document (ratsinfo's own or a
   * template's), marks where each document's content goes, has POI write the package once and keeps
   * its parts: the constant ones compressed, the others as bytes to write each document around.
   */
  private static PreparedPackage prepare(XWPFDocument doc, boolean template) throws IOException {
    XWPFStyles stylesPart = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
    CTStyles target = stylesPart.getCtStyles();
    if (target == null) {
      target = CTStyles.Factory.newInstance();
      stylesPart.setStyles(target);
    }
    XWPFNumbering numberingPart = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
    ListNumbering listNumbering = ListNumbering.add(numberingPart);
    StyleIds ids = StyleMerge.merge(target, template, listNumbering.numIds());

    // ratsinfo's page header and footer where the template has none: the parts and their
    // relationships now, their content for each document.
    XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
    String header = policy == null || policy.getDefaultHeader() == null
        ? partName(doc.createHeader(HeaderFooterType.DEFAULT).getPackagePart()) : null;
    String footer = policy == null || policy.getDefaultFooter() == null
        ? partName(doc.createFooter(HeaderFooterType.DEFAULT).getPackagePart()) : null;

    MarkedPart.markBody(doc, template);
    int width = PageGeometry.textWidth(doc.getDocument().getBody().getSectPr());
    applicationProperties(doc.getProperties().getExtendedProperties().getUnderlyingProperties());
    String core = partName(doc.getProperties().getCoreProperties().getUnderlyingProperties());
    String main = partName(doc.getPackagePart());
    String styles = partName(stylesPart.getPackagePart());
    String numbering = partName(numberingPart.getPackagePart());
    String mainRelationships = DocumentRelationships.nameOf(main);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    Map<String, byte[]> entries = Packaging.read(out.toByteArray());
    for (String name : new String[] {main, mainRelationships, styles, numbering, core}) {
      if (!entries.containsKey(name)) {
        throw new IllegalStateException("the prepared package lacks " + name);
      }
    }
    List<String> names = new ArrayList<>(entries.keySet());
    names.sort(Packaging.ORDER);
    List<Part> parts = new ArrayList<>();
    for (String name : names) {
      Kind kind = name.equals(main) ? Kind.DOCUMENT
          : name.equals(mainRelationships) ? Kind.RELATIONSHIPS
          : name.equals(styles) ? Kind.STYLES
          : name.equals(numbering) ? Kind.NUMBERING
          : name.equals(header) ? Kind.HEADER
          : name.equals(footer) ? Kind.FOOTER
          : name.equals(core) ? Kind.CORE
          : Kind.CONSTANT;
      parts.add(new Part(name, kind, kind == Kind.CONSTANT ? Packaging.Entry.of(name, entries.get(name)) : null));
    }
    return new PreparedPackage(parts, MarkedPart.split(main, entries.get(main)),
        MarkedPart.split(numbering, entries.get(numbering)),
        DocumentRelationships.prepare(mainRelationships, entries.get(mainRelationships)), new LanguageStyles(styles, entries.get(styles)),
        ids, listNumbering, width, StyleMerge.fontFactor(target, ids));
  }

  private static String partName(PackagePart part) {
    return part.getPartName().getName().substring(1);
  }

  /**
   * The extended properties of every document: ratsinfo as the application, and none of a template's
   * statistics, which describe the template, not the excerpt (Word recounts on saving).
   */
  private static void applicationProperties(CTProperties extended) {
    extended.setApplication("ratsinfo");
    if (extended.isSetAppVersion()) {
      extended.unsetAppVersion();
    }
    if (extended.isSetTotalTime()) {
      extended.unsetTotalTime();
    }
    if (extended.isSetPages()) {
      extended.unsetPages();
    }
    if (extended.isSetWords()) {
      extended.unsetWords();
    }
    if (extended.isSetCharacters()) {
      extended.unsetCharacters();
    }
    if (extended.isSetCharactersWithSpaces()) {
      extended.unsetCharactersWithSpaces();
    }
    if (extended.isSetLines()) {
      extended.unsetLines();
    }
    if (extended.isSetParagraphs()) {
      extended.unsetParagraphs();
    }
  }

  /**
   * One of ratsinfo's own resources next to this class.
   *
   * @param name the file name
   * @return the stream, to be closed
   * @throws IOException if it is missing
   */
  static InputStream resource(String name) throws IOException {
    InputStream in = PreparedPackage.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("resource " + name + " missing");
    }
    return in;
  }

  /**
   * The entries of the package, in the package's order.
   *
   * @return the parts
   */
  List<Part> parts() {
    return parts;
  }

  /**
   * About how many bytes a file takes besides what is made for each document.
   *
   * @return the compressed size of the constant parts and their headers
   */
  int constantSize() {
    return constantSize;
  }

  /**
   * {@code word/document.xml} split where the excerpt goes; its namespace declaration is what each
   * top-level element written into the body needs.
   *
   * @return the part
   */
  MarkedPart document() {
    return document;
  }

  /**
   * The numbering part split where each document's list instances go.
   *
   * @return the part
   */
  MarkedPart numbering() {
    return numbering;
  }

  /**
   * The main part's relationships, ready to take a document's hyperlinks.
   *
   * @return the part
   */
  DocumentRelationships relationships() {
    return relationships;
  }

  /**
   * The styles part with the language on the document defaults and on every style that names one.
   *
   * @param language a BCP 47 tag
   * @return the part, compressed
   */
  Packaging.Entry styles(String language) {
    return languageStyles.entry(language);
  }

  /**
   * The style ids of this package.
   *
   * @return the ids
   */
  public StyleIds styles() {
    return styles;
  }

  /**
   * The id of ratsinfo's abstract numbering in this package.
   *
   * @return the id
   */
  public BigInteger abstractNumId() {
    return listNumbering.abstractNumId();
  }

  /**
   * The id of a document's list instance: after the list instances of ratsinfo's list styles.
   *
   * @param index the list's index among the document's lists that have an instance of their own
   * @return the id
   */
  public BigInteger listNumId(int index) {
    return listNumbering.lastNumId().add(BigInteger.valueOf(index + 1L));
  }

  /**
   * How much wider than Arial the document's body font runs.
   *
   * @return 1 for Arial and its metric twins, more for other fonts
   */
  public double fontFactor() {
    return fontFactor;
  }

  /**
   * The width of the text area between the margins, in twentieths of a point.
   *
   * @return the width
   */
  public int textWidth() {
    return textWidth;
  }
}
