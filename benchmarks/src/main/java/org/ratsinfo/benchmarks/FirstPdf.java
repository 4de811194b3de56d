package org.ratsinfo.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.pdf.PdfRenderer;

/**
 * Cold start: renders the reference excerpt as PDF in a fresh JVM and exits, as an integrator's small
 * program would: build the renderer, read the excerpt from JSON, render, write the file. {@link
 * ColdStart} runs it as a process and measures it from outside, JVM start and exit included.
 *
 * <p>Run it on what an integrator's class path holds: this module's jar (for this class and the
 * samples), {@code ratsinfo-render-pdf} and its runtime dependencies ({@code run.sh} has Maven write
 * them to {@code render-pdf/target/runtime.classpath}), with the JVM's default options. The fat {@code
 * benchmarks.jar} also holds JMH, FreeMarker, POI and log4j-api, which change what starts.
 */
public final class FirstPdf {

  private FirstPdf() {}

  /**
   * Writes the PDF of the reference excerpt.
   *
   * @param args the file to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    PdfRenderer.routeEngineLogging(); // openhtmltopdf's own logging prints to the console
    PdfRenderer pdf = PdfRenderer.builder()
        .options(RenderOptions.builder().locale(Inputs.LOCALE).build()).build();
    try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
      pdf.render(Inputs.REFERENCE.excerpts().get(0), out);
    }
  }
}
