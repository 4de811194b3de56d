package org.ratsinfo.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a byte stream as strict UTF-8, skipping a leading byte order mark. Unlike an {@link
 * java.io.InputStreamReader}, it hands out every character before a malformed byte sequence and
 * throws the {@link CharacterCodingException} only on the read after, so that the parser's position
 * (and the error's line and column) is where the bad bytes are. Not thread-safe; closes the stream.
 */
public final class Utf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();
  private boolean endOfInput;
  private boolean flushed;
  private boolean started;
  private @Nullable CharacterCodingException pending;

  /**
   * A reader of the stream.
   *
   * @param in the UTF-8 bytes
   */
  public Utf8Reader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  /**
   * Decodes the next characters into {@link #chars}; decoding into a buffer of its own (not the
   * caller's) keeps a surrogate pair whole when the caller asks for a single character.
   *
   * @return false at the end of the input; true if characters were decoded, though a leading byte
   *     order mark may have been the only one
   */
  private boolean fill() throws IOException {
    if (pending != null) {
      throw pending;
    }
    if (flushed) {
      return false;
    }
    chars.clear();
    try {
      while (true) {
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isError()) {
          CharacterCodingException e = new MalformedInputException(result.length());
          if (chars.position() > 0) {
            pending = e; // hand out what came before the bad bytes first
            return true;
          }
          throw e;
        }
        if (result.isOverflow() || chars.position() > 0) {
          return true;
        }
        if (endOfInput) {
          decoder.flush(chars); // a no-op for UTF-8; the decoder may not be used after it
          flushed = true;
          return chars.position() > 0;
        }
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
          endOfInput = true;
        } else {
          bytes.position(bytes.position() + read);
        }
        bytes.flip();
      }
    } finally {
      chars.flip();
      if (!started && chars.hasRemaining()) {
        started = true;
        if (chars.get(0) == '\uFEFF') {
          chars.get(); // a leading byte order mark is not part of the text
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
