package org.ratsinfo.render.pdf;

import java.util.Locale;
import org.ratsinfo.document.LinkTargets;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testing.PaperContexts;

/**
 * The reference excerpt with the paper in its context (issue 19): a Beratungsfolge across three bodies
 * (this meeting the last), a linked paper, a main file and attachments (one with markup characters in
 * its name, one without an address), an amendment as a further paper of the item, and the item's own
 * attachment and resolution file. Linked papers link to an address made from their reference. As
 * in the HTML renderer's tests.
 */
final class PaperContext {

  /** Where the files are, an address made up for the tests; never fetched. */
  static final String FILES = "https://ris.herne.example/files/";
  static final String PAPERS = PaperContexts.PAPERS;

  /** Files link to their access URLs, papers to {@link #PAPERS} and their reference. */
  static final LinkTargets LINKS = PaperContexts.LINKS;

  private PaperContext() {}

  static Excerpt excerpt() {
    return excerpt(Samples.reference(), FILES);
  }

  /**
   * An excerpt with the paper's context, its files at the given address: {@link
   * PaperContexts#withContext(Excerpt, String)}.
   *
   * @param reference the excerpt to add to
   * @param files where the files are, ending with "/"
   */
  static Excerpt excerpt(Excerpt reference, String files) {
    return PaperContexts.withContext(reference, files);
  }

  static RenderOptions options(Locale locale) {
    return RenderOptions.builder().locale(locale).fixedInstant(Samples.INSTANT).linkTargets(LINKS)
        .build();
  }

  static PdfRenderer renderer(Locale locale) {
    return PdfRenderer.builder().options(options(locale)).build();
  }

  static byte[] render(Excerpt excerpt, Locale locale) {
    PdfRenderer renderer = renderer(locale);
    return renderer.renderToBytes(renderer.options().layout(excerpt));
  }
}
