package org.ratsinfo.oparl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Location;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Person;

/** The import shortens texts to exactly what the model keeps: every limit is the model's own. */
class LimitsTest {

  /** The model's record and component of each OParl property with a limit. */
  private static final Map<String, String> MODEL = Map.ofEntries(
      Map.entry("Body.name", "Body.name"),
      Map.entry("Body.shortName", "Body.shortName"),
      Map.entry("Organization.name", "Organization.name"),
      Map.entry("Organization.shortName", "Organization.shortName"),
      Map.entry("Meeting.name", "Meeting.name"),
      Map.entry("AgendaItem.name", "AgendaItem.title"),
      Map.entry("AgendaItem.result", "Decision.text"),
      Map.entry("Paper.name", "Paper.title"),
      Map.entry("Paper.reference", "Paper.reference"),
      Map.entry("Paper.paperType", "PaperType.name"),
      Map.entry("Consultation.role", "Consultation.role"),
      Map.entry("Consultation.ratsinfo:status", "PaperConsultation.status"),
      Map.entry("Consultation.ratsinfo:result", "PaperConsultation.result"),
      Map.entry("File.name", "File.name"),
      Map.entry("File.fileName", "File.fileName"),
      Map.entry("File.mimeType", "File.mimeType"),
      Map.entry("Person.formOfAddress", "Person.formOfAddress"),
      Map.entry("Person.givenName", "Person.givenName"),
      Map.entry("Person.familyName", "Person.familyName"),
      Map.entry("Location.description", "Location.description"),
      Map.entry("Location.room", "Location.room"),
      Map.entry("Location.streetAddress", "Location.streetAddress"),
      Map.entry("Location.postalCode", "Location.postalCode"),
      Map.entry("Location.locality", "Location.locality"));

  private static final Map<String, Class<? extends Record>> RECORDS = Map.ofEntries(
      Map.entry("Body", Body.class), Map.entry("Organization", Organization.class),
      Map.entry("Meeting", Meeting.class), Map.entry("AgendaItem", AgendaItem.class),
      Map.entry("Decision", Decision.class), Map.entry("Paper", Paper.class),
      Map.entry("PaperType", PaperType.class), Map.entry("Consultation", Consultation.class),
      Map.entry("Person", Person.class), Map.entry("Location", Location.class),
      Map.entry("PaperConsultation", PaperConsultation.class), Map.entry("File", File.class));

  @Test
  void everyLimitIsTheModelsSize() {
    assertEquals(MODEL.keySet(), Limits.all().keySet());
    MODEL.forEach((property, component) -> {
      String[] parts = component.split("\\.");
      int max = -1;
      for (RecordComponent c : RECORDS.get(parts[0]).getRecordComponents()) {
        if (c.getName().equals(parts[1])) {
          max = c.getAnnotatedType().getAnnotation(Size.class) != null
              ? c.getAnnotatedType().getAnnotation(Size.class).max()
              : c.getAnnotation(Size.class).max();
        }
      }
      assertEquals(max, Limits.all().get(property), property + " is " + component);
    });
  }
}
