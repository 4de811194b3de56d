package org.ratsinfo.oparl.internal;

import static org.ratsinfo.oparl.internal.Warnings.key;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.Labels;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.oparl.OParlIssue;

/**
 * The wordings of an agenda item's {@code result} and the decision kinds they name, and the reading of
 * an item's decision from its {@code result} and ratsinfo's decision kind.
 *
 * <p>A wording is compared with case, surrounding space and punctuation, runs of space and the
 * spelling of umlauts ("Uebergang") ignored. Known are the German label of every kind ("einstimmig
 * beschlossen", "empfohlen", "Übergang zur Tagesordnung") and the variants servers write: "ungeändert
 * beschlossen", "zur Kenntnis", "zurückgestellt"; for what preparing committees record, "zur Annahme
 * empfohlen", "einstimmig empfohlen", "mit den folgenden Änderungen empfohlen", "geändert empfohlen",
 * "nicht empfohlen", "zur Ablehnung empfohlen"; "zur Tagesordnung übergegangen"; and for a matter
 * settled otherwise "erledigt durch Beschluss zu TOP 5", "hat sich erledigt", "für erledigt erklärt".
 */
final class Decisions {

  /** Decision kinds by their wording, {@linkplain #normalised(String) normalised}. */
  private static final Map<String, DecisionKind> WORDINGS;
  /**
   * Wordings that name a kind at their start and may say more after it, in the order they are tried
   * (the narrower kind first: "nicht empfohlen" before "empfohlen"). Matched against the normalised
   * wording, whose umlauts are spelt out.
   */
  private static final Map<Pattern, DecisionKind> PATTERNS;

  /** How a vote went, before the kind: "einstimmig nicht empfohlen". */
  private static final String HOW = "(?:(?:einstimmig|mehrheitlich|einvernehmlich|ohne gegenstimmen) )?";
  /** What a recommendation is for: "zur Annahme empfohlen". */
  private static final String FOR =
      "(?:(?:dem rat |dem ausschuss )?zur (?:annahme|beschlussfassung|zustimmung) )?";

  static {
    Map<String, DecisionKind> wordings = new HashMap<>();
    for (DecisionKind kind : DecisionKind.values()) {
      if (kind != DecisionKind.OTHER) {
        wordings.put(normalised(Labels.GERMAN.decision(kind)), kind);
      }
    }
    wordings.put(normalised("unverändert beschlossen"), DecisionKind.ADOPTED);
    wordings.put(normalised("ungeändert beschlossen"), DecisionKind.ADOPTED);
    wordings.put(normalised("kenntnis genommen"), DecisionKind.ACKNOWLEDGED);
    wordings.put(normalised("zur kenntnis"), DecisionKind.ACKNOWLEDGED);
    wordings.put(normalised("zurückgestellt"), DecisionKind.POSTPONED);
    WORDINGS = Map.copyOf(wordings);

    Map<Pattern, DecisionKind> patterns = new LinkedHashMap<>();
    patterns.put(pattern(HOW + "nicht " + FOR + "empfohlen"), DecisionKind.NOT_RECOMMENDED);
    patterns.put(pattern(HOW + "(?:zur )?ablehnung empfohlen"), DecisionKind.NOT_RECOMMENDED);
    patterns.put(pattern(HOW + "ablehnende (?:beschluss)?empfehlung"), DecisionKind.NOT_RECOMMENDED);
    patterns.put(pattern(HOW + "(?:mit|unter) .*(?:aenderung|ergaenzung|massgabe).* empfohlen"),
        DecisionKind.RECOMMENDED_WITH_CHANGES);
    patterns.put(pattern(HOW + "(?:geaendert|abgeaendert|ergaenzt|modifiziert) " + FOR + "empfohlen"),
        DecisionKind.RECOMMENDED_WITH_CHANGES);
    patterns.put(pattern(HOW + FOR + "empfohlen,? (?:mit|unter) .*(?:aenderung|ergaenzung|massgabe)\\w*"),
        DecisionKind.RECOMMENDED_WITH_CHANGES);
    patterns.put(pattern(HOW + "(?:(?:ungeaendert|unveraendert|wie vorgelegt) )?" + FOR + "empfohlen"),
        DecisionKind.RECOMMENDED);
    patterns.put(pattern("(?:der )?uebergang zur tagesordnung"), DecisionKind.PASSED_TO_NEXT_ITEM);
    patterns.put(pattern(HOW + "zur tagesordnung uebergegangen"), DecisionKind.PASSED_TO_NEXT_ITEM);
    patterns.put(pattern("(?:hat sich )?erledigt"), DecisionKind.SETTLED);
    patterns.put(pattern("(?:fuer|als) erledigt (?:erklaert|betrachtet|angesehen)"), DecisionKind.SETTLED);
    patterns.put(pattern("durch .+ erledigt"), DecisionKind.SETTLED);
    PATTERNS = Collections.unmodifiableMap(patterns);
  }

  private Decisions() {}

  /** A pattern that matches a wording that starts with the given words, followed by more or nothing. */
  private static Pattern pattern(String start) {
    return Pattern.compile("^" + start + "(?:$|[ ,;:(\\-–].*)");
  }

  /** The German wording of a decision kind, as {@code result}. */
  static String result(DecisionKind kind) {
    return Labels.GERMAN.decision(kind);
  }

  /** The kind a {@code result} names; {@code null} for a local wording. */
  static @Nullable DecisionKind kind(String result) {
    String wording = normalised(result);
    DecisionKind kind = WORDINGS.get(wording);
    if (kind != null) {
      return kind;
    }
    for (Map.Entry<Pattern, DecisionKind> pattern : PATTERNS.entrySet()) {
      if (pattern.getKey().matcher(wording).matches()) {
        return pattern.getValue();
      }
    }
    return null;
  }

  /**
   * A wording as it is compared: lower case, umlauts and ß spelt out, runs of space as one space, no
   * space or final punctuation around it.
   */
  static String normalised(String wording) {
    String s = wording.toLowerCase(Locale.ROOT)
        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
        .replaceAll("[\\s\\u00a0]+", " ")
        .strip();
    return s.replaceAll("[\\s.!]+$", "");
  }

  /**
   * The decision of an agenda item. A known wording becomes its kind; where the wording is not the
   * kind's own label (but, e.g., "ungeändert beschlossen" for adopted, or "erledigt durch Beschluss zu
   * TOP 5" for settled), the source's wording is kept and shown.
   */
  static @Nullable Decision read(Node ai, Values values, Warnings warnings) {
    String result = values.string(ai, "result");
    String kindName = values.extensionString(ai, Vocabulary.EXT_DECISION_KIND);
    DecisionKind kind = null;
    if (kindName != null) {
      StringJoiner known = new StringJoiner(", ");
      for (DecisionKind k : DecisionKind.values()) {
        known.add(Importer.camel(k.name()));
        if (Importer.camel(k.name()).equals(kindName)) {
          kind = k;
        }
      }
      if (kind == null) {
        warnings.warn(ai.name(), Vocabulary.EXT_DECISION_KIND, OParlIssue.INVALID_EXTENSION,
            key("reason.unknownValue", Messages.quote(kindName), known.toString()));
      }
    }
    if (kind == null && result != null) {
      kind = kind(result);
      if (kind == null) {
        return Decision.other(result.strip());
      }
    }
    if (kind == null) {
      return null;
    }
    if (kind == DecisionKind.OTHER) {
      return result == null ? null : Decision.other(result.strip());
    }
    boolean ownLabel = result == null || normalised(result).equals(normalised(result(kind)));
    return new Decision(kind, ownLabel ? null : result.strip());
  }
}
