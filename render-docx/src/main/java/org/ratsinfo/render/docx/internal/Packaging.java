package org.ratsinfo.render.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a package so that the same content gives the same bytes: the entries in a fixed order
 * ({@code [Content_Types].xml}, {@code _rels/.rels}, then by name) and every entry dated with the same
 * instant, as a plain DOS time in UTC (no extended timestamps, which would carry the time zone or the
 * file system's clock).
 */
final class Packaging {

  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String ROOT_RELS = "_rels/.rels";
  /** The earliest time a zip entry's DOS time can hold. */
  private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

  private Packaging() {}

  static byte[] normalize(byte[] zip, Instant time) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (!entry.isDirectory()) {
          entries.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    List<String> names = new ArrayList<>(entries.keySet());
    names.sort((a, b) -> Integer.compare(rank(a), rank(b)) != 0
        ? Integer.compare(rank(a), rank(b)) : a.compareTo(b));
    LocalDateTime local = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
    if (local.isBefore(DOS_EPOCH)) {
      local = DOS_EPOCH;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (String name : names) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(local);
        out.putNextEntry(entry);
        out.write(entries.get(name));
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static int rank(String name) {
    return name.equals(CONTENT_TYPES) ? 0 : name.equals(ROOT_RELS) ? 1 : 2;
  }
}
