package org.ratsinfo.render.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.deflate.DeflateCompressorOutputStream;
import org.apache.commons.compress.compressors.deflate.DeflateParameters;

/**
 * Writes a package so that the same content gives the same bytes, with Apache Commons Compress (which
 * POI writes its packages with too): a plain ZIP file whose entries are in a fixed order ({@code
 * [Content_Types].xml}, {@code _rels/.rels}, then by name), every entry deflated and dated with the
 * same instant, as a plain DOS time in UTC (no extended timestamps, which would carry the time zone or
 * the file system's clock). Parts that are the same for every document are compressed once, when the
 * package is prepared ({@link Entry}), and copied into each file as they are ({@link
 * ZipArchiveOutputStream#addRawArchiveEntry}); only the parts made for a document are compressed when
 * it is written ({@link Writer}).
 */
final class Packaging {

  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String ROOT_RELS = "_rels/.rels";
  /**
   * The earliest and latest times an entry is dated with. A DOS time holds 1980 to 2107, but Commons
   * Compress dates an entry after about November 2097 (128 years of 365 days after 1970) with extended
   * timestamps as well, whose instant depends on the time zone: the last time stays well before.
   */
  private static final LocalDateTime DOS_FIRST = LocalDateTime.of(1980, 1, 1, 0, 0, 0);
  private static final LocalDateTime DOS_LAST = LocalDateTime.of(2097, 10, 31, 23, 59, 58);

  /** The order of a package's entries. */
  static final Comparator<String> ORDER =
      Comparator.comparingInt(Packaging::rank).thenComparing(Comparator.naturalOrder());

  private Packaging() {}

  private static int rank(String name) {
    return name.equals(CONTENT_TYPES) ? 0 : name.equals(ROOT_RELS) ? 1 : 2;
  }

  /**
   * The entries of a ZIP file, by name, in the file's order; directories are left out.
   *
   * @param zip the bytes of the file
   * @return the entries' contents
   * @throws IOException if the file cannot be read
   */
  static Map<String, byte[]> read(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (!entry.isDirectory()) {
          entries.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    return entries;
  }

  /** An entry compressed once: its name, checksum, size and deflated bytes. Immutable. */
  static final class Entry {
    private final String name;
    private final long crc;
    private final int size;
    private final byte[] deflated;

    private Entry(String name, long crc, int size, byte[] deflated) {
      this.name = name;
      this.crc = crc;
      this.size = size;
      this.deflated = deflated;
    }

    /**
     * An entry, deflated at the default level.
     *
     * @param name the entry's name
     * @param content its bytes
     * @return the entry, compressed
     */
    static Entry of(String name, byte[] content) {
      DeflateParameters raw = new DeflateParameters();
      raw.setWithZlibHeader(false); // a ZIP entry's data is raw deflate
      ByteArrayOutputStream deflated = new ByteArrayOutputStream(content.length / 4 + 64);
      try (DeflateCompressorOutputStream out = new DeflateCompressorOutputStream(deflated, raw)) {
        out.write(content);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // in memory: does not happen
      }
      CRC32 crc = new CRC32();
      crc.update(content);
      return new Entry(name, crc.getValue(), content.length, deflated.toByteArray());
    }

    int compressedSize() {
      return deflated.length;
    }
  }

  /**
   * Writes one ZIP file into memory: entries in the order they are given, then the central directory.
   * Not thread-safe; one per file, closed after use.
   */
  static final class Writer implements AutoCloseable {
    private final ByteArrayOutputStream bytes;
    private final ZipArchiveOutputStream zip;
    private long time;

    /**
     * A writer.
     *
     * @param capacity the expected size of the file
     * @param level how hard the entries made for this file are deflated (0 to 9)
     */
    Writer(int capacity, int level) {
      this.bytes = new ByteArrayOutputStream(Math.max(capacity, 256));
      this.zip = new ZipArchiveOutputStream(bytes);
      zip.setLevel(level);
    }

    /**
     * The time every entry is dated with: the instant in UTC, within what a DOS time can hold, to the
     * even second below. Commons Compress writes a DOS time in the JVM's time zone, so it is given the
     * instant at which that zone shows the time in UTC. (In the hour a zone skips when its summer time
     * starts there is no such instant; a file made in it is dated an hour later.)
     *
     * @param instant the instant
     */
    @SuppressForbidden("Commons Compress writes an entry's time in the JVM's zone: it is handed the"
        + " instant at which that zone shows the UTC time, so that every zone writes the same bytes")
    void time(Instant instant) {
      LocalDateTime local = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
      if (local.isBefore(DOS_FIRST)) {
        local = DOS_FIRST;
      } else if (local.isAfter(DOS_LAST)) {
        local = DOS_LAST;
      }
      time = local.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    /**
     * An entry compressed before, copied as it is.
     *
     * @param entry the entry
     */
    void add(Entry entry) {
      ZipArchiveEntry header = header(entry.name);
      header.setCrc(entry.crc);
      header.setSize(entry.size);
      header.setCompressedSize(entry.deflated.length);
      try {
        zip.addRawArchiveEntry(header, new ByteArrayInputStream(entry.deflated));
      } catch (IOException e) {
        throw new UncheckedIOException(e); // in memory: does not happen
      }
    }

    /**
     * An entry made for this file, compressed now.
     *
     * @param name the entry's name
     * @param content the bytes, up to {@code length}
     * @param length how many of them
     */
    void add(String name, byte[] content, int length) {
      try {
        zip.putArchiveEntry(header(name));
        zip.write(content, 0, length);
        zip.closeArchiveEntry();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // in memory: does not happen
      }
    }

    private ZipArchiveEntry header(String name) {
      ZipArchiveEntry header = new ZipArchiveEntry(name);
      header.setMethod(ZipArchiveEntry.DEFLATED);
      header.setTime(time);
      return header;
    }

    /**
     * Writes the central directory and returns the file.
     *
     * @return the bytes of the ZIP file
     */
    byte[] finish() {
      try {
        zip.finish();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // in memory: does not happen
      }
      return bytes.toByteArray();
    }

    /** Frees the deflater, finished or not. */
    @Override
    public void close() {
      try {
        zip.close();
      } catch (IOException e) {
        // Only an unfinished file: whatever failed before is what the caller reports.
      }
    }
  }
}
