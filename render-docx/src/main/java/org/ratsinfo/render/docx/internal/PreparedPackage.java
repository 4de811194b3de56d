package org.ratsinfo.render.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.CTProperties;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.ratsinfo.render.docx.internal.StyleIds.Role;

/**
 * A Word package prepared once per renderer: styles, numbering, page setup, header and footer parts,
 * from ratsinfo's own definitions or from a corporate template, read and put together with POI once.
 * Every part that is the same for each document (settings, theme, fonts, a template's header with its
 * logo, the content types and relationships …) is kept compressed, ready to be copied into each file;
 * of the parts that differ, the XML around the place where each document's content goes is kept as
 * bytes ({@code word/document.xml} around the body's content, the numbering around its list
 * instances), and the styles are kept compressed for each language. Immutable and thread-safe.
 *
 * <p><b>Templates.</b> A {@code .dotx} or {@code .docx}, made inert first ({@link TemplateSanitizer}):
 * its styles, theme, fonts, page setup, headers, footers and their images. Its styles are looked up by name
 * (case-insensitive); it must have the paragraph styles "Normal" and "heading 1". Every other style
 * ratsinfo uses (Title, heading 2 and 3, List Number, the "Auszug …" styles, the table styles) is taken
 * from the template if it has one of that name, and otherwise copied from ratsinfo's own definitions,
 * based on the template's styles (so that ratsinfo's Title and heading 2 take the font and colour of the
 * template's heading 1). ratsinfo's numbering definition is added under a free id. If the template's
 * body has a paragraph whose whole text is {@value #PLACEHOLDER}, the excerpt replaces that paragraph and
 * the rest of the body stays; otherwise the template's body content is removed and the excerpt is the
 * body. A template's core properties are replaced by the excerpt's.
 */
public final class PreparedPackage {

  /** The text of the template paragraph the excerpt replaces. */
  public static final String PLACEHOLDER = "{{ratsinfo:excerpt}}";

  /** The WordprocessingML main namespace. */
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private static final String DOCUMENT_MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private static final String TEMPLATE_MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

  /** A4 portrait in twentieths of a point, and the margins of ratsinfo's own page. */
  private static final int A4_WIDTH = 11906;
  private static final int A4_HEIGHT = 16838;
  private static final int MARGIN_TOP = 1418;
  private static final int MARGIN_BOTTOM = 1134;
  private static final int MARGIN_LEFT = 1418;
  private static final int MARGIN_RIGHT = 1134;
  private static final int HEADER_DISTANCE = 567;
  private static final int FOOTER_DISTANCE = 567;

  private static final Role[] REQUIRED = {Role.NORMAL, Role.HEADING_1};

  /** The comment that marks, in the prepared XML, where the parts made for each document go. */
  private static final String MARKER = "ratsinfo:excerpt";
  /** How many languages' styles a package keeps compressed; any further one is made for each use. */
  private static final int STYLES_KEPT = 16;

  /** What a part of the package is: the same for every document, or made for each. */
  enum Kind {
    /** The same bytes in every document, compressed once. */
    CONSTANT,
    /** The main part, {@code word/document.xml}: the excerpt. */
    DOCUMENT,
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

  /** The XML of a part before and after the content made for each document. */
  private record Split(byte[] start, byte[] end, String declaration) {}

  private final List<Part> parts;
  private final int constantSize;
  private final Split document;
  private final Split numbering;
  private final byte[] stylesXml;
  private final Map<String, Packaging.Entry> stylesByLanguage = new ConcurrentHashMap<>();
  private final StyleIds styles;
  private final BigInteger abstractNumId;
  private final BigInteger baseNumId;
  private final int textWidth;
  private final double fontFactor;

