package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.ratsinfo.testing.LocaleSensitive;

/**
 * Templates made to exhaust memory are refused when the renderer is built, with a message that says
 * which part was too large and which limit it broke, in the renderer's words: never Apache POI's
 * (which blames the format and advises calling {@code IOUtils.setByteArrayMaxOverride()}).
 */
class TemplateLimitsTest {

  private static final int MIB = 1024 * 1024;

  /** Builds a renderer from the template and returns the message it is refused with. */
  private static String refusal(byte[] template) {
    DocxRenderer.Builder builder = DocxRenderer.builder().template(template);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    String message = e.getMessage();
    for (String foreign : new String[] {"IOUtils", "setByteArrayMaxOverride", "ZipSecureFile", "bugzilla",
        "Zip bomb detected", "not a DOCX", "record type"}) {
      assertFalse(message.contains(foreign), message);
    }
    return message;
  }

  /** The template with its entries, and more, in a ZIP file; stored or deflated. */
  private static byte[] zip(Map<String, byte[]> entries, boolean stored) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        if (stored) {
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(e.getValue().length);
          CRC32 crc = new CRC32();
          crc.update(e.getValue());
          entry.setCrc(crc.getValue());
        }
        out.putNextEntry(entry);
        out.write(e.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static Map<String, byte[]> template() {
    return new java.util.LinkedHashMap<>(Docx.unzipped(Templates.make(true, false, true)));
  }

  /** The main part padded with whitespace, which XML allows between elements. */
  private static byte[] padded(int spaces) {
    String xml = new String(template().get("word/document.xml"), StandardCharsets.UTF_8);
    int at = xml.indexOf("<w:body>");
    return (xml.substring(0, at) + " ".repeat(spaces) + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
  }

  /** Hexadecimal digits that deflate to about half: a part that is large, not a bomb. */
  private static byte[] noise(int bytes, long seed) {
    Random random = new Random(seed);
    byte[] b = new byte[bytes];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) "0123456789abcdef".charAt(random.nextInt(16));
    }
    return b;
  }

  /** The bomb: 20 MB of spaces in the main part deflate to about 20 KB. */
  @Test
  void aPartThatExpandsTooMuchIsRefusedByName() {
    Map<String, byte[]> entries = template();
    entries.put("word/document.xml", padded(20 * 1000 * 1000));
    byte[] bomb = zip(entries, false);
    assertTrue(bomb.length < 1024 * 1024, "a bomb: " + bomb.length + " bytes");
    String message = refusal(bomb);
    assertTrue(message.startsWith("the template's part \"word/document.xml\" is too large for its size in the"
        + " file: it expands more than 100 times"), message);
    assertTrue(message.contains("against ZIP bombs"), message);
  }

  /**
   * What POI refused with its advice to call {@code IOUtils.setByteArrayMaxOverride()}: a part of
   * 150 MB that deflates only 30 times.
   */
  @Test
  void aLargePartIsRefusedByNameWithTheLimit() {
    Map<String, byte[]> entries = template();
    byte[] xml = padded(0);
    byte[] large = new byte[150 * 1000 * 1000];
    java.util.Arrays.fill(large, (byte) ' ');
    byte[] digits = noise(large.length / 40, 1);
    for (int i = 0; i < digits.length; i++) {
      large[i * 40] = digits[i];
    }
    entries.put("word/media/image9.png", large);
    entries.put("word/document.xml", xml);
    String message = refusal(zip(entries, false));
    assertTrue(message.equals("the template's part \"word/media/image9.png\" is too large: it expands to more than"
        + " 32 MiB (the limit for a part of a template)"), message);
  }

  @Test
  void partsThatAreTooLargeTogetherAreRefusedWithTheLimit() {
    Map<String, byte[]> entries = template();
    for (int i = 1; i <= 3; i++) {
      byte[] photo = new byte[30 * MIB];
      java.util.Arrays.fill(photo, (byte) i);
      entries.put("word/media/foto" + i + ".png", photo);
    }
    String message = refusal(zip(entries, true)); // stored, as photos would be
    assertTrue(message.equals("the template is too large: its parts expand to more than 64 MiB together (the"
        + " limit for a template), reached at the part \"word/media/foto3.png\""), message);
  }

  @Test
  void tooManyPartsAreRefusedWithTheLimit() {
    Map<String, byte[]> entries = template();
    for (int i = 0; i < 1000; i++) {
      entries.put("customXml/item" + i + ".xml", new byte[] {'<', 'a', '/', '>'});
    }
    String message = refusal(zip(entries, false));
    assertTrue(message.equals("the template has more than 1000 parts (the limit for a template)"), message);
  }

  /** Two entries for one part name (which compares without case): a reader could take either. */
  @Test
  void aPartTwiceIsRefused() {
    Map<String, byte[]> entries = template();
    entries.put("word/Document.xml", padded(0));
    String message = refusal(zip(entries, false));
    assertTrue(message.startsWith("the template has the part \"word/Document.xml\" twice (as \"word/document.xml\""),
        message);
  }

  /** Elements nested 100,000 deep (2.9 MB), which would take a recursive reader's stack. */
  @Test
  @LocaleSensitive // the refusal is recognised in the JDK parser's message, in the default language
  void aPartNestedTooDeeplyIsRefusedWithTheLimit() {
    Map<String, byte[]> entries = template();
    String xml = new String(padded(0), StandardCharsets.UTF_8);
    int at = xml.indexOf("<w:body>") + "<w:body>".length();
    int depth = 100_000;
    entries.put("word/document.xml", (xml.substring(0, at) + "<w:customXml w:element=\"x\">".repeat(depth)
        + "</w:customXml>".repeat(depth) + xml.substring(at)).getBytes(StandardCharsets.UTF_8));
    String message = refusal(zip(entries, true)); // stored: deflated, it would be a bomb
    assertTrue(message.startsWith("the template's part \"word/document.xml\" nests elements more than 1000 deep"
        + " (the limit for a part of a template)"), message);
  }

  /** A template of normal size is accepted: the limits are far above it. */
  @Test
  void aNormalTemplateIsWellWithinTheLimits() {
    byte[] template = Templates.make(true, false, true);
    assertTrue(template.length < 64 * 1024, template.length + " bytes");
    DocxRenderer.builder().template(template).build();
  }
}
