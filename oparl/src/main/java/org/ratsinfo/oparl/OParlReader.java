package org.ratsinfo.oparl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.oparl.internal.Deviations;
import org.ratsinfo.oparl.internal.Documents;
import org.ratsinfo.oparl.internal.FormatFailure;
import org.ratsinfo.oparl.internal.Importer;
import org.ratsinfo.oparl.internal.Input;
import org.ratsinfo.oparl.internal.Warning;

/**
 * Reads OParl 1.1 and 1.0 JSON into the model: every {@code Meeting} found becomes a {@link
 * org.ratsinfo.model.MeetingExcerpts} with its agenda items, their consulted papers, the meeting's
 * organization and location, and the body, ready for {@link org.ratsinfo.render.batch.MeetingRenderer}.
 * Immutable and thread-safe; build one with {@link #builder()} (or use {@link #standard()}) and share
 * it.
 *
 * <pre>{@code
 * OParlSummary summary = OParlReader.standard().read(List.of(Path.of("oparl-crawl")),
 *     (meeting, number, count) -> renderer.render(meeting, BatchTarget.directory(out)));
 * summary.warnings().forEach(w -> log.warn(w.message(Locale.GERMAN)));
 * }</pre>
 *
 * <h2>Input</h2>
 *
 * <p>A document is a single OParl object, an OParl list page ({@code {"data": [...], "links": {...},
 * "pagination": {...}}}) or a JSON array of objects. Objects embedded in others ({@code
 * Meeting.agendaItem}, {@code Meeting.location}, {@code Paper.consultation}, files, memberships) are
 * read where they stand. References between objects are resolved by their {@code id} URL among all
 * objects of all documents of one read; what is not among them is asked of the {@link
 * Builder#objectSource(OParlObjectSource) object source}, and so is the next page ({@code links.next})
 * of a list page, so that a list of many pages is read from its first. A next page that is neither
 * among the documents nor provided by the source is a warning ({@link OParlIssue#NEXT_PAGE_NOT_READ}).
 * The reader itself never opens a network connection.
 *
 * <p>Each document is read once, element by element, and only where each object stands is kept; the
 * objects are read again when a meeting needs them. {@link #read(List, MeetingHandler)} hands each
 * meeting on as soon as it is mapped, so that the memory of a read grows with the number of ids, not
 * with the number of meetings: a crawl of 50,000 agenda items is read in a 256 MB heap. A file that is
 * no regular file (a named pipe) or larger than {@link Builder#maxDocumentLength(long)} is refused
 * before it is read.
 *
 * <h2>Mapping</h2>
 *
 * <p>Which OParl object and property becomes what in the model, and what the reader does where the
 * two do not fit (headings, agenda entries without number, visibility, a paper's path through the
 * bodies, files): see the {@linkplain org.ratsinfo.oparl package documentation}.
 *
 * <h2>Tolerant and strict</h2>
 *
 * <p>Real servers deviate from the specification: a missing {@code order}, a single object where a
 * list is due, MIME types written as "docx", empty URLs, unknown properties, date-times without
 * offset, wrong JSON types, agenda items without {@code public}. In tolerant mode (the default) the
 * reader repairs each and reports an {@link OParlWarning} naming the object's id and the property; in
 * {@link Builder#strict(boolean) strict} mode it reads everything and then throws one {@link
 * OParlImportException} listing every deviation. OParl 1.0 objects are read as 1.0, without a warning
 * for being 1.0 or for what 1.0 does not have. Unknown or contradictory data never make the reader
 * fail; only JSON that is not well-formed does, with an {@link OParlFormatException} naming the
 * document, path, line and column.
 */
public final class OParlReader {

  /** The default of {@link Builder#maxNestingDepth(int)}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /**
   * The default of {@link Builder#maxDocumentLength(long)}: 50 million characters, as for ratsinfo's
   * native JSON. OParl servers list their objects on pages of a few hundred kilobytes.
   */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 50_000_000L;
  /** The default of {@link Builder#maxStringLength(int)}. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 20_000_000;

  private static final OParlReader STANDARD = builder().build();

  private final boolean strict;
  private final ZoneId timeZone;
  private final OParlObjectSource objectSource;
  private final @Nullable Body fallbackBody;
  private final Documents documents;
  private final long maxDocumentLength;

  private OParlReader(Builder builder) {
    this.strict = builder.strict;
    this.timeZone = builder.timeZone;
    this.objectSource = builder.objectSource;
    this.fallbackBody = builder.fallbackBody;
    this.maxDocumentLength = builder.maxDocumentLength;
    this.documents = new Documents(builder.maxNestingDepth, builder.maxDocumentLength,
        builder.maxStringLength);
  }

  /** A new builder, with every option at its default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The shared tolerant reader with every option at its default. */
  public static OParlReader standard() {
    return STANDARD;
  }

