package org.ratsinfo.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.batch.AtomicFiles;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.validation.ModelValidator;

/**
 * Reads an excerpt in the native JSON format and renders it with English labels for the internal
 * audience (council members and the administration), whatever audience the file names: an HTML page
 * named after the input, with {@code -en-internal} added.
 *
 * <pre>
 * java org.ratsinfo.examples.EnglishInternalExample [EXCERPT.json [OUT-DIR]]
 * </pre>
 *
 * <p>Defaults: the reference sample {@code examples/samples/herne-rat-2017-02-28-top-19.1.json} and
 * {@code out/}.
 */
public final class EnglishInternalExample {

  /** The reference sample, relative to the project's root. */
  public static final Path SAMPLE = Path.of("examples", "samples", "herne-rat-2017-02-28-top-19.1.json");

  private EnglishInternalExample() {}

  /**
   * Reads, validates and renders one excerpt file.
   *
   * @param excerptFile an excerpt in the native JSON format
   * @param outDir the directory, created if need be
   * @return the file written
   * @throws IOException if the file cannot be read or the page written
   * @throws org.ratsinfo.validation.InvalidModelException if the excerpt is not valid
   */
  public static Path render(Path excerptFile, Path outDir) throws IOException {
    Excerpt excerpt = RatsinfoJson.standard().readExcerpt(excerptFile);
    ModelValidator.standard().requireValid(excerpt, Locale.ENGLISH);   // messages in English

    RenderOptions options = RenderOptions.builder()
        .locale(Locale.ENGLISH)            // labels and dates: "Voting result", "Tue, 28/02/2017"
        .audience(Audience.INTERNAL)       // non-public content included
        .build();
    HtmlRenderer html = HtmlRenderer.builder().options(options).build();

    String name = excerptFile.getFileName().toString().replaceFirst("\\.json$", "");
    Path target = outDir.resolve(name + "-en-internal.html");
    AtomicFiles.write(target, out -> html.render(excerpt, out));
    return target;
  }

  /**
   * Renders the given excerpt file, or the reference sample, into {@code out/} or the given directory.
   *
   * @param args optionally the excerpt file and the output directory
   * @throws IOException if reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : SAMPLE;
    Path outDir = Path.of(args.length > 1 ? args[1] : "out");
    System.out.println("wrote " + render(file, outDir).toAbsolutePath());
  }
}
