package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.document.DocumentInfo;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Paragraph;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.SectionKind;
import org.ratsinfo.model.Audience;
import org.ratsinfo.testkit.LoopbackServer;

/**
 * Rendering reads nothing from the network or the file system, whatever URLs the text or an
 * additional stylesheet carry, and prints nothing: a loopback server receives no connection, a named
 * pipe is never opened for reading, and, with openhtmltopdf's logging routed to java.util.logging
 * ({@link PdfRenderer#routeEngineLogging()}), neither System.err nor logging at INFO or above hears a
 * word.
 *
 * <p>The server ({@link LoopbackServer}) counts every connection, even one that never sends a request.
 * {@code HostileCorpusTest} renders the whole hostile corpus with references to it in every text.
 */
class LockDownTest {

  @TempDir Path dir;

  private LoopbackServer server;
  private String http;

  @BeforeEach
  void startServer() throws IOException {
    server = LoopbackServer.start();
    http = server.origin();
  }

  @AfterEach
  void stopServer() throws IOException {
    server.close();
  }

  @Test
  void urlsInTextAndStylesheetsAreNeverFetched() throws Exception {
    Path pipe = dir.resolve("pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
    String file = pipe.toUri().toString();
    // Each time somebody opens the pipe for reading, this writer gets through and counts it.
    AtomicInteger reads = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    Thread writer = new Thread(() -> {
      while (!stop.get()) {
        try (OutputStream out = Files.newOutputStream(pipe)) {
          if (!stop.get()) {
            reads.incrementAndGet();
            out.write("body { color: red; }".getBytes(StandardCharsets.UTF_8));
          }
        } catch (IOException e) {
          // the reader went away
        }
      }
    }, "pipe-writer");
    writer.setDaemon(true);
    writer.start();

    String css = "@import url(\"" + http + "/import.css\");\n"
        + "@import \"" + file + "\";\n"
        + "@import url(file:///etc/passwd);\n"
        + "@font-face { font-family: Remote; src: url(" + http + "/font.ttf); }\n"
        + "@font-face { font-family: Local; src: url(" + file + "); }\n"
        + ".ratsinfo-title { font-family: Remote, Local; }\n"
        + "body { background: url(" + http + "/background.png); }\n"
        + ".ratsinfo-excerpt { background-image: url(" + file + "); }\n"
        + ".ratsinfo-list li { list-style-image: url(" + http + "/bullet.png); }\n"
        + ".ratsinfo-body-name::before { content: url(" + http + "/logo.png); }\n"
        + ".ratsinfo-heading::after { content: url(relative.png); }\n";
    // What an application does that wants a quiet console: openhtmltopdf's own logging prints to it.
    PdfRenderer.routeEngineLogging();
    PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .additionalStylesheet(css).build();

    PrintStream originalErr = System.err;
    PrintStream originalOut = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Capture capture = new Capture();
    Logger root = Logger.getLogger("");
    Level rootLevel = root.getLevel();
    byte[] pdf;
    try (PrintStream sink = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setErr(sink);
      System.setOut(sink);
      root.setLevel(Level.INFO); // the JDK's default: what an application would see
      root.addHandler(capture);
      pdf = renderer.renderToBytes(hostile(file));
      renderer.renderToBytes(renderer.options().layout(Samples.reference()));
    } finally {
      root.removeHandler(capture);
      root.setLevel(rootLevel);
      System.setErr(originalErr);
      System.setOut(originalOut);
    }

    int openedByRenderer = reads.get();
    stop.set(true);
    try (var in = Files.newInputStream(pipe)) { // lets the waiting writer through, to stop
      in.readAllBytes();
    }
    writer.join(5000);
    assertEquals(0, openedByRenderer, "times the renderer opened a file named in the input");
    assertEquals(List.of(), server.requests(), "requests to the loopback server");
    assertEquals("", printed.toString(StandardCharsets.UTF_8), "printed to System.err or System.out");
    assertEquals(List.of(), capture.records, "logged at INFO or above");

    String text = Pages.of(pdf).content();
    assertTrue(text.contains(http + "/x.png"), "the URL is shown as text");
    assertTrue(text.contains("file:///etc/passwd"), "the URL is shown as text");
    assertFalse(text.contains("root:"), "no file content");
  }

  /** A document whose texts are URLs and markup. */
  private ExcerptDocument hostile(String file) {
    String img = "<img src=\"" + http + "/x.png\"/>";
    String title = "Auszug - " + img + " " + file;
    List<org.ratsinfo.document.Block> blocks = List.of(new Section(SectionKind.CONTENT,
        "<link rel=\"stylesheet\" href=\"" + http + "/link.css\"/>", List.of(
            Paragraph.of(img),
            Paragraph.of("file:///etc/passwd"),
            Paragraph.of("<object data=\"" + file + "\"></object> <iframe src=\"" + http + "/f\"/>"),
            Paragraph.of("<style>@import url(" + http + "/inline.css);</style>"))));
    DocumentInfo info = new DocumentInfo(title, img, http + "/author", List.of(file), "de-DE");
    return new ExcerptDocument(Locale.GERMANY, Audience.PUBLIC, info, http + "/body", title, blocks);
  }

  /** Records what reaches the root logger at INFO or above. */
  private static final class Capture extends Handler {
    final List<String> records = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void publish(LogRecord record) {
      if (record.getLevel().intValue() >= Level.INFO.intValue()) {
        records.add(record.getLoggerName() + " " + record.getLevel() + " " + record.getMessage());
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
