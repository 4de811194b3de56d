package org.ratsinfo.render.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Writes a package so that the same content gives the same bytes: a plain ZIP file whose entries are
 * in a fixed order ({@code [Content_Types].xml}, {@code _rels/.rels}, then by name), every entry
 * deflated and dated with the same instant, as a plain DOS time in UTC (no extended timestamps, which
 * would carry the time zone or the file system's clock). Parts that are the same for every document
 * are compressed once, when the package is prepared ({@link Entry}), and copied into each file as they
 * are; only the parts made for a document are compressed when it is written ({@link Writer}).
 */
final class Packaging {

  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String ROOT_RELS = "_rels/.rels";
  /** The earliest and latest times a zip entry's DOS time can hold. */
  private static final LocalDateTime DOS_FIRST = LocalDateTime.of(1980, 1, 1, 0, 0, 0);
  private static final LocalDateTime DOS_LAST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int CENTRAL_HEADER = 0x02014b50;
  private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
  /** Version 2.0: deflate. */
  private static final int VERSION = 20;
  /** General purpose flag: the name is in UTF-8. */
  private static final int UTF8_NAMES = 0x0800;
  private static final int DEFLATED = 8;
  private static final int MAX_ENTRIES = 0xFFFF;

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

  /** An entry compressed once: its name, checksum, sizes and deflated bytes. Immutable. */
  static final class Entry {
    private final byte[] name;
    private final int crc;
    private final int size;
    private final byte[] deflated;

    private Entry(byte[] name, int crc, int size, byte[] deflated) {
      this.name = name;
      this.crc = crc;
      this.size = size;
      this.deflated = deflated;
    }

    /**
     * An entry.
     *
     * @param name the entry's name
     * @param content its bytes
     * @return the entry, compressed
     */
    static Entry of(String name, byte[] content) {
      Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
      try {
        Writer buffer = new Writer(content.length / 2 + 64, deflater);
        int start = buffer.size;
        buffer.deflate(content, content.length);
        return new Entry(name.getBytes(StandardCharsets.UTF_8), crc(content, content.length), content.length,
            Arrays.copyOfRange(buffer.bytes, start, buffer.size));
      } finally {
        deflater.end();
      }
    }

    int compressedSize() {
      return deflated.length;
    }
  }

  static int crc(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }

  /**
   * Writes one ZIP file into memory: entries in the order they are given, then the central directory.
   * Not thread-safe; one per file.
   */
  static final class Writer {
    private final Deflater deflater;
    private byte[] bytes;
    private int size;
    /** Per entry: its local header's offset, name, checksum, sizes. */
    private int[] offsets = new int[32];
    private byte[][] names = new byte[32][];
    private int[] crcs = new int[32];
    private int[] sizes = new int[32];
    private int[] compressedSizes = new int[32];
    private int count;
    private int dosTime;
    private int dosDate;

    /**
     * A writer.
     *
     * @param capacity the expected size of the file
     * @param deflater the deflater for the entries made for this file ({@code nowrap}); the caller ends it
     */
    Writer(int capacity, Deflater deflater) {
      this.bytes = new byte[Math.max(capacity, 256)];
      this.deflater = deflater;
    }

    /**
     * The time every entry is dated with: the instant in UTC, within what a DOS time can hold, to the
     * even second below.
     *
     * @param time the instant
     */
    void time(Instant time) {
      LocalDateTime local = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
      if (local.isBefore(DOS_FIRST)) {
        local = DOS_FIRST;
      } else if (local.isAfter(DOS_LAST)) {
        local = DOS_LAST;
      }
      dosDate = (local.getYear() - 1980) << 9 | local.getMonthValue() << 5 | local.getDayOfMonth();
      dosTime = local.getHour() << 11 | local.getMinute() << 5 | local.getSecond() >> 1;
    }

    /**
     * An entry compressed before.
     *
     * @param entry the entry
     */
    void add(Entry entry) {
      localHeader(entry.name, entry.crc, entry.size, entry.deflated.length);
      ensure(entry.deflated.length);
      System.arraycopy(entry.deflated, 0, bytes, size, entry.deflated.length);
      size += entry.deflated.length;
    }

    /**
     * An entry made for this file, compressed now.
     *
     * @param name the entry's name
     * @param content the bytes, up to {@code length}
     * @param length how many of them
     */
    void add(String name, byte[] content, int length) {
      int header = size;
      localHeader(name.getBytes(StandardCharsets.UTF_8), crc(content, length), length, 0);
      int start = size;
      deflate(content, length);
      int compressed = size - start;
      compressedSizes[count - 1] = compressed;
      putInt(bytes, header + 18, compressed);
    }

    private void deflate(byte[] content, int length) {
      deflater.reset();
      deflater.setInput(content, 0, length);
      deflater.finish();
      // Word's XML deflates to a fifth or less; room for more is made as it is needed.
      ensure((length >> 2) + 256);
      while (true) {
        size += deflater.deflate(bytes, size, bytes.length - size);
        if (deflater.finished()) {
          return;
        }
        ensure(Math.max(1024, length >> 2));
      }
    }

    private void localHeader(byte[] name, int crc, int uncompressed, int compressed) {
      if (count == MAX_ENTRIES) {
        throw new IllegalStateException("more than " + MAX_ENTRIES + " parts in the package");
      }
      if (count == offsets.length) {
        int n = count * 2;
        offsets = Arrays.copyOf(offsets, n);
        names = Arrays.copyOf(names, n);
        crcs = Arrays.copyOf(crcs, n);
        sizes = Arrays.copyOf(sizes, n);
        compressedSizes = Arrays.copyOf(compressedSizes, n);
      }
      offsets[count] = size;
      names[count] = name;
      crcs[count] = crc;
      sizes[count] = uncompressed;
      compressedSizes[count] = compressed;
      count++;
      ensure(30 + name.length);
      byte[] b = bytes;
      int at = size;
      putInt(b, at, LOCAL_HEADER);
      putShort(b, at + 4, VERSION);
      putShort(b, at + 6, UTF8_NAMES);
      putShort(b, at + 8, DEFLATED);
      putShort(b, at + 10, dosTime);
      putShort(b, at + 12, dosDate);
      putInt(b, at + 14, crc);
      putInt(b, at + 18, compressed);
      putInt(b, at + 22, uncompressed);
      putShort(b, at + 26, name.length);
      putShort(b, at + 28, 0);
      System.arraycopy(name, 0, b, at + 30, name.length);
      size = at + 30 + name.length;
    }

    /**
     * Writes the central directory and returns the file.
     *
     * @return the bytes of the ZIP file
     */
    byte[] finish() {
      int directory = size;
      for (int i = 0; i < count; i++) {
        byte[] name = names[i];
        ensure(46 + name.length);
        byte[] b = bytes;
        int at = size;
        putInt(b, at, CENTRAL_HEADER);
        putShort(b, at + 4, VERSION);
        putShort(b, at + 6, VERSION);
        putShort(b, at + 8, UTF8_NAMES);
        putShort(b, at + 10, DEFLATED);
        putShort(b, at + 12, dosTime);
        putShort(b, at + 14, dosDate);
        putInt(b, at + 16, crcs[i]);
        putInt(b, at + 20, compressedSizes[i]);
        putInt(b, at + 24, sizes[i]);
        putShort(b, at + 28, name.length);
        putShort(b, at + 30, 0); // extra field
        putShort(b, at + 32, 0); // comment
        putShort(b, at + 34, 0); // disk
        putShort(b, at + 36, 0); // internal attributes
        putInt(b, at + 38, 0); // external attributes
        putInt(b, at + 42, offsets[i]);
        System.arraycopy(name, 0, b, at + 46, name.length);
        size = at + 46 + name.length;
      }
      ensure(22);
      byte[] b = bytes;
      int at = size;
      putInt(b, at, END_OF_CENTRAL_DIRECTORY);
      putShort(b, at + 4, 0);
      putShort(b, at + 6, 0);
      putShort(b, at + 8, count);
      putShort(b, at + 10, count);
      putInt(b, at + 12, at - directory);
      putInt(b, at + 16, directory);
      putShort(b, at + 20, 0);
      size = at + 22;
      return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }
  }

  private static void putShort(byte[] b, int at, int value) {
    b[at] = (byte) value;
    b[at + 1] = (byte) (value >>> 8);
  }

  private static void putInt(byte[] b, int at, int value) {
    b[at] = (byte) value;
    b[at + 1] = (byte) (value >>> 8);
    b[at + 2] = (byte) (value >>> 16);
    b[at + 3] = (byte) (value >>> 24);
  }
}
