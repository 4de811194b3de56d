package org.ratsinfo.oparl.internal;

import static org.ratsinfo.oparl.internal.Warnings.key;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.oparl.OParlIssue;
import tools.jackson.databind.JsonNode;

/**
 * Reads OParl {@code File}s into the model: {@code name}, {@code fileName}, {@code mimeType} (a file
 * extension read as its type), {@code size}, {@code date} and {@code accessUrl}, the last only where it
 * may be a link (an absolute https or http URL; {@link Files#check} has reported any other while
 * indexing). A file is an object embedded where it is named or a URL resolved like any reference. OParl
 * gives a file no visibility of its own: it takes its owner's. Not thread-safe.
 */
final class FileReader {

  private static final Pattern MIME_TYPE = Pattern.compile(File.MIME_TYPE_PATTERN);

  private final References references;
  private final Values values;
  private final Warnings warnings;

  FileReader(References references, Values values, Warnings warnings) {
    this.references = references;
    this.values = values;
    this.warnings = warnings;
  }

  /** The file a property names ({@code mainFile}, {@code resolutionFile}, {@code invitation}), or null. */
  @Nullable File one(Node owner, String field, Visibility visibility) throws IOException {
    Node f = references.resolveRef(owner, field);
    return f == null ? null : file(owner, field, f, visibility);
  }

  /** The files a list property names ({@code auxiliaryFile}), in order. */
  List<File> list(Node owner, String field, Visibility visibility) throws IOException {
    List<File> files = new ArrayList<>();
    for (Node f : references.resolveList(owner, field)) {
      File file = file(owner, field, f, visibility);
      if (file != null) {
        files.add(file);
      }
    }
    return files;
  }

  private @Nullable File file(Node owner, String field, Node f, Visibility visibility) {
    if (!f.type().equals("File")) {
      warnings.warn(owner.name(), field, OParlIssue.CONTRADICTION, key("contradiction.type.File"));
      return null;
    }
    String accessUrl = Files.linkable(f.json());
    String fileName = values.string(f, "fileName");
    String name = values.string(f, "name");
    if (name == null) {
      name = fileName != null ? fileName
          : Values.lastSegment(accessUrl != null ? accessUrl : f.name());
      warnings.warn(f.name(), "name", OParlIssue.MISSING_FOR_MODEL, "name", Messages.quote(name));
    }
    return new File(f.id(), name, fileName, mimeType(f), size(f), values.date(f, "date"), accessUrl,
        visibility);
  }

  /** The media type: as given where it is one, a file extension's type, else none (reported). */
  private @Nullable String mimeType(Node f) {
    String value = values.string(f, "mimeType");
    if (value == null) {
      return null;
    }
    String type = value.indexOf('/') < 0 ? Vocabulary.mimeTypeOfExtension(value) : value.strip();
    if (type != null && MIME_TYPE.matcher(type).matches()) {
      return type;
    }
    if (value.indexOf('/') >= 0) { // one without a slash was reported while indexing
      warnings.warn(f.name(), "mimeType", OParlIssue.INVALID_VALUE, Messages.quote(value), "type/subtype");
    }
    return null;
  }

  /** The size in bytes; what is no whole number of 0 or more was reported by the schema check. */
  private static @Nullable Long size(Node f) {
    JsonNode size = f.json().get("size");
    if (size == null) {
      return null;
    }
    if (size.isIntegralNumber() && size.canConvertToLong() && size.longValue() >= 0) {
      return size.longValue();
    }
    if (size.isString() && size.stringValue().strip().matches("\\d{1,18}")) {
      return Long.parseLong(size.stringValue().strip());
    }
    return null;
  }
}
