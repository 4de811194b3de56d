package org.ratsinfo.render.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The ZIP file of a template, read within limits before anything else reads it, so that a file made
 * to exhaust memory (a "ZIP bomb") is refused with a message that names the part and the limit. The
 * limits are far above what a corporate template needs (a letterhead with a logo and a few fonts is a
 * few hundred kilobytes) and below those of Apache POI, which would otherwise refuse the file in its
 * own words:
 *
 * <ul>
 *   <li>at most {@value #MAX_PARTS} entries (POI's limit, too);
 *   <li>a part at most {@value #MAX_PART_MIB} MiB when expanded;
 *   <li>all parts together at most {@value #MAX_TOTAL_MIB} MiB when expanded;
 *   <li>a part larger than {@value #GRACE_KIB} KiB expanded at most {@value #MAX_RATIO} times its
 *       compressed size (POI's limit, too: XML that Word wrote expands about ten times).
 * </ul>
 *
 * <p>Stateless.
 */
final class TemplateArchive {

  static final int MAX_PARTS = 1000;
  static final int MAX_PART_MIB = 32;
  static final int MAX_TOTAL_MIB = 64;
  static final int MAX_RATIO = 100;
  static final int GRACE_KIB = 100;

  private static final long MIB = 1024 * 1024;
  private static final long MAX_PART = MAX_PART_MIB * MIB;
  private static final long MAX_TOTAL = MAX_TOTAL_MIB * MIB;
  private static final long GRACE = GRACE_KIB * 1024L;
  /** How much the ZIP stream may read of the file before it starts on an entry. */
  private static final int READ_AHEAD = 512;

  private TemplateArchive() {}

  /**
   * The entries of a template's ZIP file, by name, in the file's order; directories are left out.
   *
   * @param zip the template's bytes
   * @return the entries' contents
   * @throws IllegalArgumentException if the bytes are not a ZIP file, name an entry twice or exceed a
   *     limit; the message says which part and which limit
   */
  static Map<String, byte[]> read(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    Map<String, String> byKey = new HashMap<>();
    long total = 0;
    ByteArrayInputStream source = new ByteArrayInputStream(zip);
    try (ZipInputStream in = new ZipInputStream(source)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.isDirectory()) {
          continue;
        }
        String name = entry.getName();
        if (entries.size() == MAX_PARTS) {
          throw new IllegalArgumentException("the template has more than " + MAX_PARTS
              + " parts (the limit for a template)");
        }
        // Part names are compared without regard to case (ISO/IEC 29500-2, 8.1.1.1.4).
        String earlier = byKey.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        if (earlier != null) {
          throw new IllegalArgumentException("the template has the part \"" + name + "\" twice"
              + (earlier.equals(name) ? "" : " (as \"" + earlier + "\" too)")
              + "; a reader could take either");
        }
        byte[] content = readPart(in, name, source, MAX_TOTAL - total);
        checkRatio(name, content.length, entry.getCompressedSize());
        total += content.length;
        entries.put(name, content);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("the template is not a DOCX or DOTX file: it is not a readable"
          + " ZIP file (" + e.getMessage() + ")", e);
    }
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("the template is not a DOCX or DOTX file: it is not a ZIP file"
          + " (a Word file is a ZIP package of XML parts)");
    }
    return entries;
  }

  /**
   * Reads one entry, refusing it as soon as it exceeds a limit. How many compressed bytes it has taken
   * so far is what the ZIP stream has read of the file since the entry's start, and up to one buffer
   * (512 bytes) it may have read ahead before: the estimate errs on the side of the file.
   */
  private static byte[] readPart(InputStream in, String name, ByteArrayInputStream source, long room)
      throws IOException {
    int unreadAtStart = source.available();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long read = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      read += n;
      if (read > MAX_PART) {
        throw new IllegalArgumentException("the template's part \"" + name + "\" is too large: it expands"
            + " to more than " + MAX_PART_MIB + " MiB (the limit for a part of a template)");
      }
      if (read > room) {
        throw new IllegalArgumentException("the template is too large: its parts expand to more than "
            + MAX_TOTAL_MIB + " MiB together (the limit for a template), reached at the part \"" + name + "\"");
      }
      checkRatio(name, read, unreadAtStart - source.available() + READ_AHEAD);
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static void checkRatio(String name, long expanded, long compressed) {
    if (expanded > GRACE && compressed >= 0 && expanded > MAX_RATIO * Math.max(compressed, 1)) {
      throw new IllegalArgumentException("the template's part \"" + name + "\" is too large for its size in"
          + " the file: it expands more than " + MAX_RATIO + " times, " + size(compressed) + " to more than "
          + size(expanded) + " (the limit for a part of a template, against ZIP bombs)");
    }
  }

  private static String size(long bytes) {
    return bytes < 10 * 1024 ? bytes + " bytes"
        : bytes < 10 * MIB ? (bytes / 1024) + " KiB"
        : (bytes / MIB) + " MiB";
  }

  /**
   * A ZIP file of the entries, stored without compression: for POI to read again what was read here,
   * so that its own limits, which count compressed bytes, are not the ones that apply.
   *
   * @param entries the entries, in the order to write them
   * @return the bytes of the ZIP file
   */
  static byte[] stored(Map<String, byte[]> entries) {
    long size = 22;
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      size += e.getValue().length + 2L * e.getKey().length() + 128;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(size, Integer.MAX_VALUE - 8));
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        byte[] content = e.getValue();
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        out.putNextEntry(entry);
        out.write(content);
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a ZIP file into memory", e);
    }
    return bytes.toByteArray();
  }
}
