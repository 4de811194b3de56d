package org.ratsinfo.oparl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.testing.MarkedModels;

/**
 * The OParl export carries nothing the public must not see: generated meetings whose every string
 * carries a marker of its kind are exported with the case's withheld fields, and no marker of
 * non-public content or of a withheld field is in the output, in a value or in an id.
 */
class ExportRedactionTest {

  static LongStream seeds() {
    return MarkedModels.seeds(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noNonPublicOrWithheldMarkerIsExported(long seed) {
    MarkedModels.Case c = MarkedModels.of(seed).meeting();
    OParlWriter writer = OParlWriter.builder().baseUrl("https://ris.example.org/oparl/v1/")
        .withheldFromPublic(c.withheld()).build();
    String json = writer.writeString(c.excerpts());
    Set<String> found = new TreeSet<>();
    Matcher m = MarkedModels.MARKER.matcher(json);
    while (m.find()) {
      MarkedModels.Kind kind = c.kinds().get(m.group());
      if (kind == MarkedModels.Kind.WITHHELD || kind == MarkedModels.Kind.NON_PUBLIC) {
        found.add(m.group() + " (" + kind + ")");
      }
    }
    assertTrue(found.isEmpty(), () -> c + " withholding " + c.withheld() + " exports " + found + "\n" + json);
  }
}
