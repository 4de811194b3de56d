package org.ratsinfo.render.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderException;
import org.ratsinfo.render.RenderFormat;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.TextExcerptRenderer;
import org.ratsinfo.testing.TestMeetings;

class MeetingRendererTest {

  private static final Instant FIXED = Instant.parse("2026-09-16T08:30:00Z");
  private static final RenderOptions OPTIONS =
      RenderOptions.builder().locale(Locale.GERMANY).fixedInstant(FIXED).build();
  private static final RenderFormat TXT = new RenderFormat("txt", "text/plain", "txt");
  private static final RenderFormat MD = new RenderFormat("md", "text/markdown", "md");

  @TempDir Path dir;

  /** Writes the whole document tree as text: whatever the layout shows is in the output. */
  static class TreeRenderer implements TextExcerptRenderer {
    private final RenderFormat format;
    private final RenderOptions options;

    TreeRenderer(RenderFormat format, RenderOptions options) {
      this.format = format;
      this.options = options;
    }

    @Override
    public RenderFormat format() {
      return format;
    }

    @Override
    public RenderOptions options() {
      return options;
    }

    @Override
    public void render(ExcerptDocument document, Writer out) throws IOException {
      out.write(document.toString());
    }
  }

  /** Fails on the agenda items of the given number. */
  static final class FailingRenderer extends TreeRenderer {
    private final String failOn;

    FailingRenderer(RenderFormat format, String failOn) {
      super(format, OPTIONS);
      this.failOn = failOn;
    }

    @Override
    public void render(Excerpt excerpt, OutputStream out) throws IOException {
      if (excerpt.agendaItem().number().equals(failOn)) {
        out.write("half a file".getBytes(StandardCharsets.UTF_8));
        throw new RenderException("die Tabelle ist zu breit");
      }
      super.render(excerpt, out);
    }
  }

  private static MeetingRenderer renderer(int parallelism, ExcerptRenderer... renderers) {
    MeetingRenderer.Builder builder = MeetingRenderer.builder().parallelism(parallelism);
    for (ExcerptRenderer r : renderers) {
      builder.add(r);
    }
    return builder.build();
  }