  /** Whether this reader rejects deviations from the specification instead of repairing them. */
  public boolean strict() {
    return strict;
  }

  /** The time zone date-times without offset are read in. */
  public ZoneId timeZone() {
    return timeZone;
  }

  /**
   * Reads a file, or every {@code .json} file in a directory and its subdirectories (in the order of
   * their paths), as one set of objects.
   *
   * @param fileOrDirectory a JSON file or a directory
   * @return the meetings, warnings and deleted objects
   * @throws IOException if a file cannot be read, or the object source fails
   * @throws OParlFormatException if a document is not well-formed JSON or not UTF-8 text
   * @throws OParlImportException in strict mode, if the input deviates from the specification
   */
  public OParlImport read(Path fileOrDirectory) throws IOException {
    Objects.requireNonNull(fileOrDirectory, "fileOrDirectory");
    return read(List.of(fileOrDirectory));
  }

  /**
   * Reads files and directories (see {@link #read(Path)}) as one set of objects, so that references
   * between them resolve, and keeps every meeting: for many meetings, {@link #read(List,
   * MeetingHandler)} takes less memory.
   *
   * @param paths JSON files or directories
   * @return the meetings, warnings and deleted objects
   * @throws IOException if a file cannot be read, or the object source fails
   * @throws OParlFormatException if a document is not well-formed JSON or not UTF-8 text
   * @throws OParlImportException in strict mode, if the input deviates from the specification
   */
  public OParlImport read(List<Path> paths) throws IOException {
    List<MeetingExcerpts> meetings = new ArrayList<>();
    OParlSummary summary = read(paths, (meeting, number, count) -> meetings.add(meeting));
    return new OParlImport(meetings, summary.warnings(), summary.deleted());
  }

  /**
   * Reads files and directories (see {@link #read(Path)}) as one set of objects and hands each meeting
   * to the handler as soon as it is mapped, keeping none: the memory of a read grows with the number
   * of objects' ids, not with the number of meetings, so that a crawl of a whole council information
   * system is read in a small heap. In strict mode every meeting is mapped once before any is handed
   * on, and none is if the input deviates from the specification.
   *
   * <pre>{@code
   * OParlSummary summary = reader.read(List.of(crawl), (meeting, number, count) ->
   *     renderer.render(meeting, BatchTarget.directory(out)));
   * }</pre>
   *
   * @param paths JSON files or directories
   * @param handler what to do with each meeting
   * @return how many meetings were imported, the warnings and the deleted objects
   * @throws IOException if a file cannot be read, is no regular file (a pipe, a device), the object
   *     source fails, or the handler fails
   * @throws OParlFormatException if a document is not well-formed JSON, not UTF-8 text, or larger
   *     than {@link Builder#maxDocumentLength(long)}
   * @throws OParlImportException in strict mode, if the input deviates from the specification
   */
  public OParlSummary read(List<Path> paths, MeetingHandler handler) throws IOException {
    Objects.requireNonNull(handler, "handler");
    List<Input> inputs;
    try {
      inputs = Input.files(paths, maxDocumentLength);
    } catch (FormatFailure e) {
      throw new OParlFormatException(e);
    }
    return run(inputs, handler);
  }

  /**
   * Reads one document from a string.
   *
   * @param json the document
   * @return the meetings, warnings and deleted objects
   * @throws IOException if the object source fails
   * @throws OParlFormatException if the document is not well-formed JSON
   * @throws OParlImportException in strict mode, if the input deviates from the specification
   */
  public OParlImport readString(String json) throws IOException {
    Objects.requireNonNull(json, "json");
    return readStrings(List.of(json));
  }

  /**
   * Reads documents from strings as one set of objects; they are named {@code <1>}, {@code <2>} … in
   * messages.
   *
   * @param jsonDocuments the documents
   * @return the meetings, warnings and deleted objects
   * @throws IOException if the object source fails
   * @throws OParlFormatException if a document is not well-formed JSON
   * @throws OParlImportException in strict mode, if the input deviates from the specification
   */
  public OParlImport readStrings(List<String> jsonDocuments) throws IOException {
    List<Input> inputs = new ArrayList<>();
    int n = 1;
    for (String json : jsonDocuments) {
      inputs.add(Input.of("<" + n++ + ">", json.getBytes(StandardCharsets.UTF_8)));
    }
    List<MeetingExcerpts> meetings = new ArrayList<>();
    OParlSummary summary = run(inputs, (meeting, number, count) -> meetings.add(meeting));
    return new OParlImport(meetings, summary.warnings(), summary.deleted());
  }

