package org.ratsinfo.oparl.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.WebAddresses;
import org.ratsinfo.oparl.OParlIssue;
import tools.jackson.databind.JsonNode;

/** Checks OParl {@code File} objects for the quirks of real servers. */
final class Files {

  /** The longest access URL kept, as the model's {@code File.accessUrl} allows. */
  static final int MAX_URL_LENGTH = 2000;

  private Files() {}

  /**
   * Reports a file's quirks: a MIME type written as an extension, empty URLs, a missing access URL, an
   * access URL that may never be a link.
   */
  static void check(Node f, Values values, Warnings warnings) {
    String mimeType = values.string(f, "mimeType");
    if (mimeType != null && mimeType.indexOf('/') < 0) {
      String real = Vocabulary.mimeTypeOfExtension(mimeType);
      if (real != null) {
        warnings.warn(f.name(), "mimeType", OParlIssue.MIME_TYPE_AS_EXTENSION, Messages.quote(mimeType),
            real);
      } else {
        warnings.warn(f.name(), "mimeType", OParlIssue.INVALID_VALUE, Messages.quote(mimeType),
            "type/subtype");
      }
    }
    for (String field : List.of("accessUrl", "downloadUrl", "externalServiceUrl")) {
      JsonNode url = f.json().get(field);
      if (url != null && url.isString() && url.stringValue().isBlank()) {
        warnings.warn(f.name(), field, OParlIssue.EMPTY_URL);
      }
    }
    JsonNode access = f.json().get("accessUrl");
    if (access == null || access.isNull()) {
      warnings.warn(f.name(), "accessUrl", OParlIssue.MISSING_PROPERTY, "accessUrl");
    }
    String unlinkable = unlinkable(f.json());
    if (unlinkable != null) {
      warnings.warn(f.name(), "accessUrl", OParlIssue.UNLINKABLE_URL, Messages.quote(unlinkable));
    }
    values.date(f, "date");
  }

  /**
   * A file's {@code accessUrl} where it is given but may never be a link (see {@link WebAddresses}: not
   * an absolute https or http URL with a host, or longer than the model keeps); {@code null} where it
   * may be one, or is absent or blank.
   */
  static @Nullable String unlinkable(JsonNode file) {
    JsonNode access = file.get("accessUrl");
    if (access == null || !access.isString() || access.stringValue().isBlank()) {
      return null;
    }
    String url = access.stringValue();
    return url.length() > MAX_URL_LENGTH || WebAddresses.parse(url) == null ? url : null;
  }

  /** A file's {@code accessUrl} where it may be a link; {@code null} otherwise. */
  static @Nullable String linkable(JsonNode file) {
    JsonNode access = file.get("accessUrl");
    if (access == null || !access.isString() || access.stringValue().isBlank()) {
      return null;
    }
    return unlinkable(file) == null ? access.stringValue() : null;
  }
}
