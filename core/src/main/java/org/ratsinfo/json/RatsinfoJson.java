package org.ratsinfo.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;
import org.ratsinfo.json.internal.JsonBinding;
import org.ratsinfo.json.internal.ReadErrors;
import org.ratsinfo.json.internal.ReadFailure;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;

/**
 * The native JSON format of the model: reads and writes {@link Excerpt}s and every other record of
 * {@code org.ratsinfo.model}. Immutable and thread-safe; build one with {@link #builder()} (or use
 * {@link #standard()}) and share it.
 *
 * <h2>The format</h2>
 *
 * <ul>
 *   <li>A record is an object whose property names are the record component names, written in
 *       component order. Absent ({@code null}) values and empty lists are left out; booleans and
 *       {@code int}s are always written. Nothing else is written: derived values such as {@code
 *       VoteTally.total()} or {@code Person.listName()} are not part of the format.
 *   <li>An enum constant is the lowerCamelCase of its name: {@code NON_PUBLIC} is {@code "nonPublic"},
 *       {@code ADOPTED_WITH_CHANGES} is {@code "adoptedWithChanges"}, {@code PUBLIC_AND_NON_PUBLIC} is
 *       {@code "publicAndNonPublic"}. Read exactly, case included.
 *   <li>A {@code Text} is one string, its paragraphs separated by a blank line ({@code
 *       Text.asString()}); it is read with {@code Text.of(String)}.
 *   <li>A {@code PaperType} is its name, a string.
 *   <li>A {@code ZonedDateTime} is ISO 8601 with the time zone's region in brackets (RFC 9557), as
 *       {@link java.time.format.DateTimeFormatter#ISO_ZONED_DATE_TIME} writes it: {@code
 *       "2017-02-28T16:00:00+01:00[Europe/Berlin]"}. A date-time with an offset only ({@code
 *       "2017-02-28T16:00:00+01:00"}) is read with the offset as its zone; the offset of a date-time
 *       with a region must be the region's offset at that time. Date-times are never adjusted to
 *       another time zone. A {@code LocalDate} is ISO 8601: {@code "2017-02-28"}.
 *   <li>An {@code ItemContent} is the object of its kind with a discriminator {@code "type"} as its
 *       first property: {@code "inquiry"} for an {@code Inquiry}, {@code "text"} for a {@code
 *       TextContent}. On reading, {@code "type"} may stand anywhere in the object. An {@code Inquiry} or {@code
 *       TextContent} written on its own, as the document, is just its record, without {@code "type"}.
 *   <li>An excerpt document is {@code {"body": {…}, "meeting": {…}, "agendaItem": {…}, "audience":
 *       "public"}}.
 *   <li>A meeting excerpts document, the excerpts of every agenda item of a meeting, is {@code
 *       {"body": {…}, "meeting": {…, "agenda": [{…}, …]}, "audience": "internal"}}. {@link
 *       #readDocument(Path)} reads either kind of document in one pass and tells them apart by the
 *       top-level property {@code agendaItem}: with it the document is an {@link Excerpt}, without it a
 *       {@link MeetingExcerpts}.
 * </ul>
 *
 * <p>It is a Jackson {@code JsonMapper} with {@link RatsinfoModule}, configured once: a mapper of your
 * own with the module reads and writes the same format (see {@link RatsinfoModule}), while this one adds
 * the strictness and the messages below.
 *
 * <p>Reading is strict and reports the first problem as a {@link JsonFormatException} with a path,
 * line and column: unknown properties, duplicate properties and content after the document are
 * rejected; values are never coerced (a string where a number is due, a number where a string is due,
 * a fraction for an integer, {@code null} for a boolean or {@code int}, all are {@link
 * JsonProblem#WRONG_TYPE}); a missing required property is {@link JsonProblem#MISSING_PROPERTY}; an
 * explicit {@code null} counts as absent; the elements of a list are never {@code null}. The input is
 * limited in nesting depth and in the length of strings, numbers and the document ({@link
 * JsonProblem#LIMIT_EXCEEDED}). Writing and reading back gives an equal value. Pretty-printed output
 * indents by two spaces and ends lines with {@code \n} on every platform; there is no final line
 * break.
 */
public final class RatsinfoJson {

