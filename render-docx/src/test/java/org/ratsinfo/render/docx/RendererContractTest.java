package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderFormat;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testing.LocaleSensitive;
import org.ratsinfo.render.Renderers;

/**
 * The renderer as a renderer: determinism, discovery, streams; threads sharing one renderer in {@link
 * DocxRendererConformanceTest}. Its speed is measured by the benchmarks' {@code DocxBenchmark}.
 */
class RendererContractTest {

  @Test
  void sameInputAndClockSameBytes() {
    DocxRenderer renderer = Samples.renderer(Locale.GERMANY);
    byte[] first = Samples.render(renderer, Samples.reference());
    assertArrayEquals(first, Samples.render(renderer, Samples.reference()));
    assertArrayEquals(first, Samples.render(Samples.renderer(Locale.GERMANY), Samples.reference()));
    DocxRenderer template = DocxRenderer.builder().options(Samples.options(Locale.GERMANY))
        .template(Templates.make(true, false, true)).build();
    assertArrayEquals(Samples.render(template, Samples.reference()), Samples.render(template, Samples.reference()));
  }

  @Test
  void theClockDatesThePropertiesAndEveryEntry() throws IOException {
    RenderOptions later = RenderOptions.builder().fixedInstant(Instant.parse("2027-01-02T03:04:06Z")).build();
    byte[] bytes = Samples.render(DocxRenderer.builder().options(later).build(), Samples.reference());
    Docx docx = new Docx(bytes);
    assertEquals("2027-01-02T03:04:06Z", Docx.string(docx.xml("docProps/core.xml"), "//dcterms:created"));
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
        assertEquals(LocalDateTime.parse("2027-01-02T03:04:06"), entry.getTimeLocal(), entry.getName());
        assertTrue(entry.getExtra() == null || entry.getExtra().length == 0, "no extended timestamp");
      }
    }
    assertEquals(List.of("[Content_Types].xml", "_rels/.rels"), names.subList(0, 2));
    List<String> rest = new ArrayList<>(names.subList(2, names.size()));
    List<String> sorted = new ArrayList<>(rest);
    sorted.sort(null);
    assertEquals(sorted, rest);
    assertFalse(new String(docx.entries().get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8)
        .matches("(?s).*(w14:paraId|w:rsid).*"), "no random ids");
  }

  /**
   * The file is one ZIP however it is read: through its central directory (as Word and most tools
   * read it) the same entries, in the same order, with the same content, checksums and time as read
   * front to back through the local headers.
   */
  @Test
  void theCentralDirectoryAgreesWithTheLocalHeaders(@TempDir Path dir) throws IOException {
    for (Map.Entry<String, byte[]> fixture : Fixtures.all().entrySet()) {
      Docx docx = new Docx(fixture.getValue());
      Path file = Files.write(dir.resolve(fixture.getKey()), fixture.getValue());
      List<String> names = new ArrayList<>();
      try (ZipFile zip = new ZipFile(file.toFile())) {
        for (ZipEntry entry : Collections.list(zip.entries())) {
          names.add(entry.getName());
          byte[] content;
          try (var in = zip.getInputStream(entry)) {
            content = in.readAllBytes();
          }
          String what = fixture.getKey() + " " + entry.getName();
          assertArrayEquals(docx.entries().get(entry.getName()), content, what);
          assertEquals(content.length, entry.getSize(), what);
          CRC32 crc = new CRC32();
          crc.update(content);
          assertEquals(crc.getValue(), entry.getCrc(), what);
          assertEquals(ZipEntry.DEFLATED, entry.getMethod(), what);
          assertEquals(LocalDateTime.ofInstant(Samples.FIXED, ZoneOffset.UTC), entry.getTimeLocal(), what);
        }
      }
      assertEquals(List.copyOf(docx.entries().keySet()), names, fixture.getKey());
    }
  }

  /**
   * The entries are dated in UTC whatever the JVM's time zone: the ZIP library writes a DOS time in the
   * default zone, and a file must not depend on where it is made.
   */
  @Test
  @LocaleSensitive // sets the JVM's default time zone, which the file must not depend on
  void theSameBytesInEveryTimeZone() throws IOException {
    Instant instant = Instant.parse("2027-07-02T23:30:08Z"); // a day later east of UTC, summer time in Europe
    RenderOptions options = RenderOptions.builder().fixedInstant(instant).build();
    TimeZone zone = TimeZone.getDefault();
    byte[] home = Samples.render(DocxRenderer.builder().options(options).build(), Samples.reference());
    try {
      for (String id : List.of("UTC", "Europe/Berlin", "Pacific/Kiritimati", "America/Los_Angeles")) {
        TimeZone.setDefault(TimeZone.getTimeZone(id));
        byte[] bytes = Samples.render(DocxRenderer.builder().options(options).build(), Samples.reference());
        assertArrayEquals(home, bytes, id);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
          for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            assertEquals(LocalDateTime.parse("2027-07-02T23:30:08"), entry.getTimeLocal(), id + " " + entry.getName());
          }
        }
      }
    } finally {
      TimeZone.setDefault(zone);
    }
  }

  /** A time after what the ZIP library writes as a plain DOS time dates the entries at its end. */
  @Test
  void aTimeAfter2097() throws IOException {
    RenderOptions late = RenderOptions.builder().fixedInstant(Instant.parse("2150-06-01T12:00:00Z")).build();
    byte[] bytes = Samples.render(DocxRenderer.builder().options(late).build(), Samples.reference());
    assertEquals("2150-06-01T12:00:00Z", Docx.string(new Docx(bytes).xml("docProps/core.xml"), "//dcterms:modified"));
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        assertEquals(LocalDateTime.parse("2097-10-31T23:59:58"), entry.getTimeLocal(), entry.getName());
        assertTrue(entry.getExtra() == null || entry.getExtra().length == 0, "no extended timestamp");
      }
    }
  }

  /** A time a ZIP entry cannot hold dates the entries as near as they can; the properties keep it. */
  @Test
  void aTimeBefore1980() throws IOException {
    RenderOptions early = RenderOptions.builder().fixedInstant(Instant.parse("1970-01-01T00:00:00Z")).build();
    byte[] bytes = Samples.render(DocxRenderer.builder().options(early).build(), Samples.reference());
    assertEquals("1970-01-01T00:00:00Z", Docx.string(new Docx(bytes).xml("docProps/core.xml"), "//dcterms:modified"));
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        assertEquals(LocalDateTime.parse("1980-01-01T00:00:00"), entry.getTimeLocal(), entry.getName());
      }
    }
  }

  @Test
  void renderWritesTheBytesAndLeavesTheStreamOpen() throws IOException {
    DocxRenderer renderer = Samples.renderer(Locale.GERMANY);
    boolean[] closed = {false};
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    renderer.render(Samples.reference(), out);
    assertFalse(closed[0]);
    assertArrayEquals(Samples.render(renderer, Samples.reference()), out.toByteArray());
  }

  @Test
  void formatAndOptions() {
    RenderOptions options = RenderOptions.builder().locale(Locale.ENGLISH).build();
    DocxRenderer renderer = DocxRenderer.builder().options(options).build();
    assertEquals(RenderFormat.DOCX, renderer.format());
    assertSame(options, renderer.options());
    assertSame(RenderOptions.defaults(), DocxRenderer.builder().build().options());
  }

  @Test
  void foundByTheServiceLoader() {
    RenderOptions options = RenderOptions.builder().locale(Locale.ENGLISH).build();
    ExcerptRenderer renderer = Renderers.builder().addServiceLoaded(options).build().get("docx");
    assertInstanceOf(DocxRenderer.class, renderer);
    assertSame(options, renderer.options());
    // The build runs the tests on the module path: the provider is found through "provides".
    assertEquals("org.ratsinfo.render.docx", DocxRendererProvider.class.getModule().getName());
    assertTrue(DocxRendererProvider.class.getModule().getDescriptor().provides().stream()
        .anyMatch(p -> p.providers().contains(DocxRendererProvider.class.getName())));
  }
}
