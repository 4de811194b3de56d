package org.ratsinfo.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;

/**
 * The native JSON format: {@link RatsinfoJson#standard()} reading a sample from its bytes (as from a
 * request or a file) and from a string, and writing it back, pretty-printed as the samples are. One
 * operation is one document: an excerpt, or for {@code MEETING} the 25 items of a meeting's excerpts.
 * Uses only the API that every version of ratsinfo has, so that the same benchmark measures one
 * version against another.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class JsonBenchmark {

  /** The input. */
  @Param({"REFERENCE", "LONG", "MEETING"})
  public Inputs input;

  private final RatsinfoJson json = RatsinfoJson.standard();
  private byte[] bytes;
  private String text;
  private Record value;
  private Class<? extends Record> type;

  /** Reads the sample once per fork. */
  @Setup
  public void setUp() {
    bytes = input.bytes();
    text = new String(bytes, StandardCharsets.UTF_8);
    type = input.meeting() ? MeetingExcerpts.class : Excerpt.class;
    value = json.read(text, type);
  }

  /**
   * Reads the document from its UTF-8 bytes.
   *
   * @return the document
   * @throws IOException never
   */
  @Benchmark
  public Record readBytes() throws IOException {
    return json.read(new ByteArrayInputStream(bytes), type);
  }

  /**
   * Reads the document from a string.
   *
   * @return the document
   */
  @Benchmark
  public Record readString() {
    return json.read(text, type);
  }

  /**
   * Writes the document to UTF-8 bytes.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] writeBytes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 1024);
    json.write(value, out);
    return out.toByteArray();
  }

  /**
   * Writes the document to a string.
   *
   * @return the JSON text
   */
  @Benchmark
  public String writeString() {
    return json.writeString(value);
  }
}
