package org.ratsinfo.examples;

import java.io.IOException;
import java.nio.file.Path;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.Renderers;

/**
 * Uses a renderer of one's own, {@link PlainTextRenderer}, for the body of an e-mail notification, in
 * the two ways a plug-in can be used: registered explicitly (variant A), or found through {@link
 * java.util.ServiceLoader} because {@code META-INF/services/org.ratsinfo.render.ExcerptRendererProvider}
 * names {@link PlainTextRenderer.Provider} (variant B). Either way it is asked for by its format,
 * {@code text}, like the built-in ones.
 *
 * <pre>
 * java org.ratsinfo.examples.PlainTextNotificationExample [EXCERPT.json]
 * </pre>
 */
public final class PlainTextNotificationExample {

  private PlainTextNotificationExample() {}

  /**
   * Variant A: the renderer registered explicitly, next to (or instead of) the built-in ones.
   *
   * @param options the options
   * @return a registry with the plain-text renderer
   */
  public static Renderers explicit(RenderOptions options) {
    return Renderers.builder().add(new PlainTextRenderer(options)).build();
  }

  /**
   * Variant B: every renderer on the class path, the plug-in among them.
   *
   * @param options the options
   * @return a registry with the built-in renderers and the plug-in
   */
  public static Renderers serviceLoaded(RenderOptions options) {
    return Renderers.builder().addServiceLoaded(options).build();
  }

  /**
   * Prints the e-mail text of the given excerpt file, or of the reference sample, rendered by the
   * plug-in found through {@link java.util.ServiceLoader}.
   *
   * @param args optionally the excerpt file
   * @throws IOException if reading fails
   */
  public static void main(String[] args) throws IOException {
    Excerpt excerpt = RatsinfoJson.standard().readExcerpt(
        args.length > 0 ? Path.of(args[0]) : EnglishInternalExample.SAMPLE);
    ExcerptRenderer text = serviceLoaded(RenderOptions.defaults()).get("text");
    text.render(excerpt, System.out);   // UTF-8
  }
}
