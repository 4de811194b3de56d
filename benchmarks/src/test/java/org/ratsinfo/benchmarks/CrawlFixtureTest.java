package org.ratsinfo.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.oparl.OParlImport;
import org.ratsinfo.oparl.OParlImportException;
import org.ratsinfo.oparl.OParlIssue;
import org.ratsinfo.oparl.OParlReader;
import org.ratsinfo.oparl.OParlSummary;
import org.ratsinfo.render.batch.BatchTarget;
import org.ratsinfo.render.batch.MeetingRenderer;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.validation.ModelValidator;

/**
 * The crawl the import benchmark reads is read right: every public item public, every item of a
 * non-public part non-public, no two items of a meeting with one number, every meeting valid.
 */
class CrawlFixtureTest {

  @Test
  void aCrawlIsReadWithEveryPatternHandled(@TempDir Path dir) throws IOException {
    int meetings = CrawlFixture.write(dir, 600);
    OParlImport imported = OParlReader.standard().read(dir);
    assertEquals(meetings, imported.meetings().size());
    for (MeetingExcerpts excerpts : imported.meetings()) {
      Meeting meeting = excerpts.meeting();
      List<AgendaItem> agenda = meeting.agenda();
      assertEquals(CrawlFixture.PUBLIC_PER_MEETING,
          agenda.stream().filter(i -> i.visibility().isPublic()).count(), meeting::toString);
      assertEquals(CrawlFixture.NON_PUBLIC_PER_MEETING,
          agenda.stream().filter(i -> !i.visibility().isPublic()).count(), meeting::toString);
      assertTrue(agenda.stream().filter(i -> !i.visibility().isPublic())
          .allMatch(i -> i.title().startsWith("Vertrauliche")), meeting::toString);
      Set<String> numbers = new HashSet<>();
      agenda.forEach(i -> assertTrue(numbers.add(i.number()), () -> "two items " + i.number()));
      assertEquals(3, meeting.headings().size());
      assertTrue(ModelValidator.standard().validate(excerpts, Locale.ENGLISH).isEmpty(),
          () -> ModelValidator.standard().validate(excerpts, Locale.ENGLISH).toString());
    }
    assertEquals((meetings + 2) / 3, imported.warnings().stream()
        .filter(w -> w.issue() == OParlIssue.END_BEFORE_START).count());
    assertThrows(OParlImportException.class, () -> OParlReader.builder().strict(true).build().read(dir));
  }

  @Test
  void everyPublicItemOfACrawlIsRenderedAndNoneOfItsNonPublicParts(@TempDir Path dir) throws IOException {
    Path crawl = Files.createDirectory(dir.resolve("crawl"));
    Path out = dir.resolve("out");
    int meetings = CrawlFixture.write(crawl, 240);
    MeetingRenderer renderer = MeetingRenderer.builder().add(HtmlRenderer.builder().build()).build();
    List<Integer> failed = new ArrayList<>();
    OParlSummary summary = OParlReader.standard().read(List.of(crawl), (meeting, number, count) ->
        failed.add(renderer.render(meeting, BatchTarget.directory(out.resolve("m" + number)))
            .failed().size()));
    assertEquals(meetings, summary.meetings());
    assertTrue(failed.stream().allMatch(f -> f == 0), failed::toString);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(out)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertEquals(meetings * CrawlFixture.PUBLIC_PER_MEETING, files.size(), "one page per public item");
    for (Path file : files) {
      String html = Files.readString(file);
      assertFalse(html.contains("Vertrauliche"), () -> file + " shows an item of the non-public part");
    }
  }
}
