package org.ratsinfo.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8ReaderTest {

  /** Reads everything in reads of the given size. */
  private static String readAll(byte[] bytes, int chunk) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Reader in = new Utf8Reader(new ByteArrayInputStream(bytes))) {
      char[] buffer = new char[chunk];
      int n;
      while ((n = in.read(buffer, 0, chunk)) != -1) {
        text.append(buffer, 0, n);
      }
    }
    return text.toString();
  }

  @Test
  void decodesLikeTheJdkInEveryChunkSizeAcrossBufferBoundaries() throws IOException {
    Random random = new Random(20170228);
    StringBuilder text = new StringBuilder();
    String[] pieces = {"a", "ä", "€", "\uD83D\uDE00", "\u0645", "\n", "Ö 19.1 "};
    while (text.length() < 40_000) { // several of the reader's 8 KiB byte buffers
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    for (int chunk : new int[] {1, 2, 3, 7, 4000, 8192, 65_536}) {
      assertEquals(text.toString(), readAll(bytes, chunk), "reads of " + chunk);
    }
  }

  @Test
  void skipsOneLeadingByteOrderMarkOnly() throws IOException {
    assertEquals("{}", readAll("\uFEFF{}".getBytes(StandardCharsets.UTF_8), 1));
    assertEquals("{}", readAll("\uFEFF{}".getBytes(StandardCharsets.UTF_8), 100));
    assertEquals("\uFEFF", readAll("\uFEFF\uFEFF".getBytes(StandardCharsets.UTF_8), 100));
    assertEquals("", readAll("\uFEFF".getBytes(StandardCharsets.UTF_8), 100));
    assertEquals("", readAll(new byte[0], 100));
  }

  @Test
  void handsOutTheCharactersBeforeMalformedBytesThenThrows() throws IOException {
    byte[] bytes = "Herne \u00e4".getBytes(StandardCharsets.ISO_8859_1);
    try (Reader in = new Utf8Reader(new ByteArrayInputStream(bytes))) {
      char[] buffer = new char[100];
      int n = in.read(buffer, 0, 100);
      assertArrayEquals("Herne ".toCharArray(), java.util.Arrays.copyOf(buffer, n));
      assertThrows(MalformedInputException.class, () -> in.read(buffer, 0, 100));
      assertThrows(MalformedInputException.class, () -> in.read(buffer, 0, 100)); // and stays so
    }
  }

  @Test
  void aSequenceCutOffAtTheEndIsMalformed() {
    byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(euro, 2);
    assertThrows(MalformedInputException.class, () -> readAll(cut, 10));
  }

  @Test
  void surrogatesEncodedAsUtf8AreMalformed() {
    byte[] loneSurrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80}; // CESU-style U+D800
    assertThrows(MalformedInputException.class, () -> readAll(loneSurrogate, 10));
  }

  @Test
  void closesTheStream() throws IOException {
    boolean[] closed = {false};
    InputStream stream = new ByteArrayInputStream(new byte[0]) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    new Utf8Reader(stream).close();
    assertEquals(true, closed[0]);
  }
}
