package org.ratsinfo.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
import org.ratsinfo.internal.Message;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.oparl.OParlIssue;
import org.ratsinfo.oparl.OParlWriter;
import org.ratsinfo.oparl.internal.SchemaCheck;
import org.ratsinfo.oparl.internal.SchemaVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OParl schema check against what every object costs anyway, parsing its JSON: the Musterstadt
 * meeting written as an OParl list page (its top-level objects and the objects embedded in them),
 * {@code valid} as written, or {@code deviating} with every date-time in ALLRIS's form {@code
 * +01::00}, so that every date-time is a deviation. Times are per page; {@code -prof gc} gives the
 * allocation per page.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class OParlSchemaBenchmark {

  /** The page as written, or with a deviation in every date-time. */
  @Param({"valid", "deviating"})
  public String input;

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final SchemaCheck CHECK = SchemaCheck.of(ZoneId.of("Europe/Berlin"));

  private String json;
  private JsonNode[] objects;
  private String[] types;
  private SchemaVersion[] versions;
  private final Counter counter = new Counter();

  /** Counts the deviations, so that they are not dead code; allocates nothing. */
  static final class Counter implements SchemaCheck.Sink {
    int count;

    @Override
    public void deviation(String path, OParlIssue issue, Message.Argument... arguments) {
      count++;
    }
  }

  /** Writes the page and parses it once, for the checks. */
  @Setup
  public void setUp() {
    MeetingExcerpts meeting;
    String file = "/org/ratsinfo/benchmarks/samples/rat-musterstadt-2026-09-15.json";
    try (InputStream in = OParlSchemaBenchmark.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IOException("missing resource " + file);
      }
      meeting = RatsinfoJson.standard().readMeetingExcerpts(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    json = OParlWriter.builder().baseUrl("https://ris.example.org/oparl/v1/")
        .timestamp(OffsetDateTime.parse("2026-09-16T10:00:00+02:00")).build().writeString(meeting);
    if (input.equals("deviating")) {
      json = json.replaceAll("(T\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d):(\\d\\d\")", "$1::$2");
    }
    List<JsonNode> list = new ArrayList<>();
    MAPPER.readTree(json).get("data").forEach(list::add);
    objects = list.toArray(JsonNode[]::new);
    types = new String[objects.length];
    versions = new SchemaVersion[objects.length];
    for (int i = 0; i < objects.length; i++) {
      String type = objects[i].get("type").stringValue();
      versions[i] = SchemaVersion.ofTypeUrl(type);
      types[i] = type.substring(versions[i].prefix().length());
    }
  }

  /** How many deviations the deep check of the page finds (0 for the valid page). */
  int deviations() {
    return checkDeep();
  }

  /** How many top-level objects the page has. */
  int objects() {
    return objects.length;
  }

  /**
   * Parses the page into a tree: the cost every object has in any import.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode parse() {
    return MAPPER.readTree(json);
  }

  /**
   * Checks every object of the page with the objects embedded in it.
   *
   * @return the number of deviations
   */
  @Benchmark
  public int checkDeep() {
    counter.count = 0;
    for (int i = 0; i < objects.length; i++) {
      CHECK.check(objects[i], types[i], versions[i], counter);
    }
    return counter.count;
  }

  /**
   * Checks every top-level object of the page, of its embedded objects only their type.
   *
   * @return the number of deviations
   */
  @Benchmark
  public int checkShallow() {
    counter.count = 0;
    for (int i = 0; i < objects.length; i++) {
      CHECK.checkShallow(objects[i], types[i], versions[i], counter);
    }
    return counter.count;
  }
}
