package org.ratsinfo.oparl.internal;

import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.Message;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.json.RatsinfoModule;
import org.ratsinfo.json.internal.JsonBinding;
import org.ratsinfo.json.internal.JsonPaths;
import org.ratsinfo.json.internal.ReadErrors;
import org.ratsinfo.json.internal.ReadFailure;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON settings of an import: a mapper on core's strict token stream factory (duplicate properties
 * and inputs beyond the limits are errors), whose parsers {@link ElementStream} drives, and the format
 * errors of those parsers, each a {@link FormatFailure} with the path, line and column where it was
 * found, told as core's native JSON reader tells its own (the same failures and messages). Turns
 * ratsinfo's extension properties into model values with core's strict binding. Immutable and
 * thread-safe.
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
   * The error for a document longer than the limit, found before it is read.
   *
   * @param source the document's name
   * @param maxDocumentLength the limit
   * @return the error
   */
  public static FormatFailure tooLong(String source, long maxDocumentLength) {
    return new FormatFailure(source, "$", -1, -1,
        Message.of("limit.document", Long.toString(maxDocumentLength)), null);
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
  public FormatFailure formatError(String source, JacksonException e, @Nullable JsonParser p) {
    ReadFailure failure = errors.stream(e, p);
    if (String.valueOf(e.getOriginalMessage()).startsWith("Invalid UTF-8")) {
      // a byte parser decodes strictly as it goes: the place of the bad byte is known
      return new FormatFailure(source, failure.path(), failure.line(), failure.column(),
          Message.of("format.decoding"), e);
    }
    return new FormatFailure(source, failure.path(), failure.line(), failure.column(), failure.detail(),
        failure.getCause());
  }

  /**
   * A failure of the whole document at a place, e.g. that it is empty.
   *
   * @param source the document's name
   * @param line the line, or -1
   * @param column the column, or -1
   * @param key the message key, one of core's JSON messages or this module's
   * @return the failure
   */
  static FormatFailure document(String source, int line, int column, String key) {
    return new FormatFailure(source, "$", line, column, Message.of(key), null);
  }

  /** The path segment of a property: {@code .name}, or {@code ['odd name']}. */
  static String segment(String name) {
    return JsonPaths.segment(name);
  }
}
