package org.ratsinfo.render.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Produces values for the indexes {@code 0 … count-1} on a pool of threads and consumes them in index
 * order on the calling thread, with at most {@code window} values alive at a time: produced or being
 * produced, and not yet consumed. Index {@code i + window} is started only when {@code i} has been
 * consumed, so memory is bounded by the window whatever the count.
 */
public final class OrderedPipeline {

  /** Consumes one produced value; runs on the calling thread, in index order. */
  @FunctionalInterface
  public interface Consumer<T> {

    /**
     * Consumes a value.
     *
     * @param index its index
     * @param value the value
     * @throws IOException if consuming fails; the pipeline stops
     */
    void accept(int index, T value) throws IOException;
  }

  private static final AtomicInteger POOLS = new AtomicInteger();

  private OrderedPipeline() {}

  /**
   * Runs the pipeline. Stops at the first exception of the producer (which should report its
   * expected failures in the value instead) or the consumer, and throws it; values not yet consumed
   * are dropped and the pool is shut down.
   *
   * @param <T> the values
   * @param count how many values
   * @param parallelism the most values produced at once, at least 1
   * @param window the most values alive at once, at least 1
   * @param producer makes the value of an index; called on the pool's threads
   * @param consumer takes the values in index order; called on this thread
   * @throws IOException if the consumer fails, or as {@link InterruptedIOException} if this thread
   *     is interrupted
   */
  public static <T> void run(int count, int parallelism, int window, IntFunction<? extends T> producer,
      Consumer<? super T> consumer) throws IOException {
    if (parallelism < 1 || window < 1) {
      throw new IllegalArgumentException("parallelism and window must be positive");
    }
    if (count <= 0) {
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(
        Math.min(parallelism, Math.min(window, count)), threadFactory());
    ArrayDeque<Future<? extends T>> inFlight = new ArrayDeque<>(Math.min(window, count));
    try {
      int next = 0;
      while (next < count && inFlight.size() < window) {
        int index = next++;
        inFlight.add(pool.submit(() -> producer.apply(index)));
      }
      for (int index = 0; index < count; index++) {
        Future<? extends T> future = inFlight.remove();
        consumer.accept(index, await(future));
        if (next < count) {
          int following = next++;
          inFlight.add(pool.submit(() -> producer.apply(following)));
        }
      }
    } finally {
      for (Future<? extends T> future : inFlight) {
        future.cancel(true);
      }
      pool.shutdownNow();
    }
  }

  private static <T> T await(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while rendering");
      interrupted.initCause(e);
      throw interrupted;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("a producer failed", cause);
    }
  }

  private static ThreadFactory threadFactory() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "ratsinfo-render-" + pool + "-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
