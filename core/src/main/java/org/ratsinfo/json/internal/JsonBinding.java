package org.ratsinfo.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.json.JsonProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;

/**
 * The strict reader and writer behind {@code RatsinfoJson}: one {@link JsonMapper} with the model's
 * module, built once with the read limits, that rejects unknown properties, duplicate keys, values of
 * another JSON type (nothing is coerced) and content after the document. Every problem of the input is
 * a {@link ReadFailure}; a failing stream is an {@link IOException}. Immutable and thread-safe.
 */
public final class JsonBinding {

  private static final String MODEL_PACKAGE = ModelTypes.MODEL_PACKAGE;

  private final JsonMapper mapper;
  private final ObjectWriter writer;
  private final ReadErrors errors;
  private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

  /**
   * A binding with the given settings.
   *
   * @param module the model's module
   * @param prettyPrint whether to indent the output
   * @param limits the read limits
   */
  public JsonBinding(JacksonModule module, boolean prettyPrint, ReadErrors.Limits limits) {
    this.errors = new ReadErrors(limits);
    this.mapper = JsonMapper.builder(factory(limits))
        .addModule(module)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        // checked by the reader itself, so that trailing content is told from the document's problems
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfigDefaults(config -> {
          config.setAcceptBlankAsEmpty(Boolean.FALSE);
          for (CoercionInputShape shape : CoercionInputShape.values()) {
            config.setCoercion(shape, CoercionAction.Fail);
          }
        })
        .build();
    ObjectWriter plain = mapper.writer();
    this.writer = prettyPrint ? plain.with(prettyPrinter()) : plain;
  }

