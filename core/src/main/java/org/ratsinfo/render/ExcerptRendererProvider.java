package org.ratsinfo.render;

/**
 * Makes renderers of one format; the service interface for {@link java.util.ServiceLoader}, so that
 * {@link Renderers.Builder#addServiceLoaded(RenderOptions)} can find renderers on the class path or
 * module path. Discovery is opt-in: renderers are otherwise registered explicitly.
 *
 * <p>Implementations need a public no-argument constructor, and are declared in {@code
 * META-INF/services/org.ratsinfo.render.ExcerptRendererProvider} or with {@code provides} in a module
 * descriptor.
 */
public interface ExcerptRendererProvider {

  /** The format of the renderers this provider makes. */
  RenderFormat format();

  /**
   * A renderer with the given options and this provider's defaults for everything else.
   *
   * @param options the shared options
   * @return a renderer
   */
  ExcerptRenderer create(RenderOptions options);
}
