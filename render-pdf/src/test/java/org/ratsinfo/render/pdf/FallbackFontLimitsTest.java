package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/**
 * What the builder accepts as a fallback font: at most a limit in size (64 MiB by default; a 300 MB
 * file is refused before it is read, where a render would have died of an OutOfMemoryError), a
 * TrueType font with a Unicode character map that PDFBox can embed. Each refusal names the font, the
 * limit or the reason, in German and English.
 */
class FallbackFontLimitsTest {

  private static final long MIB = 1024 * 1024;

  @TempDir Path dir;

  @Test
  void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
    Path huge = dir.resolve("huge.ttf");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(300 * MIB); // sparse: takes no disk, and reading it would take 300 MB of heap
    }
    for (Locale locale : List.of(Locale.GERMANY, Locale.ENGLISH)) {
      PdfRenderer.Builder builder = PdfRenderer.builder().options(Samples.options(locale));
      String message = refused(() -> builder.fallbackFont(huge));
      assertTrue(message.contains(huge.toString()), message);
      assertTrue(message.contains(locale.getLanguage().equals("de")
          ? "ist 300 MiB groß, mehr als die Grenze von 64 MiB (PdfRenderer.Builder.fallbackFontLimit)"
          : "is 300 MiB, more than the limit of 64 MiB (PdfRenderer.Builder.fallbackFontLimit)"),
          message);
    }
  }

  @Test
  void theLimitCanBeLoweredAndRaised() throws IOException {
    byte[] noto = noto();
    Path file = Files.write(dir.resolve("noto.ttf"), noto);
    String message = refused(() -> PdfRenderer.builder().options(Samples.options(Locale.ENGLISH))
        .fallbackFontLimit(100_000).fallbackFont(file));
    assertTrue(message.startsWith("the fallback font \"" + file + "\" is " + noto.length
        + " bytes, more than the limit of 100000 bytes"), message);
    message = refused(() -> PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .fallbackFontLimit(100_000).fallbackFont(noto));
    assertTrue(message.startsWith("Die Ersatzschrift „#1“ ist " + noto.length
        + " Bytes groß, mehr als die Grenze von 100000 Bytes"), message);
    // Lowered after the font was added: build() finds it.
    message = refused(() -> PdfRenderer.builder().options(Samples.options(Locale.ENGLISH))
        .fallbackFont(file).fallbackFontLimit(100_000).build());
    assertTrue(message.startsWith("the fallback font \"" + file + "\" is "), message);
    assertEquals(1, PdfRenderer.builder().fallbackFontLimit(noto.length).fallbackFont(file).build()
        .fallbackFonts());
    assertThrows(IllegalArgumentException.class, () -> PdfRenderer.builder().fallbackFontLimit(0));
  }

  @Test
  void aFileThatIsNotATrueTypeFontIsRefusedByName() throws IOException {
    Path text = Files.writeString(dir.resolve("font.ttf"), "not a font");
    byte[] half = Arrays.copyOf(noto(), noto().length / 2);
    Path truncated = Files.write(dir.resolve("truncated.ttf"), half);
    for (Path file : List.of(text, truncated)) {
      String english = refused(() -> PdfRenderer.builder().options(Samples.options(Locale.ENGLISH))
          .fallbackFont(file));
      assertTrue(english.startsWith("the fallback font \"" + file + "\" cannot be "), english);
      String german = refused(() -> PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
          .fallbackFont(file));
      assertTrue(german.startsWith("Die Ersatzschrift „" + file + "“ "), german);
    }
  }

  /**
   * A font whose licence bits forbid embedding (OS/2 fsType 2, "restricted licence") is refused when
   * it is added; before, the builder took it and the render could not embed it.
   */
  @Test
  void aFontThatMayNotBeEmbeddedIsRefused() throws IOException {
    Path restricted = Files.write(dir.resolve("restricted.ttf"), withEmbeddingType(noto(), 0x0002));
    String english = refused(() -> PdfRenderer.builder().options(Samples.options(Locale.ENGLISH))
        .fallbackFont(restricted));
    assertTrue(english.startsWith("the fallback font \"" + restricted + "\" cannot be embedded in a "
        + "PDF (for one, because its licence does not permit it): "), english);
    String german = refused(() -> PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .fallbackFont(restricted));
    assertTrue(german.startsWith("Die Ersatzschrift „" + restricted + "“ lässt sich nicht in ein PDF "
        + "einbetten"), german);
  }

  private static String refused(Executable add) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> assertTimeoutPreemptively(Duration.ofSeconds(20), add));
    String message = e.getMessage();
    assertTrue(!message.contains("\tat ") && !message.contains("Exception:"), message);
    return message;
  }

  /** Noto Sans Regular, the font the module ships: a well-formed TrueType font. */
  private static byte[] noto() throws IOException {
    try (InputStream in = Objects.requireNonNull(
        PdfRenderer.class.getResourceAsStream("fonts/NotoSans-Regular.ttf"))) {
      return in.readAllBytes();
    }
  }

  /** A copy of a TrueType font with another fsType (embedding licence bits) in its OS/2 table. */
  private static byte[] withEmbeddingType(byte[] font, int fsType) {
    byte[] copy = font.clone();
    ByteBuffer buffer = ByteBuffer.wrap(copy);
    int tables = buffer.getShort(4) & 0xFFFF;
    for (int i = 0; i < tables; i++) {
      int entry = 12 + 16 * i;
      String tag = new String(copy, entry, 4, StandardCharsets.US_ASCII);
      if (tag.equals("OS/2")) {
        buffer.putShort(buffer.getInt(entry + 8) + 8, (short) fsType);
        return copy;
      }
    }
    throw new IllegalStateException("no OS/2 table");
  }
}
