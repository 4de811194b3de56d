package org.ratsinfo.document;

import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.File;

/**
 * Where the files and papers a document names link to: an integrator's own addresses (made from the
 * identifiers of their system), or the files' access URLs. Nothing is ever fetched: a link is an
 * address in the document.
 *
 * <p>Only absolute {@code https} and {@code http} addresses with a host become links; the layout
 * drops any other address a method returns ({@code javascript:}, {@code data:}, {@code file:},
 * relative addresses), so that neither the data nor a mapping can make a document run script or reach
 * the reader's files. Implementations must be thread-safe: a layout is shared.
 */
public interface LinkTargets {

  /**
   * The default: a file links to its {@link File#accessUrl() access URL}, a paper to nothing.
   *
   * @return the default link targets
   */
  static LinkTargets accessUrls() {
    return BuiltInLinkTargets.ACCESS_URLS;
  }

  /**
   * No links at all, e.g. for documents that leave the integrator's site.
   *
   * @return link targets that link nothing
   */
  static LinkTargets none() {
    return BuiltInLinkTargets.NONE;
  }

  /**
   * Where a file's name links to.
   *
   * @param file a file the document lists, already redacted for its audience
   * @return the address, or {@code null} for no link; by default the file's access URL
   */
  default @Nullable String file(File file) {
    return file.accessUrl();
  }

  /**
   * Where a paper's reference and title link to: a linked paper, or a further paper of the item.
   *
   * @param id the paper's identifier in the source system, or {@code null}
   * @param reference the paper's reference number, or {@code null}
   * @return the address, or {@code null} for no link; by default none
   */
  default @Nullable String paper(@Nullable String id, @Nullable String reference) {
    return null;
  }
}