  /** Runs an import; its failures become this API's exceptions here, at its boundary. */
  private OParlSummary run(List<Input> input, MeetingHandler handler) throws IOException {
    Importer.Result result;
    try {
      result = new Importer(strict, timeZone, objectSource, fallbackBody, documents)
          .run(input, handler::meeting);
    } catch (FormatFailure e) {
      throw new OParlFormatException(e);
    } catch (Deviations e) {
      throw new OParlImportException(warnings(e.warnings()));
    }
    return new OParlSummary(result.meetings(), warnings(result.warnings()), result.deleted());
  }

  private static List<OParlWarning> warnings(List<Warning> warnings) {
    return warnings.stream().map(OParlWarning::new).toList();
  }

  /**
   * What to do with each meeting of a read, e.g. render it; see {@link #read(List, MeetingHandler)}.
   */
  @FunctionalInterface
  public interface MeetingHandler {
    /**
     * Takes a meeting.
     *
     * @param meeting the meeting, for the public audience
     * @param number its number among the meetings found, from 1, e.g. for progress
     * @param count how many meetings were found
     * @throws IOException if the handler fails; the read fails with it
     */
    void meeting(MeetingExcerpts meeting, int number, int count) throws IOException;
  }

  /** Builds an {@link OParlReader}; not thread-safe. */
  public static final class Builder {
    private boolean strict;
    private ZoneId timeZone = Meeting.DEFAULT_TIME_ZONE;
    private OParlObjectSource objectSource = OParlObjectSource.none();
    private @Nullable Body fallbackBody;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;

    private Builder() {}

    /**
     * Whether to reject input that deviates from the specification, with one {@link
     * OParlImportException} listing every deviation, instead of repairing it with warnings; default
     * {@code false} (tolerant).
     *
     * @param strict whether to be strict
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * The time zone that date-times without offset ({@code "2026-09-15T16:00:00"}) are read in;
     * default Europe/Berlin. Date-times with an offset that holds in this zone are put into it, others
     * keep their offset.
     *
     * @param timeZone the time zone
     * @return this builder
     */
    public Builder timeZone(ZoneId timeZone) {
      this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
      return this;
    }

    /**
     * Where to look for objects the input refers to but does not contain; default {@link
     * OParlObjectSource#none()}.
     *
     * @param objectSource the source
     * @return this builder
     */
    public Builder objectSource(OParlObjectSource objectSource) {
      this.objectSource = Objects.requireNonNull(objectSource, "objectSource");
      return this;
    }

    /**
     * The body of meetings whose body is not found in the input; default none, in which case such a
     * meeting gets a body named after its organization, with a warning.
     *
     * @param fallbackBody the body, or {@code null}
     * @return this builder
     */
    public Builder fallbackBody(@Nullable Body fallbackBody) {
      this.fallbackBody = fallbackBody;
      return this;
    }

    /**
     * The deepest nesting of objects and arrays read; default {@value
     * OParlReader#DEFAULT_MAX_NESTING_DEPTH}.
     *
     * @param maxNestingDepth the limit, positive
     * @return this builder
     */
    public Builder maxNestingDepth(int maxNestingDepth) {
      if (maxNestingDepth <= 0) {
        throw new IllegalArgumentException("maxNestingDepth must be positive");
      }
      this.maxNestingDepth = maxNestingDepth;
      return this;
    }

    /**
     * The longest document read, in characters; default {@value
     * OParlReader#DEFAULT_MAX_DOCUMENT_LENGTH}. A file with more bytes than that is refused before it
     * is read.
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
     * The longest string read, in characters; default {@value OParlReader#DEFAULT_MAX_STRING_LENGTH}.
     *
     * @param maxStringLength the limit, positive
     * @return this builder
     */
    public Builder maxStringLength(int maxStringLength) {
      if (maxStringLength <= 0) {
        throw new IllegalArgumentException("maxStringLength must be positive");
      }
      this.maxStringLength = maxStringLength;
      return this;
    }

    /**
     * The reader.
     *
     * @return a new, immutable reader
     */
    public OParlReader build() {
      return new OParlReader(this);
    }
  }
}
