package org.ratsinfo.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.WebAddress;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * A file (Datei): a paper's text or attachment (Anlage), an agenda item's attachment or resolution,
 * a meeting's invitation or results protocol. OParl: {@code File}. ratsinfo never fetches a file: it
 * lists it and links to its address.
 *
 * @param id an identifier of the source system, e.g. an OParl URL; optional
 * @param name the name as shown, e.g. "Anlage 1: Lageplan"; OParl: {@code name}
 * @param fileName the file's name, e.g. "lageplan.pdf"; optional
 * @param mimeType the media type, e.g. "application/pdf"; optional
 * @param size the size in bytes; optional
 * @param date the date of the file; optional
 * @param accessUrl where the file can be read, an absolute https or http address; optional. OParl:
 *     {@code accessUrl}. Documents link the file's name to it unless the integrator gives links of
 *     their own
 * @param visibility whether the file is public; a non-public file is never part of a public document
 */
public record File(
    @Size(max = 500) @XmlText @Nullable String id,
    @NotBlank @Size(max = 500) @XmlText String name,
    @Size(max = 300) @XmlText @Nullable String fileName,
    @Size(max = 200) @Pattern(regexp = MIME_TYPE_PATTERN, message = "{org.ratsinfo.mimeType}")
        @Nullable String mimeType,
    @PositiveOrZero @Nullable Long size,
    @Nullable LocalDate date,
    @Size(max = 2000) @WebAddress @Nullable String accessUrl,
    Visibility visibility) {

  /** Media types: a type and a subtype ("application/pdf"), parameters allowed. */
  public static final String MIME_TYPE_PATTERN = "[\\w.+-]+/[\\w.+-]+(\\s*;.*)?";

  /** Checks that the name and the visibility are present and treats blank optional strings as absent. */
  public File {
    id = Values.optional(id);
    name = Values.required(name, "name");
    fileName = Values.optional(fileName);
    mimeType = Values.optional(mimeType);
    accessUrl = Values.optional(accessUrl);
    Objects.requireNonNull(visibility, "visibility");
  }

  /**
   * A public file with a name and an access URL.
   *
   * @param name the name as shown
   * @param accessUrl the address, or {@code null}
   * @return the file
   */
  public static File of(String name, @Nullable String accessUrl) {
    return new File(null, name, null, null, null, null, accessUrl, Visibility.PUBLIC);
  }

  /** A copy with the given visibility. */
  public File withVisibility(Visibility visibility) {
    return new File(id, name, fileName, mimeType, size, date, accessUrl, visibility);
  }

  /** A copy with the given media type and size. */
  public File withType(@Nullable String mimeType, @Nullable Long size) {
    return new File(id, name, fileName, mimeType, size, date, accessUrl, visibility);
  }

  /** A copy with the given identifier. */
  public File withId(@Nullable String id) {
    return new File(id, name, fileName, mimeType, size, date, accessUrl, visibility);
  }
}
