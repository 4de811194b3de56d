package org.ratsinfo.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * A paper linked to another, by reference and title: an amendment to it, a supplement, a paper above
 * or below it. OParl: {@code relatedPaper}, {@code superordinatedPaper}, {@code subordinatedPaper}; the
 * kinds {@link Kind#AMENDS} and {@link Kind#SUPPLEMENTS} are beyond OParl.
 *
 * @param kind how the linked paper relates to the paper that holds the link
 * @param id the linked paper's identifier in the source system, e.g. its OParl URL; optional. Never
 *     shown, an integrator's links may be made from it
 * @param reference the linked paper's reference number; optional
 * @param title the linked paper's title
 * @param visibility whether the linked paper is public; a non-public one is never named in a public
 *     document
 */
public record PaperLink(
    Kind kind,
    @Size(max = 500) @XmlText @Nullable String id,
    @Size(max = 100) @XmlText @Nullable String reference,
    @NotBlank @Size(max = 1000) @XmlText String title,
    Visibility visibility) {

  /** How a linked paper relates to the paper that holds the link. */
  public enum Kind {
    /** The linked paper is amended by this one: this is an amendment (Änderungsantrag) to it. */
    AMENDS,
    /** The linked paper amends this one: it is an amendment to this. */
    AMENDED_BY,
    /** This paper supplements the linked one (Ergänzungsvorlage zu). */
    SUPPLEMENTS,
    /** The linked paper supplements this one. */
    SUPPLEMENTED_BY,
    /** The linked paper is above this one (übergeordnete Vorlage). OParl: {@code superordinatedPaper}. */
    SUPERORDINATED,
    /** The linked paper is below this one (untergeordnete Vorlage). OParl: {@code subordinatedPaper}. */
    SUBORDINATED,
    /** Otherwise related (verknüpfte Vorlage). OParl: {@code relatedPaper}. */
    RELATED
  }

  /** Checks that kind, title and visibility are present and treats blank optional strings as absent. */
  public PaperLink {
    Objects.requireNonNull(kind, "kind");
    id = Values.optional(id);
    reference = Values.optional(reference);
    title = Values.required(title, "title");
    Objects.requireNonNull(visibility, "visibility");
  }

  /**
   * A link to a public paper.
   *
   * @param kind how it relates
   * @param reference its reference number, or {@code null}
   * @param title its title
   * @return the link
   */
  public static PaperLink of(Kind kind, @Nullable String reference, String title) {
    return new PaperLink(kind, null, reference, title, Visibility.PUBLIC);
  }

  /** A copy with the given identifier. */
  public PaperLink withId(@Nullable String id) {
    return new PaperLink(kind, id, reference, title, visibility);
  }

  /** A copy with the given visibility. */
  public PaperLink withVisibility(Visibility visibility) {
    return new PaperLink(kind, id, reference, title, visibility);
  }
}
