package org.ratsinfo.render.html.internal;

/** Which markup syntax {@link Markup} writes. */
public enum Syntax {

  /**
   * Polyglot markup, the default: valid HTML5 that is also well-formed XML (XHTML). Void elements are
   * written {@code <br />}, the root {@code html} element carries the XHTML namespace and {@code
   * xml:lang}, and a stylesheet that holds {@code <} or {@code &} is wrapped in a CDATA section hidden
   * from HTML parsers in CSS comments. This is what XML tools (such as openhtmltopdf) read.
   */
  POLYGLOT,

  /**
   * The HTML syntax only: void elements are written {@code <br>}, no namespace, no {@code xml:lang},
   * no CDATA. Not well-formed XML.
   */
  HTML;

  /** The end of a void element's tag: {@code " />"} or {@code ">"}. */
  String voidTagEnd() {
    return this == POLYGLOT ? " />" : ">";
  }
}
