package org.ratsinfo.render.batch;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.render.RenderFormat;
import org.ratsinfo.validation.Violation;

/**
 * Why an agenda item of a {@link MeetingRenderer} batch was not rendered, or not in every format.
 *
 * @param kind what went wrong
 * @param format the format that failed; {@code null} for an invalid item, which is rendered in no
 *     format
 * @param message what went wrong, in one line: the violations, or the renderer's message
 * @param violations the violations of an invalid item; empty otherwise
 */
public record ItemFailure(Kind kind, @Nullable RenderFormat format, String message,
    List<Violation> violations) {

  /** The kinds of failure. */
  public enum Kind {
    /** The item breaks a rule of the model; nothing was rendered of it. */
    INVALID,
    /** A renderer failed on the item; the other formats were rendered. */
    RENDER_FAILED
  }

  /** Checks that the values are present and copies the violations. */
  public ItemFailure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    violations = List.copyOf(violations);
  }

  /** {@code message}, or {@code format: message}. */
  @Override
  public String toString() {
    return format == null ? message : format.id() + ": " + message;
  }
}
