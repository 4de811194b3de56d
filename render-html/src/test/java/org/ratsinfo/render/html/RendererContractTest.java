package org.ratsinfo.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderFormat;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.Renderers;
import org.ratsinfo.render.UnknownFormatException;

/**
 * The renderer as a renderer: determinism, discovery, options and stylesheets; threads sharing one
 * renderer in {@link SharedRendererTest}.
 */
class RendererContractTest {

  @Test
  void sameInputSameCharacters() {
    HtmlRenderer renderer = HtmlRenderer.builder().build();
    String first = renderer.renderToString(Reference.excerpt());
    assertEquals(first, renderer.renderToString(Reference.excerpt()));
    assertEquals(first, HtmlRenderer.builder().build().renderToString(Reference.excerpt()));
    assertFalse(first.contains("\r"));
  }

  @Test
  void outputStreamGivesTheWriterOutputInUtf8() throws IOException {
    HtmlRenderer renderer = HtmlRenderer.builder().build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(Reference.excerpt(), out);
    assertEquals(renderer.renderToString(Reference.excerpt()), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void formatAndOptions() {
    RenderOptions options = RenderOptions.builder().locale(Locale.ENGLISH).build();
    HtmlRenderer renderer = HtmlRenderer.builder().options(options).build();
    assertEquals(RenderFormat.HTML, renderer.format());
    assertSame(options, renderer.options());
    assertSame(RenderOptions.defaults(), HtmlRenderer.builder().build().options());
  }

  @Test
  void foundByTheServiceLoader() {
    RenderOptions options = RenderOptions.builder().locale(Locale.ENGLISH).build();
    Renderers renderers = Renderers.builder().addServiceLoaded(options).build();
    ExcerptRenderer renderer = renderers.get("html");
    assertInstanceOf(HtmlRenderer.class, renderer);
    assertSame(options, renderer.options());
    // The build runs the tests on the module path: the provider is found through "provides".
    assertEquals("org.ratsinfo.render.html", HtmlRendererProvider.class.getModule().getName());
    assertTrue(HtmlRendererProvider.class.getModule().getDescriptor().provides().stream()
        .anyMatch(p -> p.providers().contains(HtmlRendererProvider.class.getName())));
  }

  @Test
  void unknownFormatListsHtml() {
    Renderers renderers = Renderers.builder().addServiceLoaded(RenderOptions.defaults()).build();
    UnknownFormatException e = assertThrows(UnknownFormatException.class, () -> renderers.get("nope"));
    assertTrue(e.getMessage().contains("html"), e.getMessage());
    assertTrue(e.known().contains("html"));
  }

  @Test
  void defaultStylesheetIsScoped() {
    String css = HtmlRenderer.defaultStylesheet();
    assertTrue(css.contains("@media print"));
    assertFalse(css.contains("@page"));
    // Every selector starts with .ratsinfo-excerpt: look at the text before each "{".
    for (String rule : css.split("\\{")) {
      String selectors = rule.substring(rule.lastIndexOf('}') + 1).replaceAll("/\\*[^*]*\\*/", "").strip();
      if (selectors.isEmpty() || selectors.startsWith("@media")) {
        continue;
      }
      for (String selector : selectors.split(",")) {
        assertTrue(selector.strip().startsWith(".ratsinfo-excerpt"), selector);
      }
    }
  }

  @Test
  void pageCarriesTheStylesheetsAndFragmentNone() {
    String extra = ".ratsinfo-excerpt { outline: 1px solid red; }";
    HtmlRenderer page = HtmlRenderer.builder().additionalStylesheet(extra).build();
    String style = Reference.parse(page.renderToString(Reference.excerpt())).selectFirst("style").data();
    assertTrue(style.contains(HtmlRenderer.defaultStylesheet()));
    assertTrue(style.contains("@page"));
    assertTrue(style.indexOf(extra) > style.indexOf(HtmlRenderer.defaultStylesheet()));

    HtmlRenderer replaced = HtmlRenderer.builder().stylesheet("p { color: black; }")
        .additionalStylesheet(extra).build();
    String replacedStyle =
        Reference.parse(replaced.renderToString(Reference.excerpt())).selectFirst("style").data();
    assertEquals("\np { color: black; }\n" + extra + "\n", replacedStyle);

    HtmlRenderer fragment = HtmlRenderer.builder().fragment(true).additionalStylesheet(extra).build();
    assertFalse(fragment.renderToString(Reference.excerpt()).contains("outline"));
  }

  @Test
  void stylesheetsThatWouldEndTheStyleElementAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> HtmlRenderer.builder().stylesheet("p{}</STYLE><script>alert(1)</script>"));
    assertThrows(IllegalArgumentException.class,
        () -> HtmlRenderer.builder().additionalStylesheet("p{}]]>"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"</style", "</STYLE>", "p{}</sTyLe >", "<</style", "a < b </style", "<<<</Style",
      "p { content: '<' } /* < */ </style>"})
  void everyCaseOfTheEndTagIsRefusedWherever(String css) {
    assertThrows(IllegalArgumentException.class, () -> HtmlRenderer.builder().stylesheet(css));
    assertThrows(IllegalArgumentException.class, () -> HtmlRenderer.builder().additionalStylesheet(css));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "<", "p{}</styl", "< /style", "</ style", "<\\/style", "</stylus", "a<b"})
  void textsThatDoNotEndTheStyleElementAreAccepted(String css) {
    HtmlRenderer.builder().stylesheet(css).additionalStylesheet(css).build();
  }

  @Test
  void stylesheetWithMarkupCharactersIsWrappedForXml() {
    String css = ".ratsinfo-excerpt { & p { color: #111; } } @media (width < 30rem) { p { margin: 0; } }";
    String html = HtmlRenderer.builder().stylesheet(css).build().renderToString(Reference.excerpt());
    assertTrue(html.contains("<style>\n/*<![CDATA[*/\n" + css + "\n/*]]>*/\n</style>"), html);
    Document document = Reference.parse(html);
    assertTrue(document.selectFirst("style").data().contains(css));
  }
}
