package org.ratsinfo.oparl.internal;

import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.oparl.OParlIssue;

/** Reads an agenda item's decision from its {@code result} and ratsinfo's decision kind. */
final class Decisions {

  private Decisions() {}

  /**
   * The decision of an agenda item. A known wording becomes its kind; where the wording says more
   * than the kind's own label ("ungeändert beschlossen" is adopted), the source's wording is kept and
   * shown.
   */
  static @Nullable Decision read(Node ai, Values values, Warnings warnings) {
    String result = values.string(ai, "result");
    String kindName = values.extensionString(ai, Vocabulary.EXT_DECISION_KIND);
    DecisionKind kind = null;
    if (kindName != null) {
      for (DecisionKind k : DecisionKind.values()) {
        if (Importer.camel(k.name()).equals(kindName)) {
          kind = k;
        }
      }
      if (kind == null) {
        warnings.warn(ai.name(), Vocabulary.EXT_DECISION_KIND, OParlIssue.INVALID_EXTENSION);
      }
    }
    if (kind == null && result != null) {
      kind = Vocabulary.decisionKind(result);
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
    boolean ownLabel = result == null || result.strip().equalsIgnoreCase(Vocabulary.result(kind));
    return new Decision(kind, ownLabel ? null : result.strip());
  }
}
