package org.ratsinfo.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.VoteSubject;
import org.ratsinfo.model.VotingMethod;

/**
 * The earlier format's single {@code "voteTally"} of an agenda item: read as one open vote on the main
 * motion, never written, and an error beside {@code "votes"}.
 */
class EarlierVoteTallyTest {

  private static final RatsinfoJson JSON = RatsinfoJson.standard();

  @Test
  void anEarlierFileReadsItsTallyAsOneVote() throws IOException {
    Excerpt excerpt;
    try (InputStream in = EarlierVoteTallyTest.class.getResourceAsStream("excerpt-voteTally.json")) {
      excerpt = JSON.readExcerpt(in);
    }
    AgendaItem item = excerpt.agendaItem();
    assertEquals(List.of(Vote.of(Fixtures.tally())), item.votes());
    Vote vote = item.votes().get(0);
    assertEquals(VoteSubject.MAIN, vote.subject());
    assertEquals(VotingMethod.OPEN, vote.method());
    String written = JSON.writeString(excerpt);
    assertFalse(written.contains("\"voteTally\""), written);
    assertTrue(written.contains("\"votes\""), written);
    assertEquals(excerpt, JSON.readExcerpt(written));
  }

  @Test
  void aTallyBesideVotesIsAnError() {
    String json = JSON.writeString(Fixtures.excerpt());
    int votes = json.lastIndexOf("\"votes\": [");   // the agenda item's, after the meeting's agenda
    String both = json.substring(0, votes) + "\"voteTally\": { \"groups\": [ { \"name\": \"SPD\" } ] }, "
        + json.substring(votes);
    assertTrue(both.contains("\"voteTally\""), both);
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> JSON.readExcerpt(both));
    assertEquals(JsonProblem.INVALID_VALUE, e.problem());
    assertEquals("$.agendaItem", e.path());
    assertTrue(e.getLocalizedMessage(Locale.ENGLISH).contains("\"voteTally\" is the earlier spelling"),
        e.getLocalizedMessage(Locale.ENGLISH));
    assertTrue(e.getLocalizedMessage(Locale.GERMAN).contains("frühere Schreibweise"),
        e.getLocalizedMessage(Locale.GERMAN));
  }

  @Test
  void aMistakeInsideAnEarlierTallyIsReportedAtItsOwnPath() throws IOException {
    String earlier;
    try (InputStream in = EarlierVoteTallyTest.class.getResourceAsStream("excerpt-voteTally.json")) {
      earlier = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    int tally = earlier.lastIndexOf("\"voteTally\"");   // the agenda item's, after the meeting's agenda
    int name = earlier.indexOf("\"name\": \"SPD\"", tally);
    assertTrue(tally > 0 && name > tally, earlier);
    String broken = earlier.substring(0, name) + "\"name\": 7" + earlier.substring(name + "\"name\": \"SPD\"".length());
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> JSON.readExcerpt(broken));
    assertEquals("$.agendaItem.voteTally.groups[0].name", e.path(), e.getMessage());
  }
}