  /** The default of {@link Builder#maxNestingDepth(int)}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** The default of {@link Builder#maxStringLength(int)}. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 5_000_000;
  /** The default of {@link Builder#maxDocumentLength(long)}: 50 MB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 50_000_000L;
  /** The default of {@link Builder#maxNumberLength(int)}. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 30;

  private static final RatsinfoJson STANDARD = builder().build();

  /** The longest property name read, in characters, if strings may be longer. */
  private static final int MAX_NAME_LENGTH = 50_000;

  private final JsonBinding binding;
  private final boolean prettyPrint;

  private RatsinfoJson(Builder builder) {
    this.prettyPrint = builder.prettyPrint;
    this.binding = new JsonBinding(new RatsinfoModule(), builder.prettyPrint,
        new ReadErrors.Limits(builder.maxNestingDepth, builder.maxStringLength, builder.maxDocumentLength,
            builder.maxNumberLength, Math.min(builder.maxStringLength, MAX_NAME_LENGTH)));
  }

  /** A new builder, with every option at its default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The shared instance with every option at its default. */
  public static RatsinfoJson standard() {
    return STANDARD;
  }

  /** Whether the output is indented. */
  public boolean prettyPrint() {
    return prettyPrint;
  }

  /**
   * Reads an excerpt document from a byte stream (UTF-8, or UTF-16/32, detected). Does not close the
   * stream.
   *
   * @param in the input
   * @return the excerpt
   * @throws IOException if reading the stream fails
   * @throws JsonFormatException if the input is malformed
   */
  public Excerpt readExcerpt(InputStream in) throws IOException {
    return read(in, Excerpt.class);
  }

  /**
   * Reads an excerpt document from a character stream. Does not close the stream.
   *
   * @param in the input
   * @return the excerpt
   * @throws IOException if reading the stream fails
   * @throws JsonFormatException if the input is malformed
   */
  public Excerpt readExcerpt(Reader in) throws IOException {
    return read(in, Excerpt.class);
  }

  /**
   * Reads an excerpt document from a string.
   *
   * @param json the input
   * @return the excerpt
   * @throws JsonFormatException if the input is malformed
   */
  public Excerpt readExcerpt(String json) {
    return read(json, Excerpt.class);
  }

  /**
   * Reads an excerpt document from a file.
   *
   * @param file the input
   * @return the excerpt
   * @throws IOException if reading the file fails
   * @throws JsonFormatException if the input is malformed
   */
  public Excerpt readExcerpt(Path file) throws IOException {
    return read(file, Excerpt.class);
  }

  /**
   * Reads a meeting excerpts document from a byte stream (UTF-8, or UTF-16/32, detected). Does not
   * close the stream.
   *
   * @param in the input
   * @return the excerpts of the meeting
   * @throws IOException if reading the stream fails
   * @throws JsonFormatException if the input is malformed
   */
  public MeetingExcerpts readMeetingExcerpts(InputStream in) throws IOException {
    return read(in, MeetingExcerpts.class);
  }

  /**
   * Reads a meeting excerpts document from a character stream. Does not close the stream.
   *
   * @param in the input
   * @return the excerpts of the meeting
   * @throws IOException if reading the stream fails
   * @throws JsonFormatException if the input is malformed
   */
  public MeetingExcerpts readMeetingExcerpts(Reader in) throws IOException {
    return read(in, MeetingExcerpts.class);
  }

  /**
   * Reads a meeting excerpts document from a string.
   *
   * @param json the input
   * @return the excerpts of the meeting
   * @throws JsonFormatException if the input is malformed
   */
  public MeetingExcerpts readMeetingExcerpts(String json) {
    return read(json, MeetingExcerpts.class);
  }

  /**
   * Reads a meeting excerpts document from a file.
   *
   * @param file the input
   * @return the excerpts of the meeting
   * @throws IOException if reading the file fails
   * @throws JsonFormatException if the input is malformed
   */
  public MeetingExcerpts readMeetingExcerpts(Path file) throws IOException {
    return read(file, MeetingExcerpts.class);
  }

