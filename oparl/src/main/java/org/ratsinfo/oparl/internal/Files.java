package org.ratsinfo.oparl.internal;

import java.util.List;
import org.ratsinfo.oparl.OParlIssue;
import tools.jackson.databind.JsonNode;

/** Checks OParl {@code File} objects for the quirks of real servers. */
final class Files {

  private Files() {}

  /** Reports a file's quirks: a MIME type written as an extension, empty URLs, a missing access URL. */
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
    values.date(f, "date");
  }
}
