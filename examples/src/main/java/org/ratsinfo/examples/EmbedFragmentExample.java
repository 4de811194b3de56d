package org.ratsinfo.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.batch.AtomicFiles;
import org.ratsinfo.render.html.HtmlRenderer;

/**
 * Embeds an excerpt in an existing page of a municipal portal: the HTML renderer writes a fragment
 * (one {@code <article class="ratsinfo-excerpt">}, no styles, no ids), which goes into the portal's own
 * page with its header and navigation, together with {@link HtmlRenderer#defaultStylesheet()} and the
 * city's own stylesheet (its accent colour and font) after it, so that the city's rules win.
 *
 * <pre>
 * java org.ratsinfo.examples.EmbedFragmentExample [EXCERPT.json [PAGE.html]]
 * </pre>
 *
 * <p>Defaults: the reference sample and {@code out/portal-auszug.html}.
 */
public final class EmbedFragmentExample {

  /** The city's stylesheet: its accent colour and font, scoped like the default one. */
  public static final String CITY_STYLESHEET = """
      .ratsinfo-excerpt { font-family: "Source Sans 3", "Segoe UI", Arial, sans-serif; }
      .ratsinfo-excerpt .ratsinfo-title,
      .ratsinfo-excerpt .ratsinfo-heading { color: #00556e; }
      .ratsinfo-excerpt .ratsinfo-table th { background: #e3f1f5; }
      """;

  /**
   * The portal's page, with its own header and navigation; {@code {{css}}} and {@code {{excerpt}}} are
   * filled in.
   */
  private static final String HOST_PAGE = """
      <!DOCTYPE html>
      <html lang="de">
      <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Ratsinformation – Stadt Herne</title>
        <style>
      body { margin: 0; font-family: Arial, sans-serif; }
      .portal-header { background: #00556e; color: #fff; padding: 1rem 2rem; }
      .portal-nav a { color: #fff; margin-right: 1.5rem; }
      main { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
      {{css}}
        </style>
      </head>
      <body>
        <header class="portal-header">
          <p class="portal-brand">Stadt Herne · Ratsinformation</p>
          <nav class="portal-nav" aria-label="Hauptnavigation">
            <a href="/sitzungen">Sitzungen</a>
            <a href="/gremien">Gremien</a>
            <a href="/vorlagen">Vorlagen</a>
          </nav>
        </header>
        <main>
      {{excerpt}}
        </main>
        <footer class="portal-footer"><p>© Stadt Herne</p></footer>
      </body>
      </html>
      """;

  /** The sample, relative to the project's root. */
  public static final Path SAMPLE = EnglishInternalExample.SAMPLE;

  private EmbedFragmentExample() {}

  /**
   * The portal's page with the excerpt in it.
   *
   * @param excerpt the excerpt
   * @return the page
   */
  public static String page(Excerpt excerpt) {
    HtmlRenderer fragment = HtmlRenderer.builder().fragment(true).build();   // immutable: keep one
    String article = fragment.renderToString(excerpt);                       // escaped; no styles, no ids
    String css = HtmlRenderer.defaultStylesheet() + "\n" + CITY_STYLESHEET;    // the city's rules last
    return HOST_PAGE.replace("{{css}}", css).replace("{{excerpt}}", article);
  }

  /**
   * Embeds the given excerpt file, or the reference sample, into the portal's page and writes it.
   *
   * @param args optionally the excerpt file and the page to write
   * @throws IOException if reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : SAMPLE;
    Path target = Path.of(args.length > 1 ? args[1] : "out/portal-auszug.html");
    String page = page(RatsinfoJson.standard().readExcerpt(file));
    AtomicFiles.write(target, out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
    System.out.println("geschrieben: " + target);
  }
}