  /**
   * Reads an excerpt or a meeting excerpts document from a byte stream (UTF-8, or UTF-16/32,
   * detected), in one pass: an {@link Excerpt} if the top-level object has the property {@code
   * agendaItem}, else a {@link MeetingExcerpts}. Does not close the stream.
   *
   * <pre>{@code
   * Record document = json.readDocument(file);
   * if (document instanceof MeetingExcerpts meeting) {
   *   ...
   * } else if (document instanceof Excerpt excerpt) {
   *   ...
   * }
   * }</pre>
   *
   * @param in the input
   * @return an {@link Excerpt} or a {@link MeetingExcerpts}
   * @throws IOException if reading the stream fails
   * @throws JsonFormatException if the input is malformed; the problems are those of the kind of
   *     document it was taken for, unknown properties those of either kind
   */
  public Record readDocument(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    try {
      return binding.readDocument(in);
    } catch (ReadFailure e) {
      throw translate(e);
    }
  }

  /**
   * Reads an excerpt or a meeting excerpts document from a character stream, in one pass; see {@link
   * #readDocument(InputStream)}. Does not close the stream.
   *
   * @param in the input
   * @return an {@link Excerpt} or a {@link MeetingExcerpts}
   * @throws IOException if reading the stream fails
   * @throws JsonFormatException if the input is malformed
   */
  public Record readDocument(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    try {
      return binding.readDocument(in);
    } catch (ReadFailure e) {
      throw translate(e);
    }
  }

