package org.ratsinfo.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.ratsinfo.oparl.OParlReaderTest.resource;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.model.MeetingExcerpts;

/**
 * Reading with a handler: each meeting is handed on as it is mapped, in the order found, with its
 * number; strict mode hands on nothing when the input deviates; what cannot be read is refused before
 * anything is read.
 */
class StreamingReadTest {

  @TempDir Path dir;

  @Test
  void theHandlerGetsEveryMeetingInOrderWithItsNumber() throws IOException {
    Path pages = resource("patterns/pages");
    List<MeetingExcerpts> handed = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    OParlSummary summary = OParlReader.standard().read(List.of(pages), (meeting, number, count) -> {
      handed.add(meeting);
      numbers.add(number + "/" + count);
    });
    assertEquals(OParlReader.standard().read(pages).meetings(), handed);
    assertEquals(List.of("1/3", "2/3", "3/3"), numbers);
    assertEquals(3, summary.meetings());
    assertEquals(OParlReader.standard().read(pages).warnings(), summary.warnings());
  }

  @Test
  void strictHandsOnNothingWhenTheInputDeviates() {
    List<MeetingExcerpts> handed = new ArrayList<>();
    OParlReader strict = OParlReader.builder().strict(true).build();
    assertThrows(OParlImportException.class, () -> strict.read(
        List.of(resource("patterns/sdnet-meeting.json")), (meeting, number, count) -> handed.add(meeting)));
    assertEquals(List.of(), handed);
  }

  @Test
  void aFailingHandlerFailsTheRead() {
    IOException failure = new IOException("disk full");
    IOException e = assertThrows(IOException.class, () -> OParlReader.standard().read(
        List.of(resource("patterns/pages")), (meeting, number, count) -> {
          throw failure;
        }));
    assertEquals(failure, e);
  }

  @Test
  void aNamedPipeIsRefusedAtOnce() throws Exception {
    Path fifo = dir.resolve("meetings.json");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available: " + e.getMessage());
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    FileSystemException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(FileSystemException.class, () -> OParlReader.standard().read(fifo)));
    assertEquals(fifo.toString(), e.getFile());
    assertTrue(e.getMessage().contains("no regular file"), e::getMessage);
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
    Path file = dir.resolve("large.json");
    Files.writeString(file, "[" + "{}, ".repeat(100) + "{}]");
    OParlReader reader = OParlReader.builder().maxDocumentLength(100).build();
    OParlFormatException e = assertThrows(OParlFormatException.class, () -> reader.read(file));
    assertEquals(file + ": $: the document is longer than the limit of 100 bytes (characters, if it is"
        + " read as text)", e.getMessage());
    assertEquals(file + ": $: das Dokument ist länger als die Grenze von 100 Bytes (Zeichen, wenn es als"
        + " Text gelesen wird)", e.getLocalizedMessage(Locale.GERMAN));
  }

  @Test
  void theDefaultLimitRefusesAHugeFileAtOnce() throws IOException {
    Path file = dir.resolve("huge.json");
    try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
      channel.write(java.nio.ByteBuffer.wrap(new byte[] {'['}), OParlReader.DEFAULT_MAX_DOCUMENT_LENGTH);
    }
    OParlFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> assertThrows(OParlFormatException.class, () -> OParlReader.standard().read(file)));
    assertEquals(file + ": $: the document is longer than the limit of 50000000 bytes (characters, if it"
        + " is read as text)", e.getMessage());
  }
}
