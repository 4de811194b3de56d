package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
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

/**
 * Rendering reads nothing from the network or the file system, whatever URLs the text or an
 * additional stylesheet carry, and prints nothing: a loopback server receives no connection, a named
 * pipe is never opened for reading, and neither System.err nor logging at INFO or above hears a word.
 *
 * <p>The server is a plain socket, which counts every connection, even one that never sends a request
 * (the JDK's {@code com.sun.net.httpserver} is in a module the tests on the module path do not read).
 */
class LockDownTest {

  @TempDir Path dir;

  private ServerSocket server;
  private Thread acceptor;
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private String http;

  @BeforeEach
  void startServer() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try (Socket socket = server.accept()) {
          socket.setSoTimeout(2000);
          byte[] head = new byte[256];
          int n = Math.max(0, socket.getInputStream().read(head));
          requests.add(new String(head, 0, n, StandardCharsets.ISO_8859_1).lines().findFirst()
              .orElse("a connection without a request"));
          socket.getOutputStream().write(
              "HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (SocketException e) {
          return; // closed
        } catch (IOException e) {
          requests.add("a connection that failed: " + e);
        }
      }
    }, "loopback-server");
    acceptor.setDaemon(true);
    acceptor.start();
    http = "http://127.0.0.1:" + server.getLocalPort();
  }

  @AfterEach
  void stopServer() throws Exception {
    server.close();
    acceptor.join(5000);
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
    assertEquals(List.of(), requests, "requests to the loopback server");
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
