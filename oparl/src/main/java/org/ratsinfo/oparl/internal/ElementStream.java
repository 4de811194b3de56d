package org.ratsinfo.oparl.internal;

import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a document once, from start to end, and hands on its parts one at a time with where each
 * stands in the document's bytes: the elements of a list page's {@code data} or of an array, or the
 * document itself. Only one element is in memory at a time, so a document of any size is read in
 * little memory. Strict as {@link Documents}: duplicate properties, content after the document and
 * inputs beyond the limits are format errors.
 */
final class ElementStream {

  /** What a document holds, part by part. */
  interface Handler {
    /**
     * An element of the document's array or of its list page's {@code data}.
     *
     * @param value the element
     * @param path where it is, e.g. {@code $.data[3]}
     * @param start the offset of its first byte
     * @param end the offset after its last byte
     */
    void element(JsonNode value, String path, long start, long end) throws IOException;

    /**
     * The list page's own properties ({@code links}, {@code pagination}), after its elements.
     *
     * @param page the page without {@code data}
     */
    void page(ObjectNode page) throws IOException;

    /**
     * A document that is neither an array nor a list page with a {@code data} array, e.g. an object.
     *
     * @param value the document
     * @param start the offset of its first byte
     * @param end the offset after its last byte
     */
    void document(JsonNode value, long start, long end) throws IOException;
  }

  private final Documents documents;
  /** Reads one value at a time: what follows it is the rest of the document, not trailing content. */
  private final ObjectReader reader;

  ElementStream(Documents documents) {
    this.documents = documents;
    this.reader = documents.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * Reads the input.
   *
   * @throws IOException if reading fails
   * @throws FormatFailure if the document is not well-formed JSON
   */
  void read(Input input, Handler handler) throws IOException {
    JsonParser p = null;
    try (InputStream in = input.open()) {
      p = reader.createParser(in);
      JsonToken first = p.nextToken();
      if (first == null) {
        throw Documents.document(input.name(), 1, 1, "empty");
      }
      long start = p.currentTokenLocation().getByteOffset();
      if (first == JsonToken.START_ARRAY) {
        elements(p, "$", handler);
      } else if (first == JsonToken.START_OBJECT) {
        object(p, start, handler);
      } else {
        JsonNode value = reader.readTree(p);
        handler.document(value, start, p.currentLocation().getByteOffset());
      }
      if (p.nextToken() != null) {
        throw Documents.document(input.name(), p.currentTokenLocation().getLineNr(),
            p.currentTokenLocation().getColumnNr(), "trailing");
      }
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (JacksonException e) {
      throw documents.formatError(input.name(), e, p);
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (JacksonException e) {
          // closing a parser over a stream that is closed next does not fail in practice
        }
      }
    }
  }

  /** The elements of the array the parser is at the start of, then its end. */
  private void elements(JsonParser p, String path, Handler handler) throws IOException {
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      long start = p.currentTokenLocation().getByteOffset();
      JsonNode value = reader.readTree(p);
      handler.element(value, path + "[" + i++ + "]", start, p.currentLocation().getByteOffset());
    }
  }

  /**
   * The object the parser is at the start of: a list page, whose {@code data} array is read element
   * by element, or another object, read whole.
   */
  private void object(JsonParser p, long start, Handler handler) throws IOException {
    ObjectNode rest = documents.mapper().createObjectNode();
    boolean streamed = false;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (name.equals("data") && value == JsonToken.START_ARRAY && !rest.has("type")) {
        elements(p, "$.data", handler);
        streamed = true;
      } else {
        rest.set(name, reader.readTree(p));
      }
    }
    if (streamed) {
      handler.page(rest);
    } else {
      handler.document(rest, start, p.currentLocation().getByteOffset());
    }
  }
}
