package org.ratsinfo.render.html;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderFormat;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.TextExcerptRenderer;
import org.ratsinfo.render.html.internal.BlockOverride;
import org.ratsinfo.render.html.internal.ExcerptWriter;
import org.ratsinfo.render.html.internal.Stylesheets;
import org.ratsinfo.render.html.internal.Syntax;

/**
 * Renders excerpts as HTML: a complete HTML5 page, or a fragment to embed in a page of one's own.
 *
 * <pre>{@code
 * HtmlRenderer renderer = HtmlRenderer.builder()
 *     .options(RenderOptions.builder().locale(Locale.ENGLISH).build())
 *     .additionalStylesheet(".ratsinfo-excerpt { font-family: Georgia, serif; }")
 *     .build();
 * renderer.render(excerpt, outputStream); // UTF-8
 * }</pre>
 *
 * <p><b>Page</b> (the default): {@code <!DOCTYPE html>}, an {@code html} element with the document's
 * language, a {@code head} with the character set, a viewport, the document's title, its author,
 * subject (as the description) and keywords, {@code generator} "ratsinfo" and one {@code style} element
 * with the stylesheet; the {@code body} holds the excerpt's {@code article}.
 *
 * <p><b>Fragment</b>: exactly one element, {@code <article class="ratsinfo-excerpt" lang="…">}, the same
 * as in the page: no {@code style}, no script, no external resource and no {@code id} attribute, so
 * that several fragments can share a page. Every class is prefixed {@code ratsinfo-}; include {@link
 * #defaultStylesheet()} (or a stylesheet of your own) in the page.
 *
 * <p>The markup is polyglot: valid HTML5 that is also well-formed XML (every element closed, void
 * elements written {@code <br />}, the XHTML namespace on the {@code html} element), so that XML tools
 * can read it. Every text of the document is escaped and shown literally, never interpreted as markup;
 * characters that neither XML nor HTML can carry are written as U+FFFD. The same document gives the same
 * characters, with {@code \n} line endings and no timestamps.
 *
 * <p>The entries of a {@link org.ratsinfo.document.LinkList} (attachments, linked papers) are a list;
 * an entry's text is a link ({@code <a class="ratsinfo-link" href="…">}) where the entry has a target,
 * always an absolute {@code https} or {@code http} address, and plain text where it has none. The
 * links open where the reader is (no {@code target}, no {@code rel}); the page's referrer policy
 * applies. A link is never followed or fetched by rendering.
 *
 * <p>How one kind of block is rendered can be changed with {@link
 * Builder#blockRenderer(Class, HtmlBlockRenderer)}: a {@link HtmlBlockRenderer} writes it through a
 * {@link HtmlBlockContext}, which escapes every text, allows only safe elements and attributes, and
 * can delegate to the default rendering.
 *
 * <p>The renderer only maps the document tree to markup: what is shown, in which order, with which
 * labels, and what is redacted, has been decided by the layout ({@link RenderOptions#layout()}).
 *
 * <p>Instances are immutable and thread-safe: build one per configuration and share it. Rendering
 * collects the markup and hands it to the given writer in chunks of a few thousand characters.
 */
public final class HtmlRenderer implements TextExcerptRenderer {

  private final RenderOptions options;
  private final ExcerptWriter writer;

  private HtmlRenderer(Builder builder) {
    this.options = builder.options;
    String css = builder.stylesheet != null
        ? builder.stylesheet
        : Stylesheets.pageStylesheet() + "\n" + Stylesheets.defaultStylesheet();
    if (builder.additionalStylesheet != null) {
      css = css + "\n" + builder.additionalStylesheet;
    }
    String styleContent = builder.fragment ? "" : Stylesheets.prepare(css, Syntax.POLYGLOT);
    this.writer = new ExcerptWriter(Syntax.POLYGLOT, builder.fragment, styleContent, builder.overrides);
  }

  /**
   * A new builder with the defaults: {@link RenderOptions#defaults()}, a complete page, the default
   * stylesheet.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default stylesheet, as a page includes it. Every rule is scoped under {@code .ratsinfo-excerpt}
   * (screen and {@code @media print}), so that it can go into any page that embeds fragments; the
   * page-level rules a complete page adds (its margins and background, {@code @page}) are not part of
   * it.
   *
   * @return the CSS text
   */
  public static String defaultStylesheet() {
    return Stylesheets.defaultStylesheet();
  }

  /** {@link RenderFormat#HTML}. */
  @Override
  public RenderFormat format() {
    return RenderFormat.HTML;
  }

