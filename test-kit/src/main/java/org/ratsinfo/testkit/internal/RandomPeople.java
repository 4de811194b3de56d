package org.ratsinfo.testkit.internal;

import org.ratsinfo.model.Body;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.Person;

/**
 * Random valid people, organizations and bodies, with names of many origins and factions of many
 * kinds. Not thread-safe, like its {@link Draws}.
 */
public final class RandomPeople {

  static final String[] FACTIONS = {
    "SPD", "CDU", "Grüne", "FDP", "Die Linke", "Piraten/AL", "AfD", "OB", "Freie Wähler",
    "Die PARTEI", "Volt", "BVB/Freie Wähler", "Unabhängige Wählergemeinschaft", "Einzelmitglied",
  };

  static final String[] FAMILY_NAMES = {
    "Müller", "Weiß", "Groß", "Öztürk", "Nguyễn", "O'Brien", "van der Straaten", "Çelik",
    "Schäfer-Özdemir", "Dudda", "Prennig", "Gresch", "Łukasiewicz", "Strauß", "Kühn",
  };

  static final String[] GIVEN_NAMES = {
    "Andreas", "Jürgen", "Ömer", "Zoë", "Anne-Marie", "Björn", "Frank", "Norbert", "Søren", "Ilse",
  };

  private final Draws random;
  private final RandomTexts texts;

  /** The generator drawing from {@code random}. */
  public RandomPeople(Draws random) {
    this.random = random;
    this.texts = new RandomTexts(random);
  }

  /** A valid person; every part but the family name optional. */
  Person person() {
    return Person.builder()
        .id(random.optional(texts::id))
        .formOfAddress(random.optional(() -> random.pick("Herr", "Frau", "Dr.-Ing.", "Mx.")))
        .title(random.optional(() -> random.pick("Dr.", "Prof. Dr.", "Dipl.-Ing.", "Dr. h.\u00A0c.")))
        .givenName(random.optional(() -> random.pick(GIVEN_NAMES)))
        .familyName(random.chance(0.8) ? random.pick(FAMILY_NAMES) : texts.phrase(1, 3, 200))
        .function(random.optional(() -> random.pick("Oberbürgermeister", "SVO", "Bürgermeisterin", "Stadtkämmerer",
            texts.phrase(1, 3, 200))))
        .build();
  }

  /** A valid organization of the given type. */
  public Organization organization(OrganizationType type) {
    String name = switch (type) {
      case FACTION, PARTY -> random.chance(0.7) ? random.pick(FACTIONS) : texts.phrase(1, 4, 300);
      case COMMITTEE -> random.chance(0.5)
          ? random.pick("Rat der Stadt", "Haupt- und Finanzausschuss", "Bezirksvertretung Mitte",
              "Ausschuss für Umwelt, Klima & Grün")
          : texts.phrase(1, 6, 300);
      default -> random.chance(0.5) ? random.pick("FB 11 - Rat und Bezirksvertretungen", "FB 67 - Grünflächen")
          : texts.phrase(1, 6, 300);
    };
    return new Organization(random.optional(texts::id), name, random.optional(() -> texts.phrase(1, 2, 100)), type);
  }

  /** A valid body. */
  public Body body() {
    return new Body(random.optional(texts::id),
        random.chance(0.5) ? "Stadt " + random.pick("Herne", "Köln", "Görlitz", "Fürth") : texts.phrase(1, 5, 300),
        random.optional(() -> texts.phrase(1, 2, 100)));
  }
}
