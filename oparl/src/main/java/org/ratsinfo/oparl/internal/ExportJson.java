package org.ratsinfo.oparl.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.json.RatsinfoModule;
import org.ratsinfo.model.MeetingExcerpts;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the export's tree: indented by two spaces with {@code \n} line ends on every platform (as the
 * native JSON is), or on one line. Its mapper has {@link RatsinfoModule}, so the values of ratsinfo's
 * extension properties are bound in the native format directly. Immutable and thread-safe.
 */
public final class ExportJson {

  private final JsonMapper mapper;
  private final ObjectWriter writer;

  /**
   * A writer of export trees.
   *
   * @param prettyPrint whether to indent
   */
  public ExportJson(boolean prettyPrint) {
    JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    mapper = JsonMapper.builder(factory)
        .addModule(new RatsinfoModule())
        .configure(SerializationFeature.INDENT_OUTPUT, prettyPrint)
        .defaultPrettyPrinter(RatsinfoModule.prettyPrinter())
        .build();
    writer = mapper.writer();
  }

  /** Exports a meeting to a character stream; flushes but does not close it. */
  public void write(MeetingExcerpts meeting, String baseUrl, @Nullable OffsetDateTime timestamp,
      boolean voteEvents, Set<FieldKey> withheld, Writer out) throws IOException {
    ObjectNode page = new Exporter(mapper, baseUrl, timestamp, voteEvents, withheld).export(meeting);
    try {
      writer.writeValue(out, page);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  /** Exports a meeting to a byte stream in UTF-8; flushes but does not close it. */
  public void write(MeetingExcerpts meeting, String baseUrl, @Nullable OffsetDateTime timestamp,
      boolean voteEvents, Set<FieldKey> withheld, OutputStream out) throws IOException {
    ObjectNode page = new Exporter(mapper, baseUrl, timestamp, voteEvents, withheld).export(meeting);
    try {
      writer.writeValue(out, page);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    out.flush();
  }
}
