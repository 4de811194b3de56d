package org.ratsinfo.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Corporate templates made in the test, as a city's would be: a German Word's style ids ("Standard",
 * "berschrift1"), Georgia in dark red for headings, wide margins, a logo in the page header, no footer.
 */
final class Templates {

  static final String TEMPLATE_MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
  static final String DOCUMENT_MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

  /** The template's margins: left 3 cm, right 2.5 cm, top 5 cm (room for a letterhead). */
  static final int LEFT = 1701;
  static final int RIGHT = 1418;
  static final int TOP = 2835;
  static final int TEXT_WIDTH = 11906 - LEFT - RIGHT;

  static final String HEADER_TEXT = "Stadt Musterstadt – Der Oberbürgermeister";
  static final String BODY_TEXT = "Dieser Text der Vorlage wird durch den Auszug ersetzt.";
  static final String ABOVE = "Fachbereich 11 – Rat und Bezirksvertretungen";
  static final String BELOW = "Mit freundlichen Grüßen";

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private Templates() {}

  private static String styles(boolean withHeading1) {
    return "<w:styles xmlns:w=\"" + W + "\">"
        + "<w:docDefaults><w:rPrDefault><w:rPr>"
        + "<w:rFonts w:ascii=\"Georgia\" w:hAnsi=\"Georgia\" w:cs=\"Georgia\"/>"
        + "<w:sz w:val=\"21\"/><w:lang w:val=\"en-US\"/></w:rPr></w:rPrDefault>"
        + "<w:pPrDefault><w:pPr><w:spacing w:after=\"160\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Standard\"><w:name w:val=\"Normal\"/>"
        + "<w:qFormat/></w:style>"
        + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"Absatz-Standardschriftart\">"
        + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
        + (withHeading1
            ? "<w:style w:type=\"paragraph\" w:styleId=\"berschrift1\"><w:name w:val=\"heading 1\"/>"
                + "<w:basedOn w:val=\"Standard\"/><w:next w:val=\"Standard\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:spacing w:before=\"480\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/></w:pPr>"
                + "<w:rPr><w:rFonts w:ascii=\"Georgia\" w:hAnsi=\"Georgia\"/><w:color w:val=\"C00000\"/>"
                + "<w:sz w:val=\"36\"/></w:rPr></w:style>"
            : "")
        + "</w:styles>";
  }

  /**
   * A template.
   *
   * @param dotx whether to make it a {@code .dotx} (else a {@code .docx})
   * @param placeholder whether its body has the placeholder between two paragraphs of its own
   * @param withHeading1 whether it has the style "heading 1"
   */
  static byte[] make(boolean dotx, boolean placeholder, boolean withHeading1) {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createStyles().setStyles(StylesDocument.Factory.parse(styles(withHeading1)).getStyles());
      CTSectPr sectPr = doc.getDocument().getBody().addNewSectPr();
      sectPr.addNewPgSz().setW(BigInteger.valueOf(11906));
      sectPr.getPgSz().setH(BigInteger.valueOf(16838));
      CTPageMar margins = sectPr.addNewPgMar();
      margins.setTop(BigInteger.valueOf(TOP));
      margins.setBottom(BigInteger.valueOf(1134));
      margins.setLeft(BigInteger.valueOf(LEFT));
      margins.setRight(BigInteger.valueOf(RIGHT));
      margins.setHeader(BigInteger.valueOf(709));
      margins.setFooter(BigInteger.valueOf(709));
      XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
      XWPFParagraph p = header.createParagraph();
      XWPFRun logo = p.createRun();
      logo.addPicture(new ByteArrayInputStream(png(96, 32)), org.apache.poi.common.usermodel.PictureType.PNG, "logo.png",
          Units.toEMU(96), Units.toEMU(32));
      XWPFRun text = p.createRun();
      text.addTab();
      text.setText(HEADER_TEXT);
      if (placeholder) {
        doc.createParagraph().createRun().setText(ABOVE);
        doc.createParagraph().createRun().setText(DocxRenderer.TEMPLATE_PLACEHOLDER);
        doc.createParagraph().createRun().setText(BELOW);
      } else {
        doc.createParagraph().createRun().setText(BODY_TEXT);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return dotx ? withMainContentType(out.toByteArray(), TEMPLATE_MAIN) : out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (org.apache.xmlbeans.XmlException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The package with its main part declared as another content type. */
  static byte[] withMainContentType(byte[] docx, String contentType) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("[Content_Types].xml")) {
          content = new String(content, StandardCharsets.UTF_8).replace(DOCUMENT_MAIN, contentType)
              .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The package with WordprocessingML bound to another prefix in its main part. */
  static byte[] withDocumentPrefix(byte[] docx, String prefix) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("word/document.xml")) {
          content = new String(content, StandardCharsets.UTF_8).replace("xmlns:w=", "xmlns:" + prefix + "=")
              .replace("<w:", "<" + prefix + ":").replace("</w:", "</" + prefix + ":")
              .replace(" w:", " " + prefix + ":").getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A PNG of one colour with a darker band: a stand-in logo, made without java.desktop. */
  static byte[] png(int width, int height) {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    for (int y = 0; y < height; y++) {
      raw.write(0); // filter: none
      for (int x = 0; x < width; x++) {
        boolean band = y > height / 3 && y < 2 * height / 3;
        raw.write(band ? 0x80 : 0x1F);
        raw.write(band ? 0x10 : 0x38);
        raw.write(band ? 0x10 : 0x64);
      }
    }
    ByteArrayOutputStream zlib = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflate = new DeflaterOutputStream(zlib)) {
      raw.writeTo(deflate);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
    writeInt(ihdr, width);
    writeInt(ihdr, height);
    ihdr.writeBytes(new byte[] {8, 2, 0, 0, 0}); // 8 bits, RGB
    chunk(png, "IHDR", ihdr.toByteArray());
    chunk(png, "IDAT", zlib.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    writeInt(out, data.length);
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(typeBytes);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    writeInt(out, (int) crc.getValue());
  }

  private static void writeInt(ByteArrayOutputStream out, int value) {
    out.write(value >>> 24);
    out.write(value >>> 16);
    out.write(value >>> 8);
    out.write(value);
  }
}
