package org.ratsinfo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PersonTest {

  private static final Person MAYOR = Person.builder()
      .formOfAddress("Herr").function("Oberbürgermeister").title("Dr.").givenName("Frank")
      .familyName("Dudda").build();

  @Test
  void theThreeFormsOfTheReference() {
    Person author = Person.builder().givenName("Andreas").familyName("Prennig").function("SVO").build();
    assertEquals("Prennig, Andreas", author.listName());
    assertEquals("SVO Prennig, Andreas", author.listNameWithFunction());
    assertEquals("Herr Oberbürgermeister Dr. Dudda", MAYOR.addressName());
    assertEquals("Dudda, Dr. Frank", MAYOR.listName());
  }

  @Test
  void missingPartsAreLeftOut() {
    assertEquals("Gresch", Person.of(null, "Gresch").listName());
    assertEquals("Gresch", Person.of(null, "Gresch").listNameWithFunction());
    assertEquals("Norbert Gresch", Person.of("Norbert", "Gresch").addressName());
    assertEquals("Frau Gresch",
        Person.builder().formOfAddress("Frau").givenName("Anna").familyName("Gresch").build()
            .addressName());
  }

  @Test
  void blankOptionalValuesAreAbsentAndTheFamilyNameIsRequired() {
    Person p = new Person(" ", "", "\t", " ", "Muster", "  ");
    assertNull(p.id());
    assertNull(p.formOfAddress());
    assertNull(p.givenName());
    assertNull(p.function());
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Person.builder().givenName("Erika").build());
    assertEquals("familyName", e.getMessage());
  }

  @Test
  void copiesAreIndependent() {
    Person copy = MAYOR.toBuilder().function("Bürgermeister").build();
    assertEquals("Herr Bürgermeister Dr. Dudda", copy.addressName());
    assertEquals("Herr Oberbürgermeister Dr. Dudda", MAYOR.addressName());
    assertEquals(MAYOR, MAYOR.toBuilder().build());
    assertEquals(copy, MAYOR.withFunction("Bürgermeister"));
  }
}
