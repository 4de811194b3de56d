package org.ratsinfo.json.internal;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * The input of one read. It opens the parser, and it keeps what the parser took from it, so that after a
 * failure a second parser can read the same text again to find where a value is (see {@link Locator}).
 * Not thread-safe; one per read.
 */
abstract class Source {

  /** Opens the parser of the input. */
  abstract JsonParser open(ObjectReader reader);

  /** Opens a parser on the part of the input read so far, or {@code null} if it has no locations. */
  abstract @Nullable JsonParser reopen(ObjectReader reader);

  /**
   * Whether an exception came from the input itself (a failing stream, an {@link IOException} for the
   * caller), not from decoding it: Jackson's own decoders throw {@link CharConversionException}, a
   * {@link Reader}'s decoder (e.g. a file read as UTF-8) a {@link CharacterCodingException}.
   */
  boolean threw(IOException e) {
    return !(e instanceof CharConversionException || e instanceof CharacterCodingException);
  }

  static Source of(String json) {
    return new Source() {
      @Override
      JsonParser open(ObjectReader reader) {
        return reader.createParser(json);
      }

      @Override
      JsonParser reopen(ObjectReader reader) {
        return reader.createParser(json);
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

  static Source of(Reader in) {
    return new Chars(in);
  }

  static Source of(InputStream in) {
    return new Bytes(in);
  }

  /** A character stream, whose characters are kept as the parser reads them. */
  private static final class Chars extends Source {
    private final Reader in;
    private char[] read = new char[8192];
    private int length;

    Chars(Reader in) {
      this.in = in;
    }

    @Override
    JsonParser open(ObjectReader reader) {
      return reader.createParser(new Reader() {
        @Override
        public int read(char[] buffer, int offset, int count) throws IOException {
          int n = in.read(buffer, offset, count);
          if (n > 0) {
            if (length + n > read.length) {
              read = Arrays.copyOf(read, Math.max(read.length * 2, length + n));
            }
            System.arraycopy(buffer, offset, read, length, n);
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
    JsonParser reopen(ObjectReader reader) {
      return reader.createParser(read, 0, length);
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
    private byte[] read = new byte[8192];
    private int length;

    Bytes(InputStream in) {
      this.in = in;
    }

    @Override
    JsonParser open(ObjectReader reader) {
      return reader.createParser(new FilterInputStream(in) {
        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          int n = read(one, 0, 1);
          return n <= 0 ? -1 : one[0] & 0xFF;
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
            if (length + n > read.length) {
              read = Arrays.copyOf(read, Math.max(read.length * 2, length + n));
            }
            System.arraycopy(buffer, offset, read, length, n);
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
      return reader.createParser(read, 0, length);
    }
  }
}
