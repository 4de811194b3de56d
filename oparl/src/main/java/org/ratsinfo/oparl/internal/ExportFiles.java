package org.ratsinfo.oparl.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.WebAddresses;
import org.ratsinfo.model.File;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes files as the OParl {@code File} objects embedded where they are named ({@code mainFile},
 * {@code auxiliaryFile}, {@code resolutionFile}, {@code invitation}, {@code resultsProtocol}): {@code
 * name}, {@code fileName}, {@code mimeType}, {@code size}, {@code date}, {@code accessUrl}. A file that
 * is not public is left out (OParl is public data), and so is one without an access URL, which OParl
 * requires of every file, or with one that is no absolute https or http URL (the model's validation
 * refuses such an address; the export does not rely on it). Not thread-safe; one per export.
 */
final class ExportFiles {

  private final ExportNodes nodes;

  ExportFiles(ExportNodes nodes) {
    this.nodes = nodes;
  }

  /** Whether a file is written: public, with an address that may be a link (never another scheme). */
  static boolean isWritten(@Nullable File file) {
    return file != null && file.visibility().isPublic() && WebAddresses.parse(file.accessUrl()) != null;
  }

  /** Writes one file into a property, where it is written. */
  void one(ObjectNode owner, String field, @Nullable File file) {
    if (isWritten(file)) {
      owner.set(field, file(file));
    }
  }

  /** Writes files into a list property, where any is written. */
  void list(ObjectNode owner, String field, List<File> files) {
    if (files.stream().noneMatch(ExportFiles::isWritten)) {
      return;
    }
    ArrayNode array = owner.putArray(field);
    for (File file : files) {
      if (isWritten(file)) {
        array.add(file(file));
      }
    }
  }

  private ObjectNode file(File file) {
    String slug = ExportIds.slug(file.fileName() != null ? file.fileName() : file.name());
    ObjectNode f = nodes.object("File", nodes.ids.of("file", slug, file.withId(null)));
    f.put("name", file.name());
    ExportNodes.put(f, "fileName", file.fileName());
    ExportNodes.put(f, "mimeType", file.mimeType());
    if (file.date() != null) {
      f.put("date", file.date().toString());
    }
    if (file.size() != null) {
      f.put("size", file.size().longValue());
    }
    f.put("accessUrl", file.accessUrl());
    nodes.stamp(f);
    return f;
  }
}