  private PreparedPackage(List<Part> parts, Split document, Split numbering, byte[] stylesXml,
      StyleIds styles, BigInteger abstractNumId, BigInteger baseNumId, int textWidth, double fontFactor) {
    this.parts = List.copyOf(parts);
    int size = 0;
    for (Part part : parts) {
      Packaging.Entry entry = part.entry();
      size += entry == null ? 0 : entry.compressedSize() + 2 * part.name().length() + 80;
    }
    this.constantSize = size;
    this.document = document;
    this.numbering = numbering;
    this.stylesXml = stylesXml;
    this.styles = styles;
    this.abstractNumId = abstractNumId;
    this.baseNumId = baseNumId;
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
        return prepare(doc, true);
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

  private static PreparedPackage prepareStandard() {
    try (XWPFDocument doc = new XWPFDocument()) {
      CTSectPr sectPr = doc.getDocument().getBody().addNewSectPr();
      CTPageSz size = sectPr.addNewPgSz();
      size.setW(BigInteger.valueOf(A4_WIDTH));
      size.setH(BigInteger.valueOf(A4_HEIGHT));
      CTPageMar margins = sectPr.addNewPgMar();
      margins.setTop(BigInteger.valueOf(MARGIN_TOP));
      margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
      margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
      margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
      margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
      margins.setFooter(BigInteger.valueOf(FOOTER_DISTANCE));
      margins.setGutter(BigInteger.ZERO);
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

  private static PreparedPackage prepare(XWPFDocument doc, boolean template) throws IOException {
    CTStyles own = ownStyles();
    XWPFStyles stylesPart = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
    CTStyles target = stylesPart.getCtStyles();
    if (target == null) {
      target = CTStyles.Factory.newInstance();
      stylesPart.setStyles(target);
    }

    XWPFNumbering numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
    BigInteger abstractNumId = nextAbstractNumId(numbering);
    BigInteger baseNumId = nextNumId(numbering);

    StyleIds ids = mergeStyles(target, own, template, baseNumId);

    CTAbstractNum abstractNum = ownAbstractNum();
    abstractNum.setAbstractNumId(abstractNumId);
    numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
    numbering.addNum(abstractNumId, baseNumId);
    // Each document's list instances go after ratsinfo's own w:num.
    try (XmlCursor c = numbering.getNum(baseNumId).getCTNum().newCursor()) {
      c.toEndToken();
      c.toNextToken();
      c.insertComment(MARKER);
    }

    // ratsinfo's page header and footer where the template has none: the parts and their
    // relationships now, their content for each document.
    XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
    String header = policy == null || policy.getDefaultHeader() == null
        ? partName(doc.createHeader(HeaderFooterType.DEFAULT).getPackagePart()) : null;
    String footer = policy == null || policy.getDefaultFooter() == null
        ? partName(doc.createFooter(HeaderFooterType.DEFAULT).getPackagePart()) : null;

    CTBody body = doc.getDocument().getBody();
    XWPFParagraph placeholder = template ? placeholder(doc) : null;
    if (placeholder != null) {
      try (XmlCursor c = placeholder.getCTP().newCursor()) {
        c.insertComment(MARKER);
      }
      doc.removeBodyElement(doc.getPosOfParagraph(placeholder));
    } else {
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
    int width = textWidth(body.getSectPr());
    applicationProperties(doc.getProperties().getExtendedProperties().getUnderlyingProperties());
    String core = partName(doc.getProperties().getCoreProperties().getUnderlyingProperties());
    String main = partName(doc.getPackagePart());
    String styles = partName(stylesPart.getPackagePart());
    String numberingName = partName(numbering.getPackagePart());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    Map<String, byte[]> entries = Packaging.read(out.toByteArray());
    List<String> names = new ArrayList<>(entries.keySet());
    names.sort(Packaging.ORDER);
    List<Part> parts = new ArrayList<>();
    for (String name : names) {
      Kind kind = name.equals(main) ? Kind.DOCUMENT
          : name.equals(styles) ? Kind.STYLES
          : name.equals(numberingName) ? Kind.NUMBERING
          : name.equals(header) ? Kind.HEADER
          : name.equals(footer) ? Kind.FOOTER
          : name.equals(core) ? Kind.CORE
          : Kind.CONSTANT;
      parts.add(new Part(name, kind, kind == Kind.CONSTANT ? Packaging.Entry.of(name, entries.get(name)) : null));
    }
    for (String name : new String[] {main, styles, numberingName, core}) {
      if (!entries.containsKey(name)) {
        throw new IllegalStateException("the prepared package lacks " + name);
      }
    }
    return new PreparedPackage(parts, split(main, entries.get(main)), split(numberingName, entries.get(numberingName)),
        entries.get(styles), ids, abstractNumId, baseNumId, width, fontFactor(target, ids));
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
   * A part's XML split at the marker: what comes before, what after, and the namespace declaration
   * the elements written there need for the prefix {@code w} (none if it is bound to WordprocessingML
   * there already, as in every file Word or POI writes).
   */
  private static Split split(String name, byte[] xml) {
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
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamConstants.COMMENT && MARKER.equals(reader.getText())) {
            namespace = reader.getNamespaceURI("w");
            break;
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException("the template's " + name + " cannot be read: " + e.getMessage(), e);
    }
    return new Split(Arrays.copyOfRange(xml, 0, at), Arrays.copyOfRange(xml, at + marker.length, xml.length),
        W.equals(namespace) ? "" : " xmlns:w=\"" + W + "\"");
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

  /** The first top-level paragraph whose whole text is the placeholder, if there is one. */
  private static @Nullable XWPFParagraph placeholder(XWPFDocument doc) {
    for (XWPFParagraph p : doc.getParagraphs()) {
      if (PLACEHOLDER.equals(Texts.paragraphText(p.getCTP()).strip())) {
        return p;
      }
    }
    return null;
  }

  private static CTStyles ownStyles() {
    try (InputStream in = resource("styles.xml")) {
      return StylesDocument.Factory.parse(in).getStyles();
    } catch (IOException | XmlException e) {
      throw new IllegalStateException("ratsinfo's styles.xml cannot be read", e);
    }
  }

  private static CTAbstractNum ownAbstractNum() {
    try (InputStream in = resource("numbering.xml")) {
      return (CTAbstractNum) NumberingDocument.Factory.parse(in).getNumbering().getAbstractNumArray(0).copy();
    } catch (IOException | XmlException e) {
      throw new IllegalStateException("ratsinfo's numbering.xml cannot be read", e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = PreparedPackage.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("resource " + name + " missing");
    }
    return in;
  }

  private static StyleIds mergeStyles(CTStyles target, CTStyles own, boolean template, BigInteger numId) {
    Map<String, CTStyle> byName = new HashMap<>();
    Set<String> takenIds = new HashSet<>();
    Set<STStyleType.Enum> defaults = new HashSet<>();
    for (CTStyle style : target.getStyleArray()) {
      if (style.getName() != null && style.getName().getVal() != null) {
        byName.putIfAbsent(key(style.getName().getVal()), style);
      }
      if (style.getStyleId() != null) {
        takenIds.add(style.getStyleId());
      }
      if (isDefault(style)) {
        defaults.add(type(style));
      }
    }
    if (template) {
      List<String> missing = new ArrayList<>();
      for (Role role : REQUIRED) {
        CTStyle found = byName.get(key(role.styleName()));
        if (found == null || type(found) != STStyleType.PARAGRAPH) {
          missing.add('"' + role.styleName() + '"');
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException("the template lacks the paragraph style"
            + (missing.size() > 1 ? "s " : " ") + String.join(" and ", missing)
            + " (looked up by style name, not by the name Word shows in its language)");
      }
    }

    Map<String, String> idMap = new HashMap<>();
    List<CTStyle> toCopy = new ArrayList<>();
    for (CTStyle style : own.getStyleArray()) {
      CTStyle existing = byName.get(key(style.getName().getVal()));
      if (existing != null && type(existing) == type(style) && existing.getStyleId() != null) {
        idMap.put(style.getStyleId(), existing.getStyleId());
      } else {
        String id = style.getStyleId();
        for (int n = 2; takenIds.contains(id); n++) {
          id = style.getStyleId() + n;
        }
        takenIds.add(id);
        idMap.put(style.getStyleId(), id);
        toCopy.add(style);
      }
    }
    for (CTStyle style : toCopy) {
      CTStyle copy = target.addNewStyle();
      copy.set(style);
      copy.setStyleId(idMap.get(style.getStyleId()));
      if (copy.isSetBasedOn()) {
        String to = idMap.get(copy.getBasedOn().getVal());
        if (to == null) {
          copy.unsetBasedOn();
        } else {
          copy.getBasedOn().setVal(to);
        }
      }
      if (copy.isSetNext()) {
        String to = idMap.get(copy.getNext().getVal());
        if (to == null) {
          copy.unsetNext();
        } else {
          copy.getNext().setVal(to);
        }
      }
      if (copy.isSetLink()) {
        copy.unsetLink();
      }
      if (copy.isSetDefault()) {
        if (defaults.contains(type(copy))) {
          copy.unsetDefault();
        } else {
          defaults.add(type(copy));
        }
      }
      if (copy.isSetPPr() && copy.getPPr().isSetNumPr() && copy.getPPr().getNumPr().isSetNumId()) {
        copy.getPPr().getNumPr().getNumId().setVal(numId);
      }
    }
    if (!target.isSetDocDefaults() && own.isSetDocDefaults()) {
      target.setDocDefaults(own.getDocDefaults());
    }

    Map<Role, String> ids = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      ids.put(role, Objects.requireNonNull(idMap.get(role.ownId()), role.ownId()));
    }
    return new StyleIds(ids);
  }

  private static String key(String styleName) {
    return styleName.strip().toLowerCase(Locale.ROOT);
  }

  private static STStyleType.Enum type(CTStyle style) {
    return style.getType() == null ? STStyleType.PARAGRAPH : style.getType();
  }

  private static boolean isDefault(CTStyle style) {
    if (!style.isSetDefault()) {
      return false;
    }
    Object value = style.getDefault();
    return value instanceof Boolean b ? b : value != null && Set.of("1", "true", "on").contains(value.toString());
  }

  private static BigInteger nextAbstractNumId(XWPFNumbering numbering) {
    BigInteger max = BigInteger.valueOf(-1);
    for (XWPFAbstractNum num : numbering.getAbstractNums()) {
      BigInteger id = num.getCTAbstractNum().getAbstractNumId();
      if (id != null && id.compareTo(max) > 0) {
        max = id;
      }
    }
    return max.add(BigInteger.ONE);
  }

  /**
   * The next free {@code w:numId} (ids start at 1; 0 means "no numbering").
   *
   * @param numbering the numbering part
   * @return one more than the largest id in use
   */
  private static BigInteger nextNumId(XWPFNumbering numbering) {
    BigInteger max = BigInteger.ZERO;
    for (XWPFNum num : numbering.getNums()) {
      BigInteger id = num.getCTNum().getNumId();
      if (id != null && id.compareTo(max) > 0) {
        max = id;
      }
    }
    return max.add(BigInteger.ONE);
  }

  /** Removes everything from the body but its final section properties. */
  private static void clearBody(CTBody body) {
    try (XmlCursor c = body.newCursor()) {
      if (!c.toFirstChild()) {
        return;
      }
      while (true) {
        QName name = c.getName();
        if (name != null && W.equals(name.getNamespaceURI()) && "sectPr".equals(name.getLocalPart())) {
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
   * How much wider than Arial the body font runs, for estimating column widths: 1 for Arial and its
   * metric twins, 1.2 for any other font (Georgia, Calibri at the same size are about that much wider
   * or close to it; erring wide only costs a little room).
   */
  private static double fontFactor(CTStyles styles, StyleIds ids) {
    String font = null;
    for (CTStyle style : styles.getStyleArray()) {
      if (ids.id(Role.NORMAL).equals(style.getStyleId()) && style.isSetRPr()
          && style.getRPr().sizeOfRFontsArray() > 0) {
        font = style.getRPr().getRFontsArray(0).getAscii();
      }
    }
    if (font == null && styles.isSetDocDefaults() && styles.getDocDefaults().isSetRPrDefault()
        && styles.getDocDefaults().getRPrDefault().isSetRPr()
        && styles.getDocDefaults().getRPrDefault().getRPr().sizeOfRFontsArray() > 0) {
      font = styles.getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getAscii();
    }
    if (font == null) {
      return 1.2; // the theme's font, whatever it is
    }
    return Set.of("arial", "helvetica", "liberation sans", "arimo", "nimbus sans")
        .contains(font.strip().toLowerCase(Locale.ROOT)) ? 1.0 : 1.2;
  }

  private static int textWidth(@Nullable CTSectPr sectPr) {
    if (sectPr == null || !sectPr.isSetPgSz()) {
      return A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    }
    int width = twips(sectPr.getPgSz().getW(), A4_WIDTH);
    int left = sectPr.isSetPgMar() ? twips(sectPr.getPgMar().getLeft(), MARGIN_LEFT) : MARGIN_LEFT;
    int right = sectPr.isSetPgMar() ? twips(sectPr.getPgMar().getRight(), MARGIN_RIGHT) : MARGIN_RIGHT;
    int text = width - left - right;
    return text > 1440 ? text : A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
  }

  private static int twips(@Nullable Object value, int otherwise) {
    if (value instanceof Number n) {
      return n.intValue();
    }
    if (value != null) {
      try {
        return new java.math.BigDecimal(value.toString().strip()).intValue();
      } catch (NumberFormatException e) {
        return otherwise; // a universal measure such as "2.5cm": rare in Word's own files
      }
    }
    return otherwise;
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

  /** {@code word/document.xml} up to where the excerpt goes; shared, not to be changed. */
  byte[] documentStart() {
    return document.start();
  }

  /** {@code word/document.xml} after the excerpt; shared, not to be changed. */
  byte[] documentEnd() {
    return document.end();
  }

  /**
   * The namespace declaration each top-level element written into the body needs, if any.
   *
   * @return {@code ""}, or {@code  xmlns:w="…"} (with a leading space)
   */
  String documentDeclaration() {
    return document.declaration();
  }

  /** The numbering part up to where each document's list instances go; shared, not to be changed. */
  byte[] numberingStart() {
    return numbering.start();
  }

  /** The numbering part after the list instances; shared, not to be changed. */
  byte[] numberingEnd() {
    return numbering.end();
  }

  /** The namespace declaration each list instance needs, if any; see {@link #documentDeclaration()}. */
  String numberingDeclaration() {
    return numbering.declaration();
  }

  /**
   * The styles part with the language on the document defaults and on every style that names one.
   * Made once for each language (up to a few languages).
   *
   * @param name the part's name
   * @param language a BCP 47 tag
   * @return the part, compressed
   */
  Packaging.Entry styles(String name, String language) {
    Packaging.Entry entry = stylesByLanguage.get(language);
    if (entry != null) {
      return entry;
    }
    entry = Packaging.Entry.of(name, stylesWithLanguage(language));
    if (stylesByLanguage.size() < STYLES_KEPT) {
      Packaging.Entry earlier = stylesByLanguage.putIfAbsent(language, entry);
      return earlier == null ? entry : earlier;
    }
    return entry;
  }

  private byte[] stylesWithLanguage(String language) {
    try {
      CTStyles ct = StylesDocument.Factory.parse(new ByteArrayInputStream(stylesXml),
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
      options.setSaveSyntheticDocumentElement(new QName(W, "styles"));
      ByteArrayOutputStream out = new ByteArrayOutputStream(stylesXml.length + 256);
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
    return abstractNumId;
  }

  /**
   * The id of the list instance ratsinfo's "List Number" style refers to; each document's lists get the
   * ids after it.
   *
   * @return the id
   */
  public BigInteger baseNumId() {
    return baseNumId;
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
