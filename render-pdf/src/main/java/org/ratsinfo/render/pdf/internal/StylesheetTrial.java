package org.ratsinfo.render.pdf.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.html.HtmlRenderer;

/**
 * Tries a renderer's additional stylesheet when the renderer is built: lays out the {@link
 * WarmUp#document sample excerpt}, with every kind of block, as a render would, and refuses the
 * stylesheet if that fails. So what the stylesheet alone decides (sizes that compound at every level of
 * nesting, a page without room for text, whatever else makes the PDF engine fail) is refused when the
 * renderer is built, with a message that names the rule and the reason, rather than failing every
 * render. A render checks the font sizes of its own page too: selectors can match what the sample
 * excerpt lacks. Thread-safe.
 */
public final class StylesheetTrial {

  private StylesheetTrial() {}

  /**
   * Lays the sample excerpt out.
   *
   * @param html the renderer's HTML renderer, with its stylesheets
   * @param engine the renderer's engine, with its additional stylesheet
   * @param options the renderer's options: the sample's language and the message's
   * @throws IllegalArgumentException naming the rule and the reason if the layout fails
   */
  public static void run(HtmlRenderer html, Engine engine, RenderOptions options) {
    ExcerptDocument sample = WarmUp.document(options);
    StringWriter xhtml = new StringWriter(8 * 1024);
    try {
      html.render(sample, xhtml);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    try {
      engine.layOut(xhtml.toString(), sample);
    } catch (StylesheetException e) {
      throw new IllegalArgumentException(e.message(options.locale(), null), e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new IllegalArgumentException(
          StylesheetMessages.engineFailsOnSample(e, options.locale()), e);
    }
  }
}
