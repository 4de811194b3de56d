package org.ratsinfo.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A server on the loopback interface (127.0.0.1, an ephemeral port) that counts every connection, even
 * one that never sends a request, and answers each with an empty HTTP 200: for tests that prove a
 * renderer never goes to the network, whatever URLs the input carries.
 *
 * <p>A plain socket, not the JDK's {@code com.sun.net.httpserver}, which is in a module that tests on
 * the module path do not read. Thread-safe.
 */
public final class LoopbackServer implements AutoCloseable {

  private final ServerSocket server;
  private final Thread acceptor;
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  private LoopbackServer() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::accept, "loopback-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A server, listening. */
  public static LoopbackServer start() throws IOException {
    return new LoopbackServer();
  }

  private void accept() {
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
  }

  /** The port. */
  public int port() {
    return server.getLocalPort();
  }

  /** {@code 127.0.0.1:port}. */
  public String host() {
    return "127.0.0.1:" + port();
  }

  /** {@code http://127.0.0.1:port}. */
  public String origin() {
    return "http://" + host();
  }

  /** The first line of every connection so far (or what went wrong with it), in order. */
  public List<String> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /**
   * Ways text can name this server so that a careless renderer or viewer might fetch it: URLs of
   * every scheme (http, https, ftp, file with a host, protocol-relative), in markup ({@code <img src>},
   * {@code <link>}, {@code <iframe>}), in CSS ({@code url(...)}, {@code @import}) and as a bare {@code
   * file:} URL. Each fits into the shortest text field of the model with room to spare.
   */
  public List<String> references() {
    String host = host();
    return List.of(
        "http://" + host + "/a",
        "https://" + host + "/b",
        "ftp://" + host + "/c",
        "file://" + host + "/d",
        "//" + host + "/e",
        "<img src=\"http://" + host + "/f\">",
        "url(http://" + host + "/g)",
        "@import \"//" + host + "/h\";",
        "<link href=\"//" + host + "/i\">",
        "<iframe src=//" + host + "/j>",
        "file:///etc/passwd");
  }

  /**
   * Addresses of this server that are valid link targets (absolute http and https URLs), for the
   * files' addresses: a document links to them, and nothing may request them while rendering.
   */
  public List<String> links() {
    String host = host();
    return List.of("https://" + host + "/file-1.pdf", "http://" + host + "/file-2.pdf?download=1");
  }

  @Override
  public void close() throws IOException {
    server.close();
    try {
      acceptor.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