  /**
   * Reads an excerpt or a meeting excerpts document from a string; see {@link
   * #readDocument(InputStream)}.
   *
   * @param json the input
   * @return an {@link Excerpt} or a {@link MeetingExcerpts}
   * @throws JsonFormatException if the input is malformed
   */
  public Record readDocument(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return binding.readDocument(json);
    } catch (ReadFailure e) {
      throw translate(e);
    }
  }

  /**
   * Reads an excerpt or a meeting excerpts document from a file in UTF-8, in one pass; see {@link
   * #readDocument(InputStream)}.
   *
   * @param file the input
   * @return an {@link Excerpt} or a {@link MeetingExcerpts}
   * @throws IOException if reading the file fails
   * @throws JsonFormatException if the input is malformed
   */
  public Record readDocument(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try {
      return binding.readDocument(file);
    } catch (ReadFailure e) {
      throw translate(e);
    }
  }

  /**
   * Reads a value of a record type of the model, e.g. {@code Meeting.class}, from a byte stream (UTF-8,
   * or UTF-16/32, detected). Does not close the stream.
   *
   * @param <T> the type
   * @param in the input
   * @param type the type, a record of {@code org.ratsinfo.model}
   * @return the value
   * @throws IOException if reading the stream fails
   * @throws JsonFormatException if the input is malformed
   * @throws IllegalArgumentException if the type is not a record of the model
   */
  public <T extends Record> T read(InputStream in, Class<T> type) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    try {
      return binding.read(in, type);
    } catch (ReadFailure e) {
      throw translate(e);
    }
  }

  /**
   * Reads a value of a record type of the model from a character stream. Does not close the stream.
   *
   * @param <T> the type
   * @param in the input
   * @param type the type, a record of {@code org.ratsinfo.model}
   * @return the value
   * @throws IOException if reading the stream fails
   * @throws JsonFormatException if the input is malformed
   * @throws IllegalArgumentException if the type is not a record of the model
   */
  public <T extends Record> T read(Reader in, Class<T> type) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    try {
      return binding.read(in, type);
    } catch (ReadFailure e) {
      throw translate(e);
    }
  }

  /**
   * Reads a value of a record type of the model from a string.
   *
   * @param <T> the type
   * @param json the input
   * @param type the type, a record of {@code org.ratsinfo.model}
   * @return the value
   * @throws JsonFormatException if the input is malformed
   * @throws IllegalArgumentException if the type is not a record of the model
   */
  public <T extends Record> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    try {
      return binding.read(json, type);
    } catch (ReadFailure e) {
      throw translate(e);
    }
  }

  /**
   * Reads a value of a record type of the model from a file in UTF-8.
   *
   * @param <T> the type
   * @param file the input
   * @param type the type, a record of {@code org.ratsinfo.model}
   * @return the value
   * @throws IOException if reading the file fails
   * @throws JsonFormatException if the input is malformed
   * @throws IllegalArgumentException if the type is not a record of the model
   */
  public <T extends Record> T read(Path file, Class<T> type) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(type, "type");
    // Decoded as text (RFC 8259: JSON files are UTF-8), so that error columns count characters, not
    // bytes; bytes that are not UTF-8 are malformed input (a JsonFormatException), like any other
    // input that is not JSON text. A leading byte order mark is skipped.
    try {
      return binding.read(file, type);
    } catch (ReadFailure e) {
      throw translate(e);
    }
  }

  /**
   * Writes a model value, e.g. an {@link Excerpt}, to a byte stream in UTF-8. Flushes but does not
   * close the stream.
   *
   * @param modelValue a record of {@code org.ratsinfo.model}
   * @param out the output
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the value is not a record of the model
   */
  public void write(Object modelValue, OutputStream out) throws IOException {
    Objects.requireNonNull(modelValue, "modelValue");
    Objects.requireNonNull(out, "out");
    binding.write(modelValue, out);
  }

  /**
   * Writes a model value, e.g. an {@link Excerpt}, to a character stream. Flushes but does not close
   * the stream.
   *
   * @param modelValue a record of {@code org.ratsinfo.model}
   * @param out the output
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the value is not a record of the model
   */
  public void write(Object modelValue, Writer out) throws IOException {
    Objects.requireNonNull(modelValue, "modelValue");
    Objects.requireNonNull(out, "out");
    binding.write(modelValue, out);
  }

  /**
   * Writes a model value, e.g. an {@link Excerpt}, to a string.
   *
   * @param modelValue a record of {@code org.ratsinfo.model}
   * @return the JSON text
   * @throws IllegalArgumentException if the value is not a record of the model
   */
  public String writeString(Object modelValue) {
    Objects.requireNonNull(modelValue, "modelValue");
    return binding.writeString(modelValue);
  }

  private static JsonFormatException translate(ReadFailure failure) {
    return new JsonFormatException(failure.problem(), failure.path(), failure.line(), failure.column(),
        failure.detail(), failure.getCause());
  }

  /** Builds a {@link RatsinfoJson}; not thread-safe. */
  public static final class Builder {
    private boolean prettyPrint = true;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;

    private Builder() {}

    /**
     * Whether to indent the output (by two spaces, lines ended by {@code \n}); default {@code true}.
     *
     * @param prettyPrint whether to indent
     * @return this builder
     */
    public Builder prettyPrint(boolean prettyPrint) {
      this.prettyPrint = prettyPrint;
      return this;
    }

    /**
     * The deepest nesting of objects and arrays read; default {@value
     * RatsinfoJson#DEFAULT_MAX_NESTING_DEPTH}.
     *
     * @param maxNestingDepth the limit, positive
     * @return this builder
     */
    public Builder maxNestingDepth(int maxNestingDepth) {
      this.maxNestingDepth = positive(maxNestingDepth, "maxNestingDepth");
      return this;
    }

    /**
     * The longest string read, in characters; default {@value RatsinfoJson#DEFAULT_MAX_STRING_LENGTH}.
     *
     * @param maxStringLength the limit, positive
     * @return this builder
     */
    public Builder maxStringLength(int maxStringLength) {
      this.maxStringLength = positive(maxStringLength, "maxStringLength");
      return this;
    }

    /**
     * The longest document read, in bytes (characters for text input); default {@value
     * RatsinfoJson#DEFAULT_MAX_DOCUMENT_LENGTH} (50 MB).
     *
     * @param maxDocumentLength the limit, positive
     * @return this builder
     */
    public Builder maxDocumentLength(long maxDocumentLength) {
      if (maxDocumentLength <= 0) {
        throw new IllegalArgumentException("maxDocumentLength must be positive");
      }
      this.maxDocumentLength = maxDocumentLength;
      return this;
    }

    /**
     * The longest number read, in characters; default {@value RatsinfoJson#DEFAULT_MAX_NUMBER_LENGTH}.
     *
     * @param maxNumberLength the limit, positive
     * @return this builder
     */
    public Builder maxNumberLength(int maxNumberLength) {
      this.maxNumberLength = positive(maxNumberLength, "maxNumberLength");
      return this;
    }

    /**
     * The instance.
     *
     * @return a new, immutable instance
     */
    public RatsinfoJson build() {
      return new RatsinfoJson(this);
    }

    private static int positive(int value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return value;
    }
  }
}
