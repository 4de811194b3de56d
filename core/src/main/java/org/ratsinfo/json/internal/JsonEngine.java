package org.ratsinfo.json.internal;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Reads and writes model values with one token stream factory, built once: the codecs read and write
 * tokens themselves, so Jackson's data binding (an {@code ObjectMapper}, some hundreds of classes to
 * load and initialise, a fifth of a second in a fresh JVM) is not needed. Immutable and thread-safe.
 * Every read problem is a {@link ReadFailure}; I/O problems are {@link IOException}s.
 */
public final class JsonEngine {

  /** A source of a parser. */
  @FunctionalInterface
  private interface ParserSource {
    JsonParser open(JsonFactory factory);

    /**
     * Whether the exception came from the source itself (a failing stream), not from decoding it:
     * Jackson's own decoders throw {@link CharConversionException}, a {@link java.io.Reader}'s
     * decoder (e.g. a file read as UTF-8) a {@link CharacterCodingException}.
     */
    default boolean threw(IOException e) {
      return !(e instanceof CharConversionException || e instanceof CharacterCodingException);
    }
  }

  /**
   * A byte stream that remembers the exceptions it throws, so that a failing stream (an {@link
   * IOException} for the caller) is told apart from bytes Jackson cannot decode (malformed input).
   */
  private static final class ByteSource extends FilterInputStream implements ParserSource {
    private final java.util.Set<IOException> thrown =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    ByteSource(InputStream in) {
      super(in);
    }

    @Override
    public JsonParser open(JsonFactory factory) {
      return factory.createParser(ObjectReadContext.empty(), this);
    }

    @Override
    public boolean threw(IOException e) {
      return thrown.contains(e);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        thrown.add(e);
        throw e;
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      try {
        return super.read(buffer, offset, length);
      } catch (IOException e) {
        thrown.add(e);
        throw e;
      }
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }

  private final JsonFactory factory;
  /** Gives each generator its own pretty printer, if the output is indented. */
  private final ObjectWriteContext writeContext;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final long maxDocumentLength;
  private final int maxNumberLength;

  /**
   * An engine with the given settings.
   *
   * @param prettyPrint whether to indent the output
   * @param maxNestingDepth the deepest nesting of objects and arrays read
   * @param maxStringLength the longest string read, in characters
   * @param maxDocumentLength the longest document read, in bytes or characters
   * @param maxNumberLength the longest number read, in characters
   */
  public JsonEngine(boolean prettyPrint, int maxNestingDepth, int maxStringLength, long maxDocumentLength,
      int maxNumberLength) {
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxDocumentLength = maxDocumentLength;
    this.maxNumberLength = maxNumberLength;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxDocumentLength(maxDocumentLength)
        .maxNumberLength(maxNumberLength)
        .maxNameLength(Math.min(maxStringLength, 50_000))
        .build();
    factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    writeContext = !prettyPrint ? ObjectWriteContext.empty() : new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return printer.createInstance();
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    };
  }

