package org.ratsinfo.document;

import java.util.List;
import java.util.Objects;

/**
 * What a document says about itself: the metadata of a PDF, the core properties of a DOCX, the
 * {@code <head>} of an HTML page. Redacted like the document: a public excerpt's metadata holds nothing
 * non-public.
 *
 * @param title the title, as shown in a window's title bar
 * @param subject the subject: the agenda item's title
 * @param author who the document is by: the body, e.g. "Stadt Herne"
 * @param keywords keywords: the paper's reference and type, the committee, the meeting's date
 * @param language the language as a BCP 47 tag, e.g. "de-DE" or "en"
 */
public record DocumentInfo(
    String title, String subject, String author, List<String> keywords, String language) {

  /** Checks that every value is present and copies the keywords. */
  public DocumentInfo {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(author, "author");
    keywords = List.copyOf(keywords);
    Objects.requireNonNull(language, "language");
  }
}
