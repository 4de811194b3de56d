package org.ratsinfo.testkit.internal;

import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The random draws of one seed, shared by the generators that make one model: every generator made
 * with the same instance continues the same stream. Only {@link Random} with its documented
 * algorithm is used, so the same seed draws the same values on every machine and JDK. Not
 * thread-safe.
 */
public final class Draws {

  private final long seed;
  private final Random random;

  /**
   * The draws of a seed.
   *
   * @param seed the seed
   */
  public Draws(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
  }

  /** The seed these draws started from. */
  public long seed() {
    return seed;
  }

  /** True with probability {@code p}. */
  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** The value made by {@code value} half of the time, else nothing (and {@code value} is not called). */
  public <T> @Nullable T optional(Supplier<T> value) {
    return chance(0.5) ? value.get() : null;
  }

  /** One of the values. */
  @SafeVarargs
  public final <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  /** One of the values of a list. */
  public <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A number from 0 (inclusive) to {@code bound} (exclusive). */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** True or false. */
  public boolean nextBoolean() {
    return random.nextBoolean();
  }

  /** Any long, e.g. the seed of further draws. */
  public long nextLong() {
    return random.nextLong();
  }

  /** Shuffles the list in place. */
  public void shuffle(List<?> list) {
    Collections.shuffle(list, random);
  }

  @Override
  public String toString() {
    return "Draws[seed=" + seed + "]";
  }
}
