package org.ratsinfo.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.testing.TestMeetings;

class RenderersTest {

  /** A renderer written only against the public API: the document's title and audience. */
  record TitleRenderer(RenderFormat format, RenderOptions options) implements TextExcerptRenderer {
    @Override
    public void render(ExcerptDocument document, Writer out) throws IOException {
      out.write(document.title() + " | " + document.audience() + " | " + document.locale().getLanguage());
    }
  }

  private static final RenderFormat TXT = new RenderFormat("txt", "text/plain", "txt");
  private static final RenderFormat MD = new RenderFormat("md", "text/markdown", "md");

  /** Any valid excerpt of a public item. */
  private static Excerpt excerpt() {
    return TestMeetings.of(1, 0, Audience.PUBLIC).excerpts().get(0);
  }

  @Test
  void rendererIsFoundByFormat() {
    TitleRenderer txt = new TitleRenderer(TXT, RenderOptions.defaults());
    TitleRenderer md = new TitleRenderer(MD, RenderOptions.defaults());
    Renderers renderers = Renderers.builder().add(txt).add(md).build();
    assertSame(txt, renderers.get("txt"));
    assertEquals(Optional.of(md), renderers.find("md"));
    assertEquals(Optional.empty(), renderers.find("pdf"));
    assertEquals(List.of(TXT, MD), renderers.formats());
  }

  @Test
  void anUnknownFormatNamesTheKnownOnes() {
    Renderers renderers = Renderers.builder()
        .add(new TitleRenderer(TXT, RenderOptions.defaults()))
        .add(new TitleRenderer(MD, RenderOptions.defaults()))
        .build();
    UnknownFormatException e = assertThrows(UnknownFormatException.class, () -> renderers.get("rtf"));
    assertEquals("unknown format 'rtf'; known formats: txt, md", e.getMessage());
    assertEquals(List.of("txt", "md"), e.known());
    assertEquals("unknown format 'x'; known formats: none",
        assertThrows(UnknownFormatException.class, () -> Renderers.builder().build().get("x"))
            .getMessage());
  }

  @Test
  void aFormatCanBeRegisteredOnce() {
    Renderers.Builder builder = Renderers.builder().add(new TitleRenderer(TXT, RenderOptions.defaults()));
    assertThrows(IllegalArgumentException.class,
        () -> builder.add(new TitleRenderer(TXT, RenderOptions.defaults())));
  }

  @Test
  void theRegistryDoesNotChangeAfterBuild() {
    Renderers.Builder builder = Renderers.builder().add(new TitleRenderer(TXT, RenderOptions.defaults()));
    Renderers renderers = builder.build();
    builder.add(new TitleRenderer(MD, RenderOptions.defaults()));
    assertEquals(List.of(TXT), renderers.formats());
  }

  @Test
  void optionsChooseLocaleAndAudience() throws IOException {
    Excerpt excerpt = excerpt().withAudience(Audience.PUBLIC);
    TitleRenderer english = new TitleRenderer(TXT, RenderOptions.builder()
        .locale(Locale.ENGLISH).audience(Audience.INTERNAL).build());
    assertTrue(english.renderToString(excerpt).endsWith(" | INTERNAL | en"));
    TitleRenderer own = new TitleRenderer(TXT, RenderOptions.defaults());
    assertTrue(own.renderToString(excerpt).endsWith(" | PUBLIC | de"));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    own.render(excerpt, bytes);
    assertEquals(own.renderToString(excerpt), bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aPublicRenderingOfANonPublicItemIsRefused() {
    Excerpt internal = excerpt().withAudience(Audience.INTERNAL);
    Excerpt nonPublic = internal.withAgendaItem(internal.agendaItem().withVisibility(Visibility.NON_PUBLIC));
    TitleRenderer forPublic = new TitleRenderer(TXT,
        RenderOptions.builder().audience(Audience.PUBLIC).build());
    assertThrows(IllegalArgumentException.class, () -> forPublic.renderToString(nonPublic));
  }

  @Test
  void optionsAreValuesWithDefaults() {
    RenderOptions defaults = RenderOptions.defaults();
    assertEquals(Locale.GERMANY, defaults.locale());
    assertEquals(null, defaults.audience());
    RenderOptions fixed = RenderOptions.builder().fixedInstant(Instant.parse("2026-01-02T03:04:05Z")).build();
    assertEquals(Instant.parse("2026-01-02T03:04:05Z"), fixed.clock().instant());
    RenderOptions copy = fixed.toBuilder().locale(Locale.ENGLISH).build();
    assertEquals(fixed.clock(), copy.clock());
    assertEquals(Locale.ENGLISH, copy.locale());
  }

  @Test
  void formatsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> new RenderFormat("HTML", "text/html", "html"));
    assertThrows(IllegalArgumentException.class, () -> new RenderFormat("html", "text/html", ".html"));
    assertEquals("html", RenderFormat.HTML.fileExtension());
  }
}