  private static MeetingRenderer txt() {
    return renderer(4, new TreeRenderer(TXT, OPTIONS));
  }

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The entries of a ZIP archive, name to content, in archive order. */
  static Map<String, String> entries(byte[] zip) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        assertEquals(LocalDateTime.of(2026, 9, 16, 8, 30), e.getTimeLocal(), "fixed time");
        entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }

  private static byte[] zip(MeetingRenderer renderer, MeetingExcerpts meeting) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(meeting, BatchTarget.zip(out));
    return out.toByteArray();
  }

  @Test
  void fileNamesAreDateVisibilityAndNumber() {
    Meeting meeting = TestMeetings.meeting(List.of());
    assertEquals("2017-02-28_Oe-19.1",
        MeetingRenderer.baseName(meeting, TestMeetings.publicItem("19.1", 0)));
    assertEquals("2017-02-28_N-3.pdf",
        MeetingRenderer.fileName(meeting, TestMeetings.nonPublicItem("3", 0), RenderFormat.PDF));
    // The date in the meeting's own zone: 00:30 in Berlin is still the previous day in UTC.
    Meeting lateNight = meeting.toBuilder()
        .start(ZonedDateTime.of(LocalDateTime.of(2017, 3, 1, 0, 30), ZoneId.of("Europe/Berlin"))).build();
    assertEquals("2017-03-01_Oe-1", MeetingRenderer.baseName(lateNight, TestMeetings.publicItem("1", 0)));
    // Anything unsafe becomes _ (only possible without validation).
    assertEquals("2017-02-28_Oe-.._x_y_z_",
        MeetingRenderer.baseName(meeting, TestMeetings.publicItem("../x\\y:z*", 0)));
    assertEquals("2017-02-28_Oe-3ä", MeetingRenderer.baseName(meeting,
        TestMeetings.publicItem("3a\u0308", 0)), "letters kept, NFC");
  }

  /**
   * Names carry nothing the excerpts withhold: without the date no date, without the TOP neither
   * number nor visibility but the item's place in the batch, in directories and ZIP archives alike.
   */
  @Test
  void namesShowNeitherAWithheldDateNorAWithheldTop() throws IOException {
    MeetingExcerpts meeting = TestMeetings.of(11, 2, Audience.PUBLIC);
    RenderOptions noDate = OPTIONS.toBuilder().withheldFromPublic(FieldKey.DATE).build();
    RenderOptions noTop = OPTIONS.toBuilder().withheldFromPublic(FieldKey.AGENDA_ITEM).build();
    RenderOptions neither = OPTIONS.toBuilder()
        .withheldFromPublic(FieldKey.DATE, FieldKey.AGENDA_ITEM, FieldKey.CLERK).build();

    MeetingRenderer withoutDate = renderer(2, new TreeRenderer(TXT, noDate));
    BatchResult result = withoutDate.render(meeting, BatchTarget.directory(dir.resolve("a")));
    assertEquals("Oe-1.txt", result.files().get(0));
    assertEquals("Oe-11.txt", result.files().get(10));
    assertEquals(11, result.files().size());

    MeetingRenderer withoutTop = renderer(2, new TreeRenderer(TXT, noTop));
    assertEquals(List.of("2017-02-28_Auszug-01", "2017-02-28_Auszug-02"),
        withoutTop.baseNames(meeting).subList(0, 2));
    Map<String, String> zip = entries(zip(withoutTop, meeting));
    assertEquals(withoutTop.baseNames(meeting).stream().map(n -> n + ".txt").toList(),
        List.copyOf(zip.keySet()));
    assertEquals("2017-02-28_Auszug-11.txt", List.copyOf(zip.keySet()).get(10));

    MeetingRenderer withoutBoth = renderer(2, new TreeRenderer(TXT, neither), new TreeRenderer(MD, OPTIONS));
    List<String> names = withoutBoth.baseNames(meeting);
    assertEquals(11, names.size());
    assertEquals("Auszug-01", names.get(0));
    BatchResult both = withoutBoth.render(meeting, BatchTarget.directory(dir.resolve("b")));
    assertEquals(List.of("Auszug-01.txt", "Auszug-01.md"), both.files().subList(0, 2),
        "a field withheld by one format's options is left out of every format's names");
    for (String name : both.files()) {
      assertFalse(name.contains("2017") || name.contains("Oe") || name.contains("_"), name);
    }
    assertEquals("Ö 3", both.items().get(2).label(), "the caller still learns the TOP");

    // For the internal audience nothing is withheld: the names are those of every item.
    MeetingExcerpts internal = meeting.withAudience(Audience.INTERNAL);
    assertEquals("2017-02-28_N-2", withoutBoth.baseNames(internal).get(12));
    // A renderer that forces the public makes the batch a public one, with the names to match.
    MeetingRenderer forced = renderer(2,
        new TreeRenderer(TXT, noTop.toBuilder().audience(Audience.PUBLIC).build()));
    assertEquals(11, forced.baseNames(internal).size());
    assertEquals("2017-02-28_Auszug-11", forced.baseNames(internal).get(10));
    // Two digits at least, more where the batch needs them.
    assertEquals("Auszug-100", renderer(1, new TreeRenderer(TXT, neither))
        .baseNames(TestMeetings.of(100, 0, Audience.PUBLIC)).get(99));
  }

  @Test
  void aZipOntoADirectoryIsRefusedBeforeAnythingIsRendered() throws IOException {
    Path existing = Files.createDirectories(dir.resolve("archiv.zip"));
    AtomicInteger rendered = new AtomicInteger();
    TreeRenderer counting = new TreeRenderer(TXT, OPTIONS) {
      @Override
      public void render(Excerpt excerpt, OutputStream out) throws IOException {
        rendered.incrementAndGet();
        super.render(excerpt, out);
      }
    };
    List<String> events = new ArrayList<>();
    FileSystemException e = assertThrows(FileSystemException.class,
        () -> renderer(2, counting).render(TestMeetings.interleaved(Audience.PUBLIC),
            BatchTarget.zip(existing), new BatchListener() {
              @Override
              public void started(int total) {
                events.add("started");
              }

              @Override
              public void itemFinished(ItemResult item, int done, int total) {
                events.add("item");
              }
            }));
    assertEquals(existing.toString(), e.getFile());
    assertEquals("is a directory", e.getReason());
    assertEquals(0, rendered.get(), "nothing rendered");
    assertEquals(List.of(), events);
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(List.of(existing), s.toList(), "no temporary file");
    }
  }

  @Test
  void aDirectoryGetsOneFilePerItemAndFormatAndNoTemporaryFile() throws IOException {
    MeetingExcerpts meeting = TestMeetings.interleaved(Audience.INTERNAL);
    BatchResult result = renderer(2, new TreeRenderer(TXT, OPTIONS), new TreeRenderer(MD, OPTIONS))
        .render(meeting, BatchTarget.directory(dir.resolve("out")));
    assertTrue(result.ok());
    assertEquals(5, result.total());
    assertEquals(List.of("2017-02-28_Oe-1.txt", "2017-02-28_Oe-1.md", "2017-02-28_N-1.txt",
        "2017-02-28_N-1.md", "2017-02-28_Oe-2.txt", "2017-02-28_Oe-2.md", "2017-02-28_N-2.txt",
        "2017-02-28_N-2.md", "2017-02-28_Oe-3.txt", "2017-02-28_Oe-3.md"), result.files());
    assertEquals(List.of("Ö 1", "N 1", "Ö 2", "N 2", "Ö 3"),
        result.items().stream().map(ItemResult::label).toList());
    try (Stream<Path> s = Files.list(dir.resolve("out"))) {
      assertEquals(result.files().stream().sorted().toList(),
          s.map(p -> p.getFileName().toString()).sorted().toList(), "nothing else, no temp file");
    }
    Excerpt n2 = meeting.excerpts().get(3);
    assertEquals(new TreeRenderer(TXT, OPTIONS).renderToString(n2),
        Files.readString(dir.resolve("out/2017-02-28_N-2.txt")));
  }

  @Test
  void forThePublicNonPublicItemsAreNowhere() throws IOException {
    MeetingExcerpts meeting = TestMeetings.interleaved(Audience.PUBLIC);
    BatchResult result = txt().render(meeting, BatchTarget.directory(dir));
    assertEquals(List.of("2017-02-28_Oe-1.txt", "2017-02-28_Oe-2.txt", "2017-02-28_Oe-3.txt"), files());
    assertEquals(3, result.total());
    for (String file : files()) {
      assertFalse(Files.readString(dir.resolve(file)).contains(TestMeetings.SECRET), file);
    }

    Map<String, String> zip = entries(zip(txt(), meeting));
    assertEquals(List.of("2017-02-28_Oe-1.txt", "2017-02-28_Oe-2.txt", "2017-02-28_Oe-3.txt"),
        List.copyOf(zip.keySet()));
    zip.values().forEach(text -> assertFalse(text.contains(TestMeetings.SECRET)));

    // An internal batch rendered by a renderer forced to the public: the public items only.
    MeetingRenderer forcedPublic = renderer(3, new TreeRenderer(TXT,
        OPTIONS.toBuilder().audience(Audience.PUBLIC).build()));
    Map<String, String> forced = entries(zip(forcedPublic, meeting.withAudience(Audience.INTERNAL)));
    assertEquals(List.copyOf(zip.keySet()), List.copyOf(forced.keySet()));
    forced.values().forEach(text -> assertFalse(text.contains(TestMeetings.SECRET)));

    Map<String, String> internal = entries(zip(txt(), meeting.withAudience(Audience.INTERNAL)));
    assertEquals(5, internal.size());
    assertTrue(internal.get("2017-02-28_N-1.txt").contains(TestMeetings.SECRET));
  }

  @Test
  void aZipHasTheEntriesInAgendaOrderAndIsTheSameWhateverTheParallelism() throws IOException {
    MeetingExcerpts meeting = TestMeetings.of(40, 15, Audience.INTERNAL);
    byte[] serial = zip(renderer(1, new TreeRenderer(TXT, OPTIONS)), meeting);
    byte[] parallel = zip(MeetingRenderer.builder().add(new TreeRenderer(TXT, OPTIONS)).parallelism(8)
        .window(3).build(), meeting);
    assertArrayEquals(serial, parallel);
    assertArrayEquals(serial, zip(renderer(16, new TreeRenderer(TXT, OPTIONS)), meeting), "again");

    Map<String, String> entries = entries(serial);
    List<String> expected = new ArrayList<>();
    for (Excerpt e : meeting.excerpts()) {
      expected.add(MeetingRenderer.fileName(meeting.meeting(), e.agendaItem(), TXT));
    }
    assertEquals(expected, List.copyOf(entries.keySet()));
    assertEquals("2017-02-28_Oe-1.txt", expected.get(0));
    assertEquals("2017-02-28_N-15.txt", expected.get(54));
    Excerpt first = meeting.excerpts().get(0);
    assertEquals(new TreeRenderer(TXT, OPTIONS).renderToString(first), entries.get(expected.get(0)));

    // Another clock, other entry times: the time comes from the clock, nothing else.
    MeetingRenderer otherClock = MeetingRenderer.builder().add(new TreeRenderer(TXT, OPTIONS))
        .clock(java.time.Clock.fixed(FIXED.plusSeconds(3600), java.time.ZoneOffset.UTC)).build();
    assertNotEquals(List.of(serial), List.of(zip(otherClock, meeting)));
  }

  @Test
  void aZipFileIsWrittenAtomically() throws IOException {
    Path zip = dir.resolve("sub/auszuege.zip");
    BatchResult result = txt().render(TestMeetings.interleaved(Audience.INTERNAL), BatchTarget.zip(zip));
    assertEquals(5, result.files().size());
    assertEquals(List.copyOf(result.files()), List.copyOf(entries(Files.readAllBytes(zip)).keySet()));
    try (Stream<Path> s = Files.list(zip.getParent())) {
      assertEquals(List.of(zip), s.toList());
    }

    // The listener fails half-way: no archive, no temporary file, the old archive as it was.
    byte[] before = Files.readAllBytes(zip);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> txt().render(
        TestMeetings.of(20, 0, Audience.PUBLIC), BatchTarget.zip(zip), (item, done, total) -> {
          if (done == 7) {
            throw new IllegalStateException("stop");
          }
        }));
    assertEquals("stop", e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(zip));
    try (Stream<Path> s = Files.list(zip.getParent())) {
      assertEquals(List.of(zip), s.toList());
    }
  }

  @Test
  void anUnwritableTargetIsAnIoError() throws IOException {
    Path file = dir.resolve("file");
    Files.writeString(file, "x");
    assertThrows(IOException.class,
        () -> txt().render(TestMeetings.interleaved(Audience.PUBLIC), BatchTarget.directory(file)));
    assertThrows(IOException.class, () -> txt().render(TestMeetings.interleaved(Audience.PUBLIC),
        BatchTarget.zip(file.resolve("a.zip"))));
  }

  @Test
  void aFailingItemLosesNoOtherAndIsReportedWithItsTop() throws IOException {
    MeetingExcerpts meeting = TestMeetings.interleaved(Audience.INTERNAL);
    MeetingRenderer renderer = renderer(4, new TreeRenderer(TXT, OPTIONS), new FailingRenderer(MD, "2"));
    BatchResult result = renderer.render(meeting, BatchTarget.directory(dir));
    assertFalse(result.ok());
    assertEquals(List.of("Ö 2", "N 2"), result.failed().stream().map(ItemResult::label).toList());
    ItemFailure failure = result.failed().get(0).failures().get(0);
    assertEquals(ItemFailure.Kind.RENDER_FAILED, failure.kind());
    assertEquals(MD, failure.format());
    assertEquals("die Tabelle ist zu breit", failure.message());
    assertTrue(result.anyFailed(ItemFailure.Kind.RENDER_FAILED));
    assertFalse(result.anyFailed(ItemFailure.Kind.INVALID));
    assertEquals(3, result.rendered().size());
    // Every other file is there, the failed format of the failed items is not, nor a temporary file.
    assertEquals(List.of("2017-02-28_N-1.md", "2017-02-28_N-1.txt", "2017-02-28_N-2.txt",
        "2017-02-28_Oe-1.md", "2017-02-28_Oe-1.txt", "2017-02-28_Oe-2.txt", "2017-02-28_Oe-3.md",
        "2017-02-28_Oe-3.txt"), files());
    assertEquals(List.of("2017-02-28_Oe-2.txt"), result.failed().get(0).files());

    Map<String, String> zip = entries(zip(renderer, meeting));
    assertEquals(8, zip.size());
    assertFalse(zip.containsKey("2017-02-28_Oe-2.md"));
  }

  @Test
  void anInvalidItemIsNotRenderedAndTheOthersAre() throws IOException {
    MeetingExcerpts meeting = TestMeetings.interleaved(Audience.INTERNAL);
    List<AgendaItem> agenda = new ArrayList<>(meeting.meeting().agenda());
    agenda.set(1, agenda.get(1).toBuilder().title(" ").build());
    MeetingExcerpts broken = meeting.withMeeting(meeting.meeting().withAgenda(agenda));

    BatchResult result = MeetingRenderer.builder().add(new TreeRenderer(TXT, OPTIONS))
        .locale(Locale.ENGLISH).build().render(broken, BatchTarget.directory(dir));
    assertEquals(1, result.failed().size());
    ItemResult failed = result.failed().get(0);
    assertEquals("NP 1", failed.label(), "the English label");
    assertEquals(Visibility.NON_PUBLIC, failed.visibility());
    assertEquals("1", failed.number());
    ItemFailure failure = failed.failures().get(0);
    assertEquals(ItemFailure.Kind.INVALID, failure.kind());
    assertEquals(null, failure.format());
    assertEquals("agendaItem.title: must not be blank", failure.message());
    assertEquals(1, failure.violations().size());
    assertEquals(List.of(), failed.files());
    assertEquals(4, files().size());
    assertFalse(files().contains("2017-02-28_N-1.txt"));

    BatchResult unchecked = MeetingRenderer.builder().add(new TreeRenderer(TXT, OPTIONS)).validate(false)
        .build().render(broken, BatchTarget.directory(dir.resolve("unchecked")));
    assertTrue(unchecked.ok(), "without validation the item is rendered as it is");
  }

  @Test
  void namesThatCollideGetANumber() throws IOException {
    MeetingExcerpts meeting = TestMeetings.interleaved(Audience.PUBLIC);
    List<AgendaItem> agenda = List.of(TestMeetings.publicItem("1/2", 0),
        TestMeetings.publicItem("1:2", 1), TestMeetings.publicItem("1_2", 2));
    BatchResult result = MeetingRenderer.builder().add(new TreeRenderer(TXT, OPTIONS)).validate(false)
        .build().render(meeting.withMeeting(meeting.meeting().withAgenda(agenda)),
            BatchTarget.directory(dir));
    assertEquals(List.of("2017-02-28_Oe-1_2.txt", "2017-02-28_Oe-1_2_2.txt", "2017-02-28_Oe-1_2_3.txt"),
        result.files());
    assertEquals(3, files().size());
  }

  @Test
  void progressComesInOrderOnTheCallingThread() throws IOException {
    MeetingExcerpts meeting = TestMeetings.of(30, 10, Audience.INTERNAL);
    List<String> events = new ArrayList<>();
    Thread caller = Thread.currentThread();
    BatchListener listener = new BatchListener() {
      @Override
      public void started(int total) {
        events.add("started " + total);
      }

      @Override
      public void itemFinished(ItemResult item, int done, int total) {
        assertSame(caller, Thread.currentThread());
        events.add(done + "/" + total + " " + item.label());
      }
    };
    renderer(8, new TreeRenderer(TXT, OPTIONS)).render(meeting, BatchTarget.zip(OutputStream.nullOutputStream()),
        listener);
    assertEquals(41, events.size());
    assertEquals("started 40", events.get(0));
    assertEquals("1/40 Ö 1", events.get(1));
    assertEquals("30/40 Ö 30", events.get(30));
    assertEquals("31/40 N 1", events.get(31));
    assertEquals("40/40 N 10", events.get(40));
  }

  @Test
  void theBuilderChecksItsValues() {
    assertThrows(IllegalStateException.class, () -> MeetingRenderer.builder().build());
    assertThrows(IllegalArgumentException.class, () -> MeetingRenderer.builder().parallelism(0));
    assertThrows(IllegalArgumentException.class, () -> MeetingRenderer.builder().window(0));
    assertThrows(IllegalArgumentException.class, () -> MeetingRenderer.builder()
        .add(new TreeRenderer(TXT, OPTIONS)).add(new TreeRenderer(TXT, OPTIONS)));
    MeetingRenderer defaults = MeetingRenderer.builder().add(new TreeRenderer(TXT, OPTIONS)).build();
    assertEquals(Runtime.getRuntime().availableProcessors(), defaults.parallelism());
    assertEquals(2 * defaults.parallelism(), defaults.window());
    assertTrue(defaults.validates());
    assertEquals(Locale.GERMANY, defaults.locale());
    assertEquals(FIXED, defaults.clock().instant());
  }

  /** Counts the outputs alive: rendered (or being rendered) and not yet written. */
  private static final class MegabyteRenderer extends TreeRenderer {
    private static final byte[] MEGABYTE = new byte[1 << 20];
    final AtomicInteger live = new AtomicInteger();
    final AtomicInteger maxLive = new AtomicInteger();

    MegabyteRenderer() {
      super(TXT, OPTIONS);
    }

    @Override
    public void render(Excerpt excerpt, OutputStream out) throws IOException {
      maxLive.accumulateAndGet(live.incrementAndGet(), Math::max);
      out.write(MEGABYTE);
    }
  }

  /** Counts and discards. */
  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  @Test
  void memoryIsBoundedByTheWindowNotByTheNumberOfItems() throws IOException {
    int items = 2_000;
    int window = 6;
    MegabyteRenderer megabytes = new MegabyteRenderer();
    MeetingRenderer renderer = MeetingRenderer.builder().add(megabytes).parallelism(4).window(window)
        .validate(false).build();
    CountingStream out = new CountingStream();
    AtomicInteger written = new AtomicInteger();
    BatchResult result = renderer.render(TestMeetings.of(items, 0, Audience.PUBLIC), BatchTarget.zip(out),
        (item, done, total) -> {
          // The item's buffer has been written to the archive and let go.
          megabytes.live.decrementAndGet();
          written.incrementAndGet();
        });
    assertEquals(items, result.total());
    assertEquals(items, written.get());
    assertEquals(0, megabytes.live.get());
    assertTrue(megabytes.maxLive.get() <= window, "at most " + window + " alive, was " + megabytes.maxLive);
    assertTrue(megabytes.maxLive.get() >= 2, "rendered in parallel");
    assertTrue(out.count > items * 100L, "the archive went to the stream: " + out.count);
  }
}
