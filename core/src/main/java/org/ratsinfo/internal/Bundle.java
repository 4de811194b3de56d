package org.ratsinfo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The texts of one language from a UTF-8 properties file: labels, validation, JSON, OParl and other
 * messages of ratsinfo's modules. Read by hand rather than through {@code ResourceBundle}, because the
 * JVM's default locale must never choose the language and {@code ResourceBundle.Control} is not
 * supported in named modules. Immutable.
 */
public final class Bundle {

  /**
   * Opens a resource of the module that owns it. A module passes a lambda calling its own {@code
   * Class.getResourceAsStream}: resources of a named module's packages are encapsulated, so core could
   * not open another module's resource itself.
   */
  @FunctionalInterface
  public interface Resources {
    /**
     * Opens a resource.
     *
     * @param name the resource's name, as {@code Class.getResourceAsStream} takes it
     * @return the stream, or {@code null} if there is no such resource
     * @throws IOException if it cannot be opened
     */
    @Nullable InputStream open(String name) throws IOException;
  }

  private final String name;
  private final Map<String, String> texts;

  private Bundle(String name, Map<String, String> texts) {
    this.name = name;
    this.texts = Collections.unmodifiableMap(texts);
  }

  /**
   * Reads a bundle.
   *
   * @param name the resource in this module, e.g. {@code org/ratsinfo/document/labels_en.properties}
   * @return the bundle
   * @throws IllegalStateException if there is no such resource
   */
  public static Bundle load(String name) {
    return load(n -> Bundle.class.getResourceAsStream("/" + n), name);
  }

  /**
   * Reads a bundle of another module.
   *
   * @param resources opens the module's resources
   * @param name the resource, e.g. {@code messages_de.properties} beside the class whose {@code
   *     getResourceAsStream} {@code resources} calls
   * @return the bundle
   * @throws IllegalStateException if there is no such resource
   */
  public static Bundle load(Resources resources, String name) {
    try (InputStream in = resources.open(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      Map<String, String> texts = new TreeMap<>();
      properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
      return new Bundle(name, texts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** The resource this bundle was read from. */
  public String name() {
    return name;
  }

  /** The text for a key, or {@code null}. */
  public @Nullable String find(String key) {
    return texts.get(key);
  }

  /** Every key, sorted. */
  public SortedSet<String> keys() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(texts.keySet()));
  }

  /**
   * Replaces {@code {0}}, {@code {1}} … in one pass: an argument's own braces are never read again,
   * and there is no other syntax (no quoting, no locale-dependent number or date formats).
   *
   * @param pattern the pattern
   * @param arguments the arguments
   * @return the text
   * @throws IllegalArgumentException if the pattern uses an argument that is not given
   */
  public static String substitute(String pattern, List<String> arguments) {
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int run = 0; // the start of the text not yet copied
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '{') {
        int end = i + 1;
        while (end < pattern.length() && Character.isDigit(pattern.charAt(end))) {
          end++;
        }
        if (end > i + 1 && end < pattern.length() && pattern.charAt(end) == '}') {
          int index = Integer.parseInt(pattern, i + 1, end, 10);
          if (index >= arguments.size()) {
            throw new IllegalArgumentException("'" + pattern + "' needs argument {" + index
                + "} but got " + arguments.size());
          }
          out.append(pattern, run, i).append(arguments.get(index));
          i = end + 1;
          run = i;
          continue;
        }
      }
      i++;
    }
    out.append(pattern, run, pattern.length());
    return out.toString();
  }
}
