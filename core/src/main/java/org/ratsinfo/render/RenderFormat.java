package org.ratsinfo.render;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A format a renderer writes: its identifier, media type and file extension.
 *
 * @param id the identifier used to ask for the format, e.g. {@code html}: lower-case letters, digits
 *     and hyphens
 * @param mediaType the media type, e.g. {@code text/html}
 * @param fileExtension the file extension without a dot, e.g. {@code html}
 */
public record RenderFormat(String id, String mediaType, String fileExtension) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** HTML: {@code html}, {@code text/html}, {@code .html}. */
  public static final RenderFormat HTML = new RenderFormat("html", "text/html", "html");
  /** PDF: {@code pdf}, {@code application/pdf}, {@code .pdf}. */
  public static final RenderFormat PDF = new RenderFormat("pdf", "application/pdf", "pdf");
  /** DOCX: {@code docx}, the Word media type, {@code .docx}. */
  public static final RenderFormat DOCX = new RenderFormat("docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

  /** Checks the values. */
  public RenderFormat {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(fileExtension, "fileExtension");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("format id must be lower-case letters, digits and hyphens: " + id);
    }
    if (mediaType.isBlank() || fileExtension.isBlank() || fileExtension.startsWith(".")) {
      throw new IllegalArgumentException("media type and file extension (without dot) are required");
    }
  }
}
