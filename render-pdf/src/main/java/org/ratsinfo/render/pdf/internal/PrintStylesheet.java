package org.ratsinfo.render.pdf.internal;

import java.nio.charset.StandardCharsets;

/**
 * The print stylesheet, {@code org/ratsinfo/render/pdf/ratsinfo-pdf.css}, read once. It replaces the
 * HTML renderer's default stylesheet in the page: openhtmltopdf knows CSS 2.1 and paged media, not the
 * grid layout and custom properties of the screen stylesheet.
 */
public final class PrintStylesheet {

  private static final String CSS = new String(
      Fonts.read("/org/ratsinfo/render/pdf/ratsinfo-pdf.css"), StandardCharsets.UTF_8)
      .replace("\r\n", "\n");

  private PrintStylesheet() {}

  /**
   * The stylesheet.
   *
   * @return the CSS text
   */
  public static String css() {
    return CSS;
  }
}
