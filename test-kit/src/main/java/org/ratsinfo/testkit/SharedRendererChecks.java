package org.ratsinfo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.render.ExcerptRenderer;

/**
 * One renderer shared by many threads gives exactly the bytes of a serial run: each renderer module's
 * test runs {@link #assertSameBytesAsSerial} with its renderer (built with a fixed clock) and varied
 * random excerpts.
 */
public final class SharedRendererChecks {

  private SharedRendererChecks() {}

  /**
   * {@code count} valid random excerpts of {@link RandomModels}, for both audiences, each with its seed;
   * about one in twenty is rendered as the agenda or the minutes of its meeting instead, so that every
   * kind of document is rendered by shared renderers.
   *
   * @param count how many
   * @return the excerpts
   */
  public static List<Seeded> randomExcerpts(int count) {
    return RandomModels.seeds(count).mapToObj(s -> new Seeded(s, RandomModels.of(s).excerpt(),
        switch (Math.floorMod(s, 40)) {
          case 0 -> DocumentKind.AGENDA;
          case 1 -> DocumentKind.MINUTES;
          default -> DocumentKind.EXCERPT;
        })).toList();
  }

  /**
   * An excerpt with the seed it was made from, and the document of it to render.
   *
   * @param seed the seed
   * @param excerpt the excerpt
   * @param kind the document: the excerpt, or the agenda or the minutes of its meeting
   */
  public record Seeded(long seed, Excerpt excerpt, DocumentKind kind) {

    /** The excerpt itself. */
    public Seeded(long seed, Excerpt excerpt) {
      this(seed, excerpt, DocumentKind.EXCERPT);
    }

    /** Renders the document with the renderer's own options. */
    void render(ExcerptRenderer renderer, ByteArrayOutputStream out) throws IOException {
      if (kind == DocumentKind.EXCERPT) {
        renderer.render(excerpt, out);
        return;
      }
      MeetingExcerpts meeting = new MeetingExcerpts(excerpt.body(), excerpt.meeting(), excerpt.audience());
      renderer.render(renderer.options().layout(kind, meeting).get(0), out);
    }
  }

  /**
   * Renders every excerpt once on this thread, then all of them again on {@code threads} threads that
   * share the renderer, started together and in a shuffled order, and checks that every output has
   * the same bytes (compared by SHA-256) as the serial one.
   *
   * @param renderer the renderer, with a fixed clock
   * @param excerpts the excerpts
   * @param threads how many threads share the renderer
   * @return how long each run took, for the log
   */
  public static String assertSameBytesAsSerial(ExcerptRenderer renderer, List<Seeded> excerpts, int threads)
      throws InterruptedException {
    long start = System.nanoTime();
    List<String> serial = new ArrayList<>(excerpts.size());
    for (Seeded excerpt : excerpts) {
      serial.add(digest(renderer, excerpt));
    }
    long serialNanos = System.nanoTime() - start;

    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < excerpts.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(excerpts.size()));
    CountDownLatch go = new CountDownLatch(1);
    List<Callable<String>> tasks = new ArrayList<>();
    for (int i : order) {
      Seeded excerpt = excerpts.get(i);
      tasks.add(() -> {
        go.await();
        return digest(renderer, excerpt);
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<String> mismatches = new ArrayList<>();
    long parallelNanos;
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (Callable<String> task : tasks) {
        futures.add(pool.submit(task));
      }
      start = System.nanoTime();
      go.countDown();
      for (int k = 0; k < futures.size(); k++) {
        int i = order.get(k);
        String parallel;
        try {
          parallel = futures.get(k).get();
        } catch (ExecutionException e) {
          throw new AssertionError("excerpt of seed " + excerpts.get(i).seed() + " failed on a shared renderer",
              e.getCause());
        }
        if (!serial.get(i).equals(parallel)) {
          mismatches.add("seed " + excerpts.get(i).seed());
        }
      }
      parallelNanos = System.nanoTime() - start;
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of(), mismatches, "excerpts whose bytes differ from the serial run's on "
        + threads + " threads sharing one " + renderer.format().id() + " renderer");
    return String.format(Locale.ROOT, "%s: %d excerpts, serial %.1f s, %d threads %.1f s",
        renderer.format().id(), excerpts.size(), serialNanos / 1e9, threads, parallelNanos / 1e9);
  }

  private static String digest(ExcerptRenderer renderer, Seeded excerpt) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      excerpt.render(renderer, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(out.toByteArray());
      return java.util.HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
