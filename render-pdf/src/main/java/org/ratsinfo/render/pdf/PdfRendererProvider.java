package org.ratsinfo.render.pdf;

import org.ratsinfo.render.ExcerptRendererProvider;
import org.ratsinfo.render.RenderFormat;
import org.ratsinfo.render.RenderOptions;

/**
 * Makes {@link PdfRenderer}s for {@link java.util.ServiceLoader}: found by {@link
 * org.ratsinfo.render.Renderers.Builder#addServiceLoaded(RenderOptions)} on the class path and on the
 * module path. The renderers it makes write PDF/A-2a and PDF/UA-1 with the default print stylesheet.
 */
public final class PdfRendererProvider implements ExcerptRendererProvider {

  /** A provider; called by {@link java.util.ServiceLoader}. */
  public PdfRendererProvider() {}

  /** {@link RenderFormat#PDF}. */
  @Override
  public RenderFormat format() {
    return RenderFormat.PDF;
  }

  /**
   * A renderer with the defaults and the given options.
   *
   * @param options the options
   * @return the renderer
   */
  @Override
  public PdfRenderer create(RenderOptions options) {
    return PdfRenderer.builder().options(options).build();
  }
}
