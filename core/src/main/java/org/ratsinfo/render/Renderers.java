package org.ratsinfo.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * An immutable registry of renderers, one per format, built explicitly:
 *
 * <pre>{@code
 * Renderers renderers = Renderers.builder()
 *     .add(HtmlRenderer.builder().build())
 *     .add(myRenderer)
 *     .build();
 * renderers.get("html").render(excerpt, out);
 * }</pre>
 *
 * <p>{@link Builder#addServiceLoaded(RenderOptions)} adds the renderers that {@link ServiceLoader}
 * finds; nothing is discovered unless asked. Thread-safe.
 */
public final class Renderers {

  private final Map<String, ExcerptRenderer> byId;

  private Renderers(Map<String, ExcerptRenderer> byId) {
    this.byId = byId;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The renderer of a format.
   *
   * @param formatId the format's identifier, e.g. {@code html}
   * @return the renderer
   * @throws UnknownFormatException if there is none; its message lists the known formats
   */
  public ExcerptRenderer get(String formatId) {
    ExcerptRenderer renderer = byId.get(Objects.requireNonNull(formatId, "formatId"));
    if (renderer == null) {
      throw new UnknownFormatException(formatId, ids());
    }
    return renderer;
  }

  /** The renderer of a format, if there is one. */
  public Optional<ExcerptRenderer> find(String formatId) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(formatId, "formatId")));
  }

  /** The registered formats, in the order they were added. */
  public List<RenderFormat> formats() {
    return byId.values().stream().map(ExcerptRenderer::format).toList();
  }

  /** The registered renderers, in the order they were added. */
  public Collection<ExcerptRenderer> all() {
    return List.copyOf(byId.values());
  }

  private List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /** Builds {@link Renderers}; not thread-safe. */
  public static final class Builder {
    private final Map<String, ExcerptRenderer> byId = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a renderer.
     *
     * @param renderer the renderer
     * @return this builder
     * @throws IllegalArgumentException if a renderer of the same format was added already
     */
    public Builder add(ExcerptRenderer renderer) {
      Objects.requireNonNull(renderer, "renderer");
      String id = Objects.requireNonNull(renderer.format(), "format").id();
      if (byId.putIfAbsent(id, renderer) != null) {
        throw new IllegalArgumentException("a renderer of format '" + id + "' was added already");
      }
      return this;
    }

    /**
     * Adds a renderer from every {@link ExcerptRendererProvider} that {@link ServiceLoader} finds
     * through this module's class loader and layer, skipping formats added already.
     *
     * @param options the options for the renderers made
     * @return this builder
     */
    public Builder addServiceLoaded(RenderOptions options) {
      return addServiceLoaded(options, ServiceLoader.load(ExcerptRendererProvider.class));
    }

    /**
     * Like {@link #addServiceLoaded(RenderOptions)}, looking through the given class loader.
     *
     * @param options the options for the renderers made
     * @param classLoader the class loader to look through
     * @return this builder
     */
    public Builder addServiceLoaded(RenderOptions options, ClassLoader classLoader) {
      return addServiceLoaded(options,
          ServiceLoader.load(ExcerptRendererProvider.class, Objects.requireNonNull(classLoader)));
    }

    private Builder addServiceLoaded(RenderOptions options, ServiceLoader<ExcerptRendererProvider> loader) {
      Objects.requireNonNull(options, "options");
      List<ExcerptRendererProvider> providers = new ArrayList<>();
      loader.forEach(providers::add);
      // A stable order, whatever order the class path lists the providers in.
      providers.sort(java.util.Comparator.comparing(p -> p.format().id()));
      for (ExcerptRendererProvider provider : providers) {
        if (!byId.containsKey(provider.format().id())) {
          add(provider.create(options));
        }
      }
      return this;
    }

    /** The registry. */
    public Renderers build() {
      return new Renderers(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId)));
    }
  }
}
