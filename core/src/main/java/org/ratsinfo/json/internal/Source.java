package org.ratsinfo.json.internal;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * The input of one read. It opens the parser, and after a failure it opens a second one on the same
 * text, from the start to as far as the first one read, so that {@link Locator} can find where a value
 * is. A string or a file is simply read again; a stream is kept as it is read, one copy of what the
 * parser takes from it. Not thread-safe; one per read.
 */
abstract class Source implements AutoCloseable {

  /** Opens the parser of the input. */
  abstract JsonParser open(ObjectReader reader) throws IOException;

  /** Opens a parser on the input read so far, or {@code null} if it has no locations (a tree). */
  abstract @Nullable JsonParser reopen(ObjectReader reader);

  /**
   * Whether an exception came from the input itself (a failing stream, an {@link IOException} for the
   * caller), not from decoding it: Jackson's own decoders throw {@link CharConversionException}, a
   * {@link Reader}'s decoder (e.g. a file read as UTF-8) a {@link CharacterCodingException}.
   */
  boolean threw(IOException e) {
    return !(e instanceof CharConversionException || e instanceof CharacterCodingException);
  }

  /**
   * The parser of text: without a data-binding context of its own (the reader brings one to each read),
   * so that a read makes one context, not two.
   */
  static JsonParser text(ObjectReader reader, String json) {
    return reader.parserFactory().createParser(ObjectReadContext.empty(), json);
  }

  static JsonParser text(ObjectReader reader, Reader in) {
    return reader.parserFactory().createParser(ObjectReadContext.empty(), in);
  }

  static JsonParser text(ObjectReader reader, InputStream in) {
    return reader.parserFactory().createParser(ObjectReadContext.empty(), in);
  }

  static JsonParser text(ObjectReader reader, byte[] bytes) {
    return reader.parserFactory().createParser(ObjectReadContext.empty(), bytes);
  }

  /** Closes what this source opened itself; a caller's stream stays open. */
  @Override
  public void close() throws IOException {}

  static Source of(String json) {
    return new Source() {
      @Override
      JsonParser open(ObjectReader reader) {
        return text(reader, json);
      }

      @Override
      JsonParser reopen(ObjectReader reader) {
        return text(reader, json);
      }
    };
  }

  static Source of(JsonNode tree) {
    return new Source() {
      @Override
      JsonParser open(ObjectReader reader) {
        return reader.treeAsTokens(tree);
      }

      @Override
      @Nullable JsonParser reopen(ObjectReader reader) {
        return null;
      }
    };
  }

  /** A file of UTF-8 text, decoded strictly (see {@link Utf8Reader}), so that columns count characters. */
  static Source of(Path file) {
    return new Source() {
      private final List<Reader> opened = new ArrayList<>();

      @Override
      JsonParser open(ObjectReader reader) throws IOException {
        return text(reader, utf8());
      }

      @Override
      @Nullable JsonParser reopen(ObjectReader reader) {
        try {
          return text(reader, utf8());
        } catch (IOException e) {
          return null; // the file is gone: no place to name
        }
      }

      private Reader utf8() throws IOException {
        Reader in = new Utf8Reader(Files.newInputStream(file));
        opened.add(in);
        return in;
      }

      @Override
      public void close() throws IOException {
        for (Reader in : opened) {
          in.close();
        }
      }
    };
  }

  static Source of(Reader in) {
    return new Chars(in);
  }

  static Source of(InputStream in) {
    return new Bytes(in);
  }

  /** A character stream, whose characters are kept as the parser reads them. */
  private static final class Chars extends Source {
    private final Reader in;
    private final List<char[]> read = new ArrayList<>();

    Chars(Reader in) {
      this.in = in;
    }

    @Override
    JsonParser open(ObjectReader reader) {
      return text(reader, new FilterReader(in) {
        @Override
        public int read() throws IOException {
          char[] one = new char[1];
          return read(one, 0, 1) <= 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int offset, int count) throws IOException {
          int n = super.read(buffer, offset, count);
          if (n > 0) {
            read.add(Arrays.copyOfRange(buffer, offset, offset + n));
          }
          return n;
        }

        @Override
        public void close() {
          // the caller owns the stream
        }
      });
    }

    @Override
    JsonParser reopen(ObjectReader reader) {
      StringBuilder all = new StringBuilder();
      for (char[] chunk : read) {
        all.append(chunk);
      }
      return text(reader, all.toString());
    }
  }

  /**
   * A byte stream, whose bytes are kept as the parser reads them, and which remembers the exceptions
   * it throws, so that a failing stream (an {@link IOException} for the caller) is told apart from bytes
   * Jackson cannot decode (malformed input).
   */
  private static final class Bytes extends Source {
    private final Set<IOException> thrown = Collections.newSetFromMap(new IdentityHashMap<>());
    private final InputStream in;
    private final List<byte[]> read = new ArrayList<>();
    private int length;

    Bytes(InputStream in) {
      this.in = in;
    }

    @Override
    JsonParser open(ObjectReader reader) {
      return text(reader, new FilterInputStream(in) {
        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
          int n;
          try {
            n = super.read(buffer, offset, count);
          } catch (IOException e) {
            thrown.add(e);
            throw e;
          }
          if (n > 0) {
            read.add(Arrays.copyOfRange(buffer, offset, offset + n));
            length += n;
          }
          return n;
        }

        @Override
        public void close() {
          // the caller owns the stream
        }
      });
    }

    @Override
    boolean threw(IOException e) {
      return thrown.contains(e);
    }

    @Override
    JsonParser reopen(ObjectReader reader) {
      byte[] all = new byte[length];
      int at = 0;
      for (byte[] chunk : read) {
        System.arraycopy(chunk, 0, all, at, chunk.length);
        at += chunk.length;
      }
      return text(reader, all);
    }
  }
}
