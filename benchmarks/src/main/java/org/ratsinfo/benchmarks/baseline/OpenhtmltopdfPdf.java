package org.ratsinfo.benchmarks.baseline;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.ratsinfo.document.ExcerptDocument;

/**
 * Baseline: the PDF as integrators make it with openhtmltopdf, following its documentation: the page
 * written with a {@link StringBuilderHtml} (ratsinfo's print stylesheet, a running header and footer),
 * then for every document a new {@link PdfRendererBuilder} that registers the font files ({@code
 * useFont(File, …)}, Noto Sans in four faces, subset), parses the page text ({@code
 * withHtmlContent}) and runs. With {@link #withConformance(boolean) conformance}: PDF/A-2a and PDF/UA-1
 * ({@code usePdfAConformance}, {@code usePdfUaAccessibility}, the sRGB output intent; the title and
 * language come from the page's {@code <title>} and {@code lang}), as the openhtmltopdf wiki shows.
 * Thread-safe: nothing but the font files on disk and the colour profile is shared.
 */
public final class OpenhtmltopdfPdf {

  private static final String[][] FACES = {
    {"NotoSans-Regular.ttf", "400", "NORMAL"},
    {"NotoSans-Bold.ttf", "700", "NORMAL"},
    {"NotoSans-Italic.ttf", "400", "ITALIC"},
    {"NotoSans-BoldItalic.ttf", "700", "ITALIC"},
  };

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private final Path fonts;
  private final boolean conformance;
  private final StringBuilderHtml html;

  private OpenhtmltopdfPdf(Path fonts, boolean conformance) {
    this.fonts = fonts;
    this.conformance = conformance;
    this.html = new StringBuilderHtml(resource("/org/ratsinfo/render/pdf/ratsinfo-pdf.css"), "Seite ");
  }

  /**
   * A baseline with the font files in a directory of its own (copied there from ratsinfo's PDF module,
   * as an integrator ships them next to the application).
   *
   * @param conformance whether to make PDF/A-2a + PDF/UA-1, or a plain PDF
   * @return the baseline
   */
  public static OpenhtmltopdfPdf withConformance(boolean conformance) {
    try {
      Path dir = Files.createTempDirectory("ratsinfo-bench-fonts");
      dir.toFile().deleteOnExit();
      for (String[] face : FACES) {
        Path file = dir.resolve(face[0]);
        try (InputStream in = open("/org/ratsinfo/render/pdf/fonts/" + face[0])) {
          Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        file.toFile().deleteOnExit();
      }
      return new OpenhtmltopdfPdf(dir, conformance);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes the PDF of one document.
   *
   * @param doc the laid-out excerpt
   * @return the PDF
   */
  public byte[] render(ExcerptDocument doc) {
    String page = html.render(doc);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    for (String[] face : FACES) {
      builder.useFont(fonts.resolve(face[0]).toFile(), "Noto Sans", Integer.valueOf(face[1]),
          FontStyle.valueOf(face[2]), true);
    }
    builder.withHtmlContent(page, null);
    if (conformance) {
      builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
      builder.usePdfUaAccessibility(true);
      builder.useColorProfile(SRGB);
    }
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String resource(String path) {
    try (InputStream in = open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String path) throws IOException {
    InputStream in = OpenhtmltopdfPdf.class.getResourceAsStream(path);
    if (in == null) {
      throw new IOException("missing resource " + path);
    }
    return in;
  }
}
