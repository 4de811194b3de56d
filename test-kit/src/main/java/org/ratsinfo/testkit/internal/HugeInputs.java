package org.ratsinfo.testkit.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.ratsinfo.testkit.HostileCorpus;

/**
 * The huge inputs of {@link HostileCorpus#generated()}, made as they are read so that 100 MB never
 * sit in memory: a huge string, white space before a document, deep nesting, a long number.
 * Stateless and thread-safe.
 */
public final class HugeInputs {

  private HugeInputs() {}

  /** {@code {"body": {"name": "xxx…"}}} with a name of {@code length} bytes, streamed. */
  public static InputStream hugeString(long length) {
    return concat(ascii("{\"body\": {\"name\": \""), HostileCorpus.repeat((byte) 'x', length), ascii("\"}}"));
  }

  /** {@code length} spaces, then the base document. */
  public static InputStream hugeWhiteSpace(long length) {
    return concat(HostileCorpus.repeat((byte) ' ', length),
        new ByteArrayInputStream(HostileCorpus.fixture("base.json")));
  }

  /** A meeting of arrays nested {@code depth} deep. */
  public static InputStream deepNesting(int depth) {
    return concat(ascii("{\"body\": {\"name\": \"x\"}, \"meeting\": "), HostileCorpus.repeat((byte) '[', depth),
        HostileCorpus.repeat((byte) ']', depth), ascii("}"));
  }

  /** The base document with an item's order of {@code digits} digits. */
  public static InputStream longNumber(int digits) {
    String base = new String(HostileCorpus.fixture("base.json"), StandardCharsets.UTF_8);
    int at = base.indexOf("\"order\": 0") + "\"order\": ".length();
    return concat(ascii(base.substring(0, at)), HostileCorpus.repeat((byte) '7', digits),
        ascii(base.substring(at + 1)));
  }

  private static InputStream ascii(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static InputStream concat(InputStream... parts) {
    return new SequenceInputStream(Collections.enumeration(List.of(parts)));
  }
}