  /**
   * Reads a value of a model record type from a string.
   *
   * @throws ReadFailure if the input is malformed
   * @throws IllegalArgumentException if the type is not a record of the model
   */
  public <T> T read(String json, Class<T> type) {
    try {
      return read(f -> f.createParser(ObjectReadContext.empty(), json), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value of a model record type from a byte stream (UTF-8, -16 or -32, detected); does not
   * close the stream.
   *
   * @throws IOException if reading fails
   */
  public <T> T read(InputStream in, Class<T> type) throws IOException {
    return read((ParserSource) new ByteSource(in), type);
  }

  /**
   * Reads a value of a model record type from a character stream; does not close the stream.
   *
   * @throws IOException if reading fails
   */
  public <T> T read(Reader in, Class<T> type) throws IOException {
    return read(f -> f.createParser(ObjectReadContext.empty(), in), type);
  }

  /**
   * Reads a document that is one of two model record types from a character stream, in one pass: the
   * first type if the top-level object has the given property, else the second. Does not close the
   * stream.
   *
   * @throws IOException if reading fails
   */
  public Object readChoice(Reader in, Class<?> withProperty, String property, Class<?> otherwise)
      throws IOException {
    return read(f -> f.createParser(ObjectReadContext.empty(), in),
        Codecs.choice(withProperty, property, otherwise), Object.class);
  }

  /** Like {@link #readChoice(Reader, Class, String, Class)}, from a byte stream. */
  public Object readChoice(InputStream in, Class<?> withProperty, String property, Class<?> otherwise)
      throws IOException {
    return read((ParserSource) new ByteSource(in), Codecs.choice(withProperty, property, otherwise), Object.class);
  }

  /** Like {@link #readChoice(Reader, Class, String, Class)}, from a string. */
  public Object readChoice(String json, Class<?> withProperty, String property, Class<?> otherwise) {
    try {
      return read(f -> f.createParser(ObjectReadContext.empty(), json),
          Codecs.choice(withProperty, property, otherwise), Object.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T read(ParserSource source, Class<T> type) throws IOException {
    return read(source, Codecs.root(type), type);
  }

  private <T> T read(ParserSource source, Codec codec, Class<T> type) throws IOException {
    JsonParser p = null;
    try {
      p = source.open(factory);
      JsonToken first = p.nextToken();
      if (first == null) {
        throw Failures.at("$", p.currentLocation(), null, Problem.SYNTAX, "empty");
      }
      Object value = codec.read(p);
      JsonToken next;
      try {
        next = p.nextToken();
      } catch (JacksonIOException | StreamConstraintsException e) {
        throw e;
      } catch (JacksonException e) {
        throw Failures.at("$", location(e, p), e, Problem.TRAILING_CONTENT, "trailing");
      }
      if (next != null) {
        throw Failures.at("$", p.currentTokenLocation(), null, Problem.TRAILING_CONTENT, "trailing");
      }
      return type.cast(value);
    } catch (JacksonIOException e) {
      if (!source.threw(e.getCause())) {
        // Bytes that are not text in the encoding Jackson detected (invalid UTF-32, a byte order
        // Jackson does not know) or in the reader's charset (a Latin-1 file read as UTF-8):
        // malformed input, not a failing stream.
        String path = p == null ? "$" : Failures.path(p.streamReadContext());
        throw Failures.at(path, p == null ? null : p.currentLocation(), e.getCause(), Problem.SYNTAX,
            e.getCause() instanceof CharacterCodingException ? "decoding" : "encoding");
      }
      throw e.getCause();
    } catch (JacksonException e) {
      throw translate(e, p);
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (JacksonException e) {
          // closing a parser that does not own its source does not fail in practice; nothing to report
        }
      }
    }
  }

  private static @Nullable TokenStreamLocation location(JacksonException e, @Nullable JsonParser p) {
    TokenStreamLocation location = e.getLocation();
    if ((location == null || location.getLineNr() < 1) && p != null) {
      location = p.currentLocation();
    }
    return location;
  }

  private ReadFailure translate(JacksonException e, @Nullable JsonParser p) {
    String path = p == null ? "$" : Failures.path(p.streamReadContext());
    TokenStreamLocation location = location(e, p);
    String message = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      if (p != null && p.currentToken() != null && p.currentToken().isScalarValue()) {
        location = p.currentTokenLocation(); // the start of the long string or number
      }
      String key;
      String limit;
      if (message.startsWith("Document nesting depth")) {
        key = "limit.depth";
        limit = Integer.toString(maxNestingDepth);
      } else if (message.startsWith("String value length")) {
        key = "limit.string";
        limit = Integer.toString(maxStringLength);
      } else if (message.startsWith("Number value length")) {
        key = "limit.number";
        limit = Integer.toString(maxNumberLength);
      } else if (message.startsWith("Document length")) {
        key = "limit.document";
        limit = Long.toString(maxDocumentLength);
      } else if (message.startsWith("Name length")) {
        key = "limit.name";
        limit = Integer.toString(Math.min(maxStringLength, 50_000));
      } else {
        key = "limit.other";
        limit = "";
      }
      return Failures.at(path, location, e, Problem.LIMIT_EXCEEDED, key, limit);
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return Failures.at(path, location, e, Problem.SYNTAX, "unexpectedEnd");
    }
    if (message.startsWith("Duplicate Object property")) {
      String name = p == null ? null : p.streamReadContext().currentName();
      return Failures.at(path, location, e, Problem.DUPLICATE_PROPERTY, "duplicateProperty",
          Failures.quote(name));
    }
    return new ReadFailure(Problem.SYNTAX, path, location == null ? -1 : location.getLineNr(),
        location == null ? -1 : location.getColumnNr(), "syntax", List.of(), e);
  }

  /**
   * Writes a model value to a byte stream in UTF-8; flushes but does not close the stream.
   *
   * @throws IOException if writing fails
   */
  public void write(Object value, OutputStream out) throws IOException {
    Codec codec = Codecs.root(value.getClass());
    try (JsonGenerator g = factory.createGenerator(writeContext, out)) {
      codec.write(g, value);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes a model value to a character stream; flushes but does not close the stream.
   *
   * @throws IOException if writing fails
   */
  public void write(Object value, Writer out) throws IOException {
    Codec codec = Codecs.root(value.getClass());
    try (JsonGenerator g = factory.createGenerator(writeContext, out)) {
      codec.write(g, value);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /** Writes a model value to a string. */
  public String writeString(Object value) {
    StringWriter out = new StringWriter();
    try {
      write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
