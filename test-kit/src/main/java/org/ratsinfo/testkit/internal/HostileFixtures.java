package org.ratsinfo.testkit.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ratsinfo.json.JsonProblem;
import org.ratsinfo.testkit.HostileCorpus;
import org.ratsinfo.testkit.HostileCorpus.Case;
import org.ratsinfo.testkit.HostileCorpus.Expected;
import org.ratsinfo.testkit.HostileCorpus.Invalid;
import org.ratsinfo.testkit.HostileCorpus.Malformed;
import org.ratsinfo.testkit.HostileCorpus.Valid;

/**
 * The cases of the hostile corpus kept as files, as {@code hostile/cases.txt} lists them with what
 * each must give; read once, on first use. Thread-safe.
 */
public final class HostileFixtures {

  // Read once, when the class is first used: on the first call of cases().
  private static final List<Case> CASES = read();

  private HostileFixtures() {}

  /** The cases of the files, in the order of {@code hostile/cases.txt}. */
  public static List<Case> cases() {
    return CASES;
  }

  private static List<Case> read() {
    List<Case> cases = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new ByteArrayInputStream(HostileCorpus.fixture("cases.txt")), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] words = line.split("\\s+");
        String file = words[0];
        byte[] bytes = HostileCorpus.fixture(file);
        cases.add(new Case(file, () -> new ByteArrayInputStream(bytes), expected(words, line)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableList(cases);
  }

  private static Expected expected(String[] words, String line) {
    String kind = words.length > 1 ? words[1] : "";
    return switch (kind) {
      case "valid" -> new Valid();
      case "invalid" -> {
        if (words.length != 4) {
          throw new IllegalStateException("invalid needs a path and a rule: " + line);
        }
        yield new Invalid(words[2], words[3]);
      }
      case "malformed" -> new Malformed(JsonProblem.valueOf(words[2]));
      default -> throw new IllegalStateException("cases.txt: cannot read " + line);
    };
  }
}
