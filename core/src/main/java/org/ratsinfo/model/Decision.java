package org.ratsinfo.model;

import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * The decision on an agenda item (Beschlussart): a kind from the vocabulary and, for local variants, a
 * free text that is shown instead of the kind's label. OParl: {@code AgendaItem.result}.
 *
 * @param kind the kind of decision
 * @param text the wording of a local variant, e.g. "mit Änderungen beschlossen"; required for {@link
 *     DecisionKind#OTHER}, optional otherwise
 */
public record Decision(DecisionKind kind, @Size(max = 300) @XmlText @Nullable String text) {

  /** Checks that the kind is present and treats a blank text as absent. */
  public Decision {
    Objects.requireNonNull(kind, "kind");
    text = Values.optional(text);
  }

  /** A decision of the given kind with the standard wording. */
  public static Decision of(DecisionKind kind) {
    return new Decision(kind, null);
  }

  /** A local kind of decision, shown as the given text. */
  public static Decision other(String text) {
    return new Decision(DecisionKind.OTHER, Objects.requireNonNull(text, "text"));
  }
}
