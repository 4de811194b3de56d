package org.ratsinfo.render.pdf;

import java.util.Locale;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testing.PaperContexts;

/**
 * The reference excerpt with the paper in its context (issue 19): a Beratungsfolge across three bodies
 * (this meeting the last), a linked paper, a main file and attachments (one with markup characters in
 * its name, one without an address), an amendment as a further paper of the item, and the item's own
 * attachment and resolution file ({@link PaperContexts#withContext}, its files at {@link
 * PaperContexts#FILES}). Linked papers link to an address made from their reference
 * ({@link PaperContexts#LINKS}). As in the HTML renderer's tests.
 */
final class PaperContext {

  private PaperContext() {}

  static Excerpt excerpt() {
    return PaperContexts.withContext(Samples.reference(), PaperContexts.FILES);
  }

  static RenderOptions options(Locale locale) {
    return RenderOptions.builder().locale(locale).fixedInstant(Samples.INSTANT)
        .linkTargets(PaperContexts.LINKS).build();
  }

  static PdfRenderer renderer(Locale locale) {
    return PdfRenderer.builder().options(options(locale)).build();
  }

  static byte[] render(Excerpt excerpt, Locale locale) {
    PdfRenderer renderer = renderer(locale);
    return renderer.renderToBytes(renderer.options().layout(excerpt));
  }
}