  /** The options this renderer was built with. */
  @Override
  public RenderOptions options() {
    return options;
  }

  /**
   * Renders a laid-out excerpt as HTML.
   *
   * @param document the document tree
   * @param out where the characters go; flushed, not closed
   * @throws IOException if writing fails
   */
  @Override
  public void render(ExcerptDocument document, Writer out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    writer.write(document, out);
  }

  /**
   * Lays an excerpt out with {@link #options()} and renders it as a string, without a writer in
   * between.
   *
   * @param excerpt the excerpt
   * @return the page or fragment
   * @throws IllegalArgumentException if the excerpt is for the public but its agenda item is not
   *     public
   */
  @Override
  public String renderToString(Excerpt excerpt) {
    return renderToString(options.layout(excerpt));
  }

  /**
   * Renders a laid-out excerpt as a string, without a writer in between.
   *
   * @param document the document tree
   * @return the page or fragment
   */
  public String renderToString(ExcerptDocument document) {
    Objects.requireNonNull(document, "document");
    return writer.write(document);
  }

  /** Builds an {@link HtmlRenderer}; not thread-safe. */
  public static final class Builder {
    private RenderOptions options = RenderOptions.defaults();
    private boolean fragment;
    private @Nullable String stylesheet;
    private @Nullable String additionalStylesheet;
    private final Map<Class<? extends Block>, BlockOverride> overrides = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The options: locale, audience, majority rule. Default {@link RenderOptions#defaults()}.
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(RenderOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Whether to write a fragment (one {@code article} element, no stylesheet) instead of a complete
     * page. Default {@code false}: a complete HTML5 page.
     *
     * @param fragment {@code true} for a fragment
     * @return this builder
     */
    public Builder fragment(boolean fragment) {
      this.fragment = fragment;
      return this;
    }

    /**
     * A stylesheet that replaces the default one in pages, including the default's page-level rules.
     * Default: the {@link HtmlRenderer#defaultStylesheet() default stylesheet} with the page-level
     * rules. Fragments carry no stylesheet.
     *
     * @param css the CSS text
     * @return this builder
     * @throws IllegalArgumentException if the text contains {@code </style} or {@code ]]>}, which would
     *     end the style element in HTML or in XML
     */
    public Builder stylesheet(String css) {
      this.stylesheet = Stylesheets.check(Objects.requireNonNull(css, "css"));
      return this;
    }

    /**
     * A stylesheet written after the default (or {@link #stylesheet(String) replaced}) one in pages, so
     * that its rules win: for a few changes to the default look. Replaces an additional stylesheet set
     * before. Default: none. Fragments carry no stylesheet.
     *
     * @param css the CSS text
     * @return this builder
     * @throws IllegalArgumentException if the text contains {@code </style} or {@code ]]>}
     */
    public Builder additionalStylesheet(String css) {
      this.additionalStylesheet = Stylesheets.check(Objects.requireNonNull(css, "css"));
      return this;
    }

    /**
     * Renders blocks of one kind with the given block renderer instead of the default way, in pages
     * and fragments, at any depth. Replaces a block renderer set before for the same kind. Default:
     * none, every block is rendered the default way.
     *
     * <pre>{@code
     * HtmlRenderer.builder()
     *     .blockRenderer(Table.class, (table, context) -> {
     *       context.renderDefault();
     *       context.line("p", table.rows().size() + " rows", "class", "city-note");
     *     })
     *     .build();
     * }</pre>
     *
     * @param kind the kind of block: one of the types {@link Block} permits, such as {@link
     *     org.ratsinfo.document.Table}
     * @param renderer the block renderer; thread-safe, as it is shared by every render
     * @param <B> the kind of block
     * @return this builder
     * @throws IllegalArgumentException if the kind is not one of the kinds of block
     */
    public <B extends Block> Builder blockRenderer(Class<B> kind, HtmlBlockRenderer<? super B> renderer) {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(renderer, "renderer");
      if (!List.of(Block.class.getPermittedSubclasses()).contains(kind)) {
        throw new IllegalArgumentException("not a kind of block: " + kind.getName());
      }
      overrides.put(kind, (block, writer) -> renderer.render(kind.cast(block), new HtmlBlockContext(writer)));
      return this;
    }

    /**
     * The renderer.
     *
     * @return a new, immutable renderer
     */
    public HtmlRenderer build() {
      return new HtmlRenderer(this);
    }
  }
}
