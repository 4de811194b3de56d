/**
 * ratsinfo HTML renderer: excerpts as complete HTML5 pages or as embeddable fragments. Provides an
 * {@link org.ratsinfo.render.ExcerptRendererProvider} for the format {@code html}.
 */
module org.ratsinfo.render.html {
  requires transitive org.ratsinfo.core;

  exports org.ratsinfo.render.html;

  provides org.ratsinfo.render.ExcerptRendererProvider with org.ratsinfo.render.html.HtmlRendererProvider;
}
