package org.ratsinfo.render.docx;

import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.testkit.MarkedModels;
import org.ratsinfo.testkit.RedactionChecks;

/**
 * The redaction guarantee for the agenda and the minutes in DOCX: random marked meetings (see
 * {@link MarkedModels}) laid out for the public and rendered hold no marker not for the public
 * anywhere, and the internal minutes, the control, show every item: {@link
 * RedactionChecks#meetingDocuments}. A failing seed is in the display name; {@code
 * -Dratsinfo.seed=SEED -Dratsinfo.cases=1} runs it alone.
 */
class MeetingDocumentsRedactionTest {

  static LongStream seeds() {
    return MarkedModels.seeds(100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void thePublicAgendaAndMinutesHoldNothingNotForThePublic(long seed) {
    RedactionChecks.meetingDocuments(MarkedModels.of(seed).meeting(),
        options -> RedactionPropertyTest.renderer(options, seed), RedactionPropertyTest::read);
  }
}
