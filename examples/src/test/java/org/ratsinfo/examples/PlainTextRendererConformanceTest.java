package org.ratsinfo.examples;

import java.nio.charset.StandardCharsets;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.TextEscaper;
import org.ratsinfo.testkit.DocumentFacts;
import org.ratsinfo.testkit.Holdings;
import org.ratsinfo.testkit.RendererConformance;

/**
 * The plug-in passes the test kit's conformance suite: the README's "Testing a renderer", as a
 * plug-in author writes it.
 */
class PlainTextRendererConformanceTest implements RendererConformance {
  @Override
  public ExcerptRenderer renderer(RenderOptions options) {
    return new PlainTextRenderer(options);
  }

  @Override
  public Holdings read(byte[] output) {              // the text a reader sees, and all the file holds
    return Holdings.ofText(new String(output, StandardCharsets.UTF_8));
  }

  @Override
  public String comparable(String text) {            // the facts as the renderer escapes them
    return DocumentFacts.spaced(TextEscaper.plainText().escape(text));
  }
}
