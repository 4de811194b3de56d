package org.ratsinfo.render.docx;

import org.ratsinfo.render.ExcerptRendererProvider;
import org.ratsinfo.render.RenderFormat;
import org.ratsinfo.render.RenderOptions;

/**
 * Makes {@link DocxRenderer}s for {@link java.util.ServiceLoader}: found by {@link
 * org.ratsinfo.render.Renderers.Builder#addServiceLoaded(RenderOptions)} on the class path and on the
 * module path. The renderers it makes use ratsinfo's own styles; for a corporate template, build a
 * renderer with {@link DocxRenderer#builder()}.
 */
public final class DocxRendererProvider implements ExcerptRendererProvider {

  /** A provider; called by {@link java.util.ServiceLoader}. */
  public DocxRendererProvider() {}

  /** {@link RenderFormat#DOCX}. */
  @Override
  public RenderFormat format() {
    return RenderFormat.DOCX;
  }

  /**
   * A renderer with ratsinfo's own styles.
   *
   * @param options the options
   * @return the renderer
   */
  @Override
  public DocxRenderer create(RenderOptions options) {
    return DocxRenderer.builder().options(options).build();
  }
}
