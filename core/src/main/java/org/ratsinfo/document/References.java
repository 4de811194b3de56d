package org.ratsinfo.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.File;
import org.ratsinfo.model.PaperLink;

/**
 * Lays out the entries of a {@link LinkList}: files (name, type and size, linked to the integrator's
 * or the access URL) and linked papers (kind, reference and title). What is listed at all is the
 * {@link Redaction}'s decision, asked by the callers.
 */
final class References {

  private static final long KIB = 1024;
  private static final long MIB = 1024 * 1024;

  private References() {}

  /** A file's entry, e.g. "Anlage 1: Lageplan (PDF, 1,2 MB)", its name linked where there is a target. */
  static LinkList.Entry file(LayoutContext context, String prefixKey, File file) {
    String prefix = prefixKey.isEmpty() ? "" : context.labels.get(prefixKey);
    String details = details(context, file);
    return new LinkList.Entry(prefix, file.name(), context.link(context.links.file(file)),
        details.isEmpty() ? "" : context.labels.format("file.detail", details), context.dataLanguage);
  }

  /** A linked paper's entry, e.g. "Änderungsantrag zu: 2017/0137 Sachstand …". */
  static LinkList.Entry paper(LayoutContext context, PaperLink link) {
    String text = link.reference() == null ? link.title() : link.reference() + " " + link.title();
    return new LinkList.Entry(context.labels.get("paperLink." + link.kind().name()), text,
        context.link(context.links.paper(link.id(), link.reference())), "", context.dataLanguage);
  }

  /** A section of the given kind holding the entries, or nothing where there are none. */
  static void addSection(LayoutContext context, SectionKind kind, List<LinkList.Entry> entries,
      List<Block> blocks) {
    if (!entries.isEmpty()) {
      blocks.add(context.section(kind, List.of(new LinkList(entries))));
    }
  }

  /** The item's own attachments, then its resolution file, as a section where any is shown. */
  static void addItemFiles(LayoutContext context, Redaction redaction, AgendaItem item,
      List<Block> blocks) {
    List<LinkList.Entry> files = new ArrayList<>();
    for (File file : item.auxiliaryFiles()) {
      if (redaction.shows(file)) {
        files.add(file(context, "", file));
      }
    }
    File resolutionFile = item.resolutionFile();
    if (resolutionFile != null && redaction.shows(resolutionFile)) {
      files.add(file(context, "file.resolutionFile", resolutionFile));
    }
    addSection(context, SectionKind.ATTACHMENTS, files, blocks);
  }

  /** The file's type and size as shown: "PDF, 1,2 MB", "PDF", "850 Bytes", or empty. */
  private static String details(LayoutContext context, File file) {
    String type = typeName(file.mimeType());
    String size = file.size() == null ? null : size(context, file.size());
    if (type == null) {
      return size == null ? "" : size;
    }
    return size == null ? type : type + ", " + size;
  }

  private static @Nullable String typeName(@Nullable String mimeType) {
    if (mimeType == null) {
      return null;
    }
    int semicolon = mimeType.indexOf(';');
    String type = (semicolon < 0 ? mimeType : mimeType.substring(0, semicolon)).trim()
        .toLowerCase(Locale.ROOT);
    switch (type) {
      case "application/pdf":
        return "PDF";
      case "application/msword":
        return "DOC";
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
        return "DOCX";
      case "application/vnd.ms-excel":
        return "XLS";
      case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
        return "XLSX";
      case "application/vnd.oasis.opendocument.text":
        return "ODT";
      case "application/zip":
        return "ZIP";
      case "text/plain":
        return "TXT";
      case "text/html":
        return "HTML";
      case "image/png":
        return "PNG";
      case "image/jpeg":
        return "JPEG";
      default:
        // An unknown type is not shown rather than guessed: the name usually says what it is.
        return null;
    }
  }

  /** A size in the labels' language: bytes below 1 KB, else KB or MB with one decimal. */
  private static String size(LayoutContext context, long bytes) {
    Locale locale = context.labels.locale();
    if (bytes < KIB) {
      return context.labels.format("file.bytes", bytes);
    }
    if (bytes < MIB) {
      return context.labels.format("file.kilobytes", String.format(locale, "%.0f", bytes / (double) KIB));
    }
    return context.labels.format("file.megabytes", String.format(locale, "%.1f", bytes / (double) MIB));
  }
}
