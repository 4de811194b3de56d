package org.ratsinfo.oparl.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.oparl.OParlFormatException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses JSON documents into trees, strictly: duplicate properties, content after the document and
 * inputs beyond the limits are errors, each an {@link OParlFormatException} with the path, line and
 * column where it was found. Immutable and thread-safe.
 */
public final class Documents {

  private final JsonMapper mapper;
  private final int maxNestingDepth;
  private final long maxDocumentLength;
  private final int maxStringLength;

  /**
   * A parser with the given limits.
   *
   * @param maxNestingDepth the deepest nesting of objects and arrays
   * @param maxDocumentLength the longest document, in characters
   * @param maxStringLength the longest string, in characters
   */
  public Documents(int maxNestingDepth, long maxDocumentLength, int maxStringLength) {
    this.maxNestingDepth = maxNestingDepth;
    this.maxDocumentLength = maxDocumentLength;
    this.maxStringLength = maxStringLength;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth)
        .maxDocumentLength(maxDocumentLength)
        .maxStringLength(maxStringLength)
        .maxNameLength(Math.min(maxStringLength, 50_000))
        .maxNumberLength(100)
        .build();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    mapper = JsonMapper.builder(factory).build();
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
        throw error(source, "$", p.currentLocation(), "format.empty", null);
      }
      JsonNode node = mapper.readTree(p);
      JsonToken next;
      try {
        next = p.nextToken();
      } catch (JacksonIOException | StreamConstraintsException e) {
        throw e;
      } catch (JacksonException e) {
        throw error(source, "$", location(e, p), "format.trailing", e);
      }
      if (next != null) {
        throw error(source, "$", p.currentTokenLocation(), "format.trailing", null);
      }
      return node;
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof CharacterCodingException undecodable) {
        throw undecodable(source, undecodable);
      }
      throw e.getCause();
    } catch (JacksonException e) {
      throw translate(source, e, p);
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
   * The error for a document whose bytes are not UTF-8 (e.g. a Latin-1 file): malformed input, not a
   * failing stream. The reader decodes ahead of the parser, so the parser's position would point
   * before the bad bytes: the message names the document only.
   *
   * @param source the document's name
   * @param cause the decoder's exception
   * @return the error
   */
  public static OParlFormatException undecodable(String source, CharacterCodingException cause) {
    return new OParlFormatException(source, "$", -1, -1, "format.decoding", List.of(), cause);
  }

  /**
   * The error for a document longer than the limit, found before it is read.
   *
   * @param source the document's name
   * @param maxDocumentLength the limit
   * @return the error
   */
  public static OParlFormatException tooLong(String source, long maxDocumentLength) {
    return new OParlFormatException(source, "$", -1, -1, "format.limit.document",
        List.of(Long.toString(maxDocumentLength)), null);
  }

  /**
   * The format error of a parser's exception, for readers that drive a parser of {@link #mapper()}
   * themselves.
   *
   * @param source the document's name
   * @param e the parser's exception
   * @param p the parser, or {@code null}
   * @return the error, naming the path, line and column
   */
  public OParlFormatException formatError(String source, JacksonException e, @Nullable JsonParser p) {
    return translate(source, e, p);
  }

  private OParlFormatException translate(String source, JacksonException e, @Nullable JsonParser p) {
    String path = p == null ? "$" : path(p.streamReadContext());
    TokenStreamLocation location = location(e, p);
    String message = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      String limit;
      String key;
      if (message.startsWith("Document nesting depth")) {
        key = "format.limit.depth";
        limit = Integer.toString(maxNestingDepth);
      } else if (message.startsWith("Document length")) {
        key = "format.limit.document";
        limit = Long.toString(maxDocumentLength);
      } else if (message.startsWith("String value length") || message.startsWith("Name length")) {
        key = "format.limit.string";
        limit = Integer.toString(maxStringLength);
      } else {
        key = "format.limit.other";
        limit = "";
      }
      return new OParlFormatException(source, path, line(location), column(location), key,
          List.of(limit), e);
    }
    if (message.startsWith("Invalid UTF-8")) { // a byte parser's strict decoding
      return error(source, path, location, "format.decoding", e);
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return error(source, path, location, "format.unexpectedEnd", e);
    }
    if (message.startsWith("Duplicate Object property")) {
      String name = p == null ? null : p.streamReadContext().currentName();
      return new OParlFormatException(source, path, line(location), column(location),
          "format.duplicateProperty", List.of(Messages.quote(name)), e);
    }
    return error(source, path, location, "format.syntax", e);
  }

  private static OParlFormatException error(String source, String path,
      @Nullable TokenStreamLocation location, String key, @Nullable Throwable cause) {
    return new OParlFormatException(source, path, line(location), column(location), key, List.of(),
        cause);
  }

  private static int line(@Nullable TokenStreamLocation location) {
    return location == null ? -1 : location.getLineNr();
  }

  private static int column(@Nullable TokenStreamLocation location) {
    return location == null ? -1 : location.getColumnNr();
  }

  private static @Nullable TokenStreamLocation location(JacksonException e, @Nullable JsonParser p) {
    TokenStreamLocation location = e.getLocation();
    if ((location == null || location.getLineNr() < 1) && p != null) {
      location = p.currentLocation();
    }
    return location;
  }

  /** The path of the current value of a parser context, e.g. {@code $.data[3].name}. */
  static String path(@Nullable TokenStreamContext context) {
    List<String> segments = new ArrayList<>();
    for (TokenStreamContext c = context; c != null; c = c.getParent()) {
      if (c.inObject()) {
        String name = c.currentName();
        if (name != null) {
          segments.add(segment(name));
        }
      } else if (c.inArray() && c.hasCurrentIndex()) {
        segments.add("[" + c.getCurrentIndex() + "]");
      }
    }
    Collections.reverse(segments);
    return "$" + String.join("", segments);
  }

  /** The path segment of a property: {@code .name}, or {@code ['odd name']}. */
  static String segment(String name) {
    boolean identifier = !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0))
        && name.chars().allMatch(Character::isJavaIdentifierPart) && name.length() <= 40;
    return identifier ? "." + name : "['" + Messages.quote(name).replace("'", "\\'") + "']";
  }
}