  /**
   * The token stream factory of a strict reader: the limits, duplicate keys rejected, streams left open
   * for their owners to close.
   *
   * @param limits the read limits
   * @return the factory
   */
  public static JsonFactory factory(ReadErrors.Limits limits) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxDocumentLength(limits.maxDocumentLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxNameLength(limits.maxNameLength())
        .build();
    return JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /**
   * The pretty printer of the native format: two spaces, {@code \n} on every platform, {@code "name":
   * value}, empty objects and arrays as {@code {}} and {@code []}.
   */
  public static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /**
   * Whether a type may be read or written on its own: a record of the model.
   *
   * @throws IllegalArgumentException if it is not
   */
  private static void checkModelRecord(Class<?> type) {
    if (!type.isRecord() || !MODEL_PACKAGE.equals(type.getPackageName())) {
      throw new IllegalArgumentException("not a record of " + MODEL_PACKAGE + ": " + type.getName());
    }
  }

  private ObjectReader reader(Class<?> type) {
    return readers.computeIfAbsent(type, mapper::readerFor);
  }

  /** Reads a value of a model record type from a string. */
  public <T> T read(String json, Class<T> type) {
    checkModelRecord(type);
    try {
      return read(Source.of(json), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string does not fail to be read
    }
  }

  /** Reads a value of a model record type from a character stream; does not close it. */
  public <T> T read(Reader in, Class<T> type) throws IOException {
    checkModelRecord(type);
    return read(Source.of(in), type);
  }

  /**
   * Reads a value of a model record type from a file of UTF-8 text (a leading byte order mark
   * skipped); columns count characters, and bytes that are not UTF-8 are malformed input.
   */
  public <T> T read(Path file, Class<T> type) throws IOException {
    checkModelRecord(type);
    return read(Source.of(file), type);
  }

  /** Reads a value of a model record type from a byte stream (UTF-8, -16 or -32); does not close it. */
  public <T> T read(InputStream in, Class<T> type) throws IOException {
    checkModelRecord(type);
    return read(Source.of(in), type);
  }

  /**
   * Reads a value of a model record type from a JSON tree, as strictly as from text; a failure names
   * the path in the tree, with no line or column.
   */
  public <T> T read(JsonNode tree, Class<T> type) {
    checkModelRecord(type);
    try {
      return read(Source.of(tree), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a tree does not fail to be read
    }
  }

  /** Reads an excerpt or a meeting's excerpts from a string, in one pass; see {@link Document}. */
  public Record readDocument(String json) {
    try {
      return read(Source.of(json), Document.class).value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads an excerpt or a meeting's excerpts from a character stream, in one pass. */
  public Record readDocument(Reader in) throws IOException {
    return read(Source.of(in), Document.class).value();
  }

  /** Reads an excerpt or a meeting's excerpts from a file of UTF-8 text, in one pass. */
  public Record readDocument(Path file) throws IOException {
    return read(Source.of(file), Document.class).value();
  }

  /** Reads an excerpt or a meeting's excerpts from a byte stream, in one pass. */
  public Record readDocument(InputStream in) throws IOException {
    return read(Source.of(in), Document.class).value();
  }

  private <T> T read(Source source, Class<T> type) throws IOException {
    try (source) {
      return read(source, reader(type), type);
    }
  }

  private <T> T read(Source source, ObjectReader reader, Class<T> type) throws IOException {
    JsonParser p = null;
    try {
      p = source.open(reader);
      JsonToken first = p.nextToken();
      if (first == null) {
        throw ReadErrors.document(JsonProblem.SYNTAX, p.currentLocation(), "empty", null);
      }
      if (first == JsonToken.VALUE_NULL) {
        throw ReadErrors.wrongType(p, ReadErrors.kind(type));
      }
      T value = reader.readValue(p);
      JsonToken next;
      try {
        next = p.nextToken();
      } catch (JacksonIOException | StreamConstraintsException e) {
        throw e;
      } catch (JacksonException e) {
        throw ReadErrors.document(JsonProblem.TRAILING_CONTENT, location(e, p), "trailing", e);
      }
      if (next != null) {
        throw ReadErrors.document(JsonProblem.TRAILING_CONTENT, p.currentTokenLocation(), "trailing", null);
      }
      return value;
    } catch (JacksonIOException e) {
      IOException cause = e.getCause();
      if (!source.threw(cause)) {
        // Bytes that are not text in the encoding Jackson detected (invalid UTF-32, a byte order
        // Jackson does not know) or in the reader's charset (a Latin-1 file read as UTF-8):
        // malformed input, not a failing stream.
        throw ReadErrors.undecodable(p, cause,
            cause instanceof CharacterCodingException ? "decoding" : "encoding");
      }
      throw cause;
    } catch (JacksonException e) {
      throw errors.translate(e, p, new Places(source, reader));
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

  /** The places of the input of a failed read, found by reading it again. */
  private record Places(Source source, ObjectReader reader) implements ReadErrors.Places {
    @Override
    public @Nullable TokenStreamLocation find(List<Object> path, boolean name) {
      JsonParser again = source.reopen(reader);
      return again == null ? null : Locator.find(again, path, name);
    }

    @Override
    public Locator.@Nullable Name firstUnknown(List<Object> path, Collection<String> known,
        @Nullable TokenStreamLocation until) {
      JsonParser again = source.reopen(reader);
      return again == null ? null : Locator.firstUnknown(again, path, known, until);
    }
  }

  private static @Nullable TokenStreamLocation location(JacksonException e, JsonParser p) {
    TokenStreamLocation location = e.getLocation();
    return location == null || location.getLineNr() < 1 ? p.currentLocation() : location;
  }

  /** Writes a model value to a byte stream in UTF-8; flushes but does not close the stream. */
  public void write(Object value, OutputStream out) throws IOException {
    checkModelRecord(value.getClass());
    try {
      writer.writeValue(out, value);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /** Writes a model value to a character stream; flushes but does not close the stream. */
  public void write(Object value, Writer out) throws IOException {
    checkModelRecord(value.getClass());
    try {
      writer.writeValue(out, value);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /** Writes a model value to a string. */
  public String writeString(Object value) {
    checkModelRecord(value.getClass());
    return writer.writeValueAsString(value);
  }
}
