package org.ratsinfo.render.html;

import org.ratsinfo.render.ExcerptRendererProvider;
import org.ratsinfo.render.RenderFormat;
import org.ratsinfo.render.RenderOptions;

/**
 * Makes {@link HtmlRenderer}s for {@link java.util.ServiceLoader}: found by {@link
 * org.ratsinfo.render.Renderers.Builder#addServiceLoaded(RenderOptions)} on the class path and on the
 * module path. The renderers it makes write complete pages with the default stylesheet.
 */
public final class HtmlRendererProvider implements ExcerptRendererProvider {

  /** A provider; called by {@link java.util.ServiceLoader}. */
  public HtmlRendererProvider() {}

  /** {@link RenderFormat#HTML}. */
  @Override
  public RenderFormat format() {
    return RenderFormat.HTML;
  }

  /**
   * A renderer of complete pages with the default stylesheet.
   *
   * @param options the options
   * @return the renderer
   */
  @Override
  public HtmlRenderer create(RenderOptions options) {
    return HtmlRenderer.builder().options(options).build();
  }
}
