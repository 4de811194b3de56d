package org.ratsinfo.testkit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Text;
import org.ratsinfo.testkit.MarkedModels.Kind;
import org.ratsinfo.testkit.MarkedModels.Marks;

/**
 * The markers of a marked meeting's case: each new marker is unique in the case, says its kind and
 * is recorded with the value being built; the words around them, and people whose names are
 * markers. Not thread-safe, like its {@link Draws}.
 */
public final class Markers {

  private static final String[] WORDS = {
    "Rat", "Stadt", "Änderung", "Straße", "Grünfläche", "Öffnungszeiten", "Maßnahme", "über",
    "Haushalt", "Schließung", "Radweg", "Bücherei", "Spielplatz", "und", "für", "Förderung", "der",
    "die", "das", "Sachstand", "€", "§ 31", "„Zitat“", "Brücke", "Weißdorn", "zur",
  };

  private final Draws random;
  private final String tag;
  private int counter;
  private final Map<String, Kind> kinds = new LinkedHashMap<>();
  /** The markers of the value being built, and which of them the layout is sure to show. */
  private Collected current = new Collected();

  /**
   * The markers of a case, drawing its tag (four letters or digits in every marker of the case) first.
   *
   * @param random the draws of the case
   */
  Markers(Draws random) {
    this.random = random;
    this.tag = String.format(Locale.ROOT, "%4s", Long.toString(random.nextInt(36 * 36 * 36 * 36), 36))
        .replace(' ', '0').toUpperCase(Locale.ROOT);
  }

  /** The markers of one value, collected while it is made. */
  static final class Collected {
    private final Set<String> all = new LinkedHashSet<>();
    private final Set<String> shown = new LinkedHashSet<>();

    /** What was collected. */
    Marks marks() {
      return new Marks(all, shown);
    }
  }

  /** Starts a new value: the markers made from now on are its own. */
  Collected begin() {
    current = new Collected();
    return current;
  }

  /** The kind of every marker made so far. */
  Map<String, Kind> kinds() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
  }

  /** A text of one or two paragraphs, each with a marker of its own. */
  Text paragraphs(Kind kind) {
    int n = 1 + random.nextInt(2);
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      paragraphs.add(text(kind, true));
    }
    return new Text(paragraphs);
  }

  /** A few words around a new marker, e.g. "Radweg über NPK7Q200A Straße". */
  String text(Kind kind, boolean shown) {
    StringBuilder sb = new StringBuilder();
    for (int i = random.nextInt(3); i > 0; i--) {
      sb.append(random.pick(WORDS)).append(' ');
    }
    sb.append(marker(kind, shown));
    for (int i = random.nextInt(3); i > 0; i--) {
      sb.append(' ').append(random.pick(WORDS));
    }
    return sb.toString();
  }

  /** A new marker of the kind, recorded with the value being built. */
  String marker(Kind kind, boolean shown) {
    String number = Long.toString(counter++, 36).toUpperCase(Locale.ROOT);
    String marker = kind.prefix() + tag + "000".substring(number.length()) + number;
    kinds.put(marker, kind);
    current.all.add(marker);
    if (shown && kind != Kind.NEVER_SHOWN) {
      current.shown.add(marker);
    }
    return marker;
  }

  /**
   * A person whose every name part carries a marker of the kind; the family name is shown wherever
   * the person is shown, the other parts depend on the form of the name the layout uses.
   */
  Person person(Kind kind) {
    return person(kind, true);
  }

  /** A person whose every name part carries a marker of the kind; the family name shown if {@code shown}. */
  Person person(Kind kind, boolean shown) {
    return Person.builder()
        .id(random.optional(() -> marker(Kind.NEVER_SHOWN, false)))
        .formOfAddress(random.optional(() -> marker(kind, false)))
        .title(random.optional(() -> marker(kind, false)))
        .givenName(random.optional(() -> marker(kind, false)))
        .familyName(marker(kind, shown))
        .function(random.optional(() -> marker(kind, false)))
        .build();
  }

  /** A person whose list name ("Family, Title Given") is shown wherever the person is. */
  Person listed(Kind kind) {
    return Person.builder()
        .id(random.optional(() -> marker(Kind.NEVER_SHOWN, false)))
        .formOfAddress(random.optional(() -> marker(kind, false)))
        .title(random.optional(() -> marker(kind, true)))
        .givenName(random.optional(() -> marker(kind, true)))
        .familyName(marker(kind, true))
        .build();
  }
}
