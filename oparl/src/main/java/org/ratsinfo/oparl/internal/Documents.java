package org.ratsinfo.oparl.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.json.RatsinfoModule;
import org.ratsinfo.json.internal.JsonBinding;
import org.ratsinfo.json.internal.JsonPaths;
import org.ratsinfo.json.internal.ReadErrors;
import org.ratsinfo.json.internal.ReadFailure;
import org.ratsinfo.oparl.OParlFormatException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses JSON documents into trees, strictly: duplicate properties, content after the document and
 * inputs beyond the limits are errors, each an {@link OParlFormatException} with the path, line and
 * column where it was found, told as core's native JSON reader tells its own (the same token stream
 * factory, failures and messages). Turns ratsinfo's extension properties into model values with core's
 * strict binding. Immutable and thread-safe.
 */
public final class Documents {

  /** The longest number read, in characters: OParl has no numbers longer than that. */
  private static final int MAX_NUMBER_LENGTH = 100;
  /** The longest property name read, in characters, if strings may be longer. */
  private static final int MAX_NAME_LENGTH = 50_000;

  /** The native format's strict binding, for the model values of ratsinfo's extension properties. */
  private static final JsonBinding MODEL = new JsonBinding(new RatsinfoModule(), false,
      new ReadErrors.Limits(RatsinfoJson.DEFAULT_MAX_NESTING_DEPTH, RatsinfoJson.DEFAULT_MAX_STRING_LENGTH,
          RatsinfoJson.DEFAULT_MAX_DOCUMENT_LENGTH, RatsinfoJson.DEFAULT_MAX_NUMBER_LENGTH,
          MAX_NAME_LENGTH));

  private final JsonMapper mapper;
  private final ReadErrors errors;

  /**
   * A parser with the given limits.
   *
   * @param maxNestingDepth the deepest nesting of objects and arrays
   * @param maxDocumentLength the longest document, in characters
   * @param maxStringLength the longest string, in characters
   */
  public Documents(int maxNestingDepth, long maxDocumentLength, int maxStringLength) {
    ReadErrors.Limits limits = new ReadErrors.Limits(maxNestingDepth, maxStringLength, maxDocumentLength,
        MAX_NUMBER_LENGTH, Math.min(maxStringLength, MAX_NAME_LENGTH));
    this.errors = new ReadErrors(limits);
    this.mapper = JsonMapper.builder(JsonBinding.factory(limits)).build();
  }

  /** The mapper, for writing trees. */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * Parses one document. Does not close the reader.
   *
   * @param in the document
   * @param source the document's name for messages
   * @return the tree
   * @throws IOException if reading fails
   * @throws OParlFormatException if the document is not well-formed JSON
   */
  public JsonNode parse(Reader in, String source) throws IOException {
    JsonParser p = null;
    try {
      p = mapper.createParser(in);
      if (p.nextToken() == null) {
        throw error(source, "$", p.currentLocation().getLineNr(), p.currentLocation().getColumnNr(),
            "empty", null);
      }
      JsonNode node = mapper.readTree(p);
      JsonToken next;
      try {
        next = p.nextToken();
      } catch (JacksonIOException | StreamConstraintsException e) {
        throw e;
      } catch (JacksonException e) {
        throw error(source, "$", e.getLocation() == null ? -1 : e.getLocation().getLineNr(),
            e.getLocation() == null ? -1 : e.getLocation().getColumnNr(), "trailing", e);
      }
      if (next != null) {
        throw error(source, "$", p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr(),
            "trailing", null);
      }
      return node;
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof CharacterCodingException undecodable) {
        throw undecodable(source, undecodable);
      }
      throw e.getCause();
    } catch (JacksonException e) {
      throw of(source, errors.stream(e, p));
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (JacksonException e) {
          // the parser does not own the reader; closing it does not fail in practice
        }
      }
    }
  }

  /**
   * A value of the native format from a tree, e.g. of one of ratsinfo's extension properties, read as
   * strictly as {@link RatsinfoJson} reads text: unknown properties, values of another JSON type and
   * missing required values are failures.
   *
   * @param <T> the type
   * @param tree the value's tree
   * @param type a record of the model
   * @return the value
   * @throws ReadFailure if the tree is not a value of the type; its path is within the tree
   */
  public <T extends Record> T model(JsonNode tree, Class<T> type) {
    return MODEL.read(tree, type);
  }

  /**
   * The error for a document whose bytes are not UTF-8 (e.g. a Latin-1 file): malformed input, not a
   * failing stream. The reader decodes ahead of the parser, so the parser's position would point
   * before the bad bytes: the message names the document only.
   *
   * @param source the document's name
   * @param cause the decoder's exception
   * @return the error
   */
  public static OParlFormatException undecodable(String source, CharacterCodingException cause) {
    return error(source, "$", -1, -1, "format.decoding", cause);
  }

  /**
   * The error for a document longer than the limit, found before it is read.
   *
   * @param source the document's name
   * @param maxDocumentLength the limit
   * @return the error
   */
  public static OParlFormatException tooLong(String source, long maxDocumentLength) {
    return new OParlFormatException(source, "$", -1, -1, "limit.document",
        List.of(Long.toString(maxDocumentLength)), null);
  }

  /**
   * The format error of a parser's exception, for readers that drive a parser of {@link #mapper()}
   * themselves (the element-by-element reading of {@code ElementStream}).
   *
   * @param source the document's name
   * @param e the parser's exception
   * @param p the parser, or {@code null}
   * @return the error, naming the path, line and column
   */
  public OParlFormatException formatError(String source, JacksonException e, @Nullable JsonParser p) {
    ReadFailure failure = errors.stream(e, p);
    if (String.valueOf(e.getOriginalMessage()).startsWith("Invalid UTF-8")) {
      // a byte parser decodes strictly as it goes: the place of the bad byte is known
      return new OParlFormatException(source, failure.path(), failure.line(), failure.column(),
          "format.decoding", List.of(), e);
    }
    return of(source, failure);
  }

  private static OParlFormatException of(String source, ReadFailure failure) {
    return new OParlFormatException(source, failure.path(), failure.line(), failure.column(), failure.key(),
        failure.arguments(), failure.getCause());
  }

  private static OParlFormatException error(String source, String path, int line, int column, String key,
      @Nullable Throwable cause) {
    return new OParlFormatException(source, path, line, column, key, List.of(), cause);
  }

  /** The path segment of a property: {@code .name}, or {@code ['odd name']}. */
  static String segment(String name) {
    return JsonPaths.segment(name);
  }
}
