package org.ratsinfo.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.AgendaHeading;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Visibility;

/**
 * The native JSON samples of {@code examples/samples} (the build's {@code ratsinfo.samples}) and the
 * meetings of {@link TestMeetings}, as models: for core's tests that need many different real-looking
 * values but cannot use the test kit's random generators (the kit depends on core).
 */
public final class SampleModels {

  private SampleModels() {}

  /** Every sample (an excerpt or a meeting's excerpts), read, in file name order, then the test meetings (one with agenda headings). */
  public static List<Record> documents() {
    Path directory = Path.of(System.getProperty("ratsinfo.samples"));
    List<Record> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        documents.add(RatsinfoJson.standard().readDocument(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    MeetingExcerpts interleaved = TestMeetings.interleaved(Audience.INTERNAL);
    documents.add(interleaved);
    // Agenda headings, as real agendas have them (no sample has one yet).
    documents.add(new MeetingExcerpts(interleaved.body(), interleaved.meeting().withHeadings(List.of(
        new AgendaHeading("https://example.org/heading/1", "A", 0, "Öffentliche Sitzung", Visibility.PUBLIC),
        new AgendaHeading(null, null, 1, "Anträge", null))), Audience.INTERNAL));
    return List.copyOf(documents);
  }

  /** The agenda items of every sample and test meeting. */
  public static List<AgendaItem> agendaItems() {
    List<AgendaItem> items = new ArrayList<>();
    for (Record document : documents()) {
      if (document instanceof Excerpt excerpt) {
        items.add(excerpt.agendaItem());
      } else if (document instanceof MeetingExcerpts meeting) {
        items.addAll(meeting.meeting().agenda());
      }
    }
    return List.copyOf(items);
  }
}
