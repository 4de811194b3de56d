package org.ratsinfo.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Excerpt;

/**
 * The earlier format's single {@code "consultation"} of an agenda item: read as its only consultation
 * in {@code "consultations"}, never written, and an error beside {@code "consultations"}.
 */
class EarlierConsultationTest {

  private static final RatsinfoJson JSON = RatsinfoJson.standard();

  @Test
  void anEarlierFileReadsItsConsultationAsTheOnlyOne() throws IOException {
    String earlier;
    try (InputStream in = EarlierConsultationTest.class.getResourceAsStream("excerpt-voteTally.json")) {
      earlier = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertTrue(earlier.contains("\"consultation\":"), "the fixture is in the earlier spelling");
    Excerpt excerpt = JSON.readExcerpt(earlier);
    AgendaItem item = excerpt.agendaItem();
    assertEquals(1, item.consultations().size());
    assertEquals("2017/0137", item.paper().reference());
    assertEquals(item.consultations().get(0), item.consultation());
    String written = JSON.writeString(excerpt);
    assertFalse(written.contains("\"consultation\":"), written);
    assertTrue(written.contains("\"consultations\": ["), written);
    assertEquals(excerpt, JSON.readExcerpt(written));
  }

  @Test
  void aConsultationBesideConsultationsIsAnError() {
    String json = JSON.writeString(Fixtures.excerpt());
    int consultations = json.lastIndexOf("\"decision\": {");   // the agenda item's, after the agenda
    String both = json.substring(0, consultations)
        + "\"consultation\": { \"paper\": { \"reference\": \"1\", \"title\": \"T\", \"paperType\": \"Antrag\","
        + " \"visibility\": \"public\" }, \"authoritative\": false }, " + json.substring(consultations);
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> JSON.readExcerpt(both));
    assertEquals(JsonProblem.INVALID_VALUE, e.problem());
    assertEquals("$.agendaItem", e.path());
    assertTrue(e.getLocalizedMessage(Locale.ENGLISH).contains("\"consultation\" is the earlier spelling"),
        e.getLocalizedMessage(Locale.ENGLISH));
    assertTrue(e.getLocalizedMessage(Locale.GERMAN).contains("frühere Schreibweise einer Beratung"),
        e.getLocalizedMessage(Locale.GERMAN));
  }
}
