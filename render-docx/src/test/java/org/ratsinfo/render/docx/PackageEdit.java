package org.ratsinfo.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A Word package taken apart for a test to add to it: parts as text, relationships, content types;
 * then zipped again. Every insertion fails if the place it names is not there, so that a test cannot
 * silently build a template without what it means to test.
 */
final class PackageEdit {

  static final String OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  static final String MS = "http://schemas.microsoft.com/office/";

  private final Map<String, byte[]> entries;

  PackageEdit(byte[] zip) {
    this.entries = new LinkedHashMap<>(Docx.unzipped(zip));
  }

  String text(String name) {
    byte[] content = entries.get(name);
    if (content == null) {
      throw new IllegalArgumentException("no part " + name + " in " + entries.keySet());
    }
    return new String(content, StandardCharsets.UTF_8);
  }

  PackageEdit put(String name, String text) {
    return put(name, text.getBytes(StandardCharsets.UTF_8));
  }

  PackageEdit put(String name, byte[] content) {
    entries.put(name, content);
    return this;
  }

  /** Inserts XML into a part before the first occurrence of a string. */
  PackageEdit insertBefore(String name, String before, String xml) {
    String text = text(name);
    int at = text.indexOf(before);
    if (at < 0) {
      throw new IllegalArgumentException(name + " has no " + before);
    }
    return put(name, text.substring(0, at) + xml + text.substring(at));
  }

  /** Inserts XML into a part after the first occurrence of a string. */
  PackageEdit insertAfter(String name, String after, String xml) {
    String text = text(name);
    int at = text.indexOf(after);
    if (at < 0) {
      throw new IllegalArgumentException(name + " has no " + after);
    }
    return put(name, text.substring(0, at + after.length()) + xml + text.substring(at + after.length()));
  }

  /** Replaces the first occurrence of a string in a part. */
  PackageEdit replace(String name, String what, String with) {
    String text = text(name);
    int at = text.indexOf(what);
    if (at < 0) {
      throw new IllegalArgumentException(name + " has no " + what);
    }
    return put(name, text.substring(0, at) + with + text.substring(at + what.length()));
  }

  /**
   * Adds a relationship to a part ({@code ""}: the package), making its relationships part if needed.
   *
   * @param external whether to write {@code TargetMode="External"}
   */
  PackageEdit relationship(String source, String id, String type, String target, boolean external) {
    int slash = source.lastIndexOf('/');
    String rels = source.substring(0, slash + 1) + "_rels/" + source.substring(slash + 1) + ".rels";
    if (!entries.containsKey(rels)) {
      put(rels, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships"
          + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>");
    }
    return insertBefore(rels, "</Relationships>", "<Relationship Id=\"" + id + "\" Type=\"" + type
        + "\" Target=\"" + target.replace("&", "&amp;").replace("\"", "&quot;") + "\""
        + (external ? " TargetMode=\"External\"" : "") + "/>");
  }

  /** Declares a part's content type. */
  PackageEdit override(String part, String contentType) {
    return insertBefore("[Content_Types].xml", "</Types>",
        "<Override PartName=\"/" + part + "\" ContentType=\"" + contentType + "\"/>");
  }

  /** Declares the content type of an extension. */
  PackageEdit defaultType(String extension, String contentType) {
    return insertAfter("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">",
        "<Default Extension=\"" + extension + "\" ContentType=\"" + contentType + "\"/>");
  }

  byte[] zip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
