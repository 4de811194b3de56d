package org.ratsinfo.render.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderException;
import org.ratsinfo.render.RenderFormat;
import org.ratsinfo.validation.ModelValidator;
import org.ratsinfo.validation.Violation;

/**
 * One item of a {@link MeetingRenderer} batch, rendered in every format into buffers: runs on a pool
 * thread and never throws for a bad item, which it reports as {@link ItemFailure}s instead.
 */
final class ItemJob {

  private ItemJob() {}

  /** The rendered bytes of one format. */
  record Output(RenderFormat format, ByteArrayOutputStream bytes) {}

  /** What one item gave: its outputs and its failures. */
  record Rendered(List<Output> outputs, List<ItemFailure> failures) {}

  /**
   * Validates the excerpt, unless no validator is given, and renders it with every renderer.
   *
   * @param validator the validator, or {@code null} not to validate
   * @param locale the language of the violations
   */
  static Rendered render(Excerpt excerpt, List<ExcerptRenderer> renderers,
      @Nullable ModelValidator validator, Locale locale) {
    if (validator != null) {
      List<Violation> violations = validator.validate(excerpt, locale);
      if (!violations.isEmpty()) {
        String message = violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
        return new Rendered(List.of(),
            List.of(new ItemFailure(ItemFailure.Kind.INVALID, null, message, violations)));
      }
    }
    List<Output> outputs = new ArrayList<>(renderers.size());
    List<ItemFailure> failures = new ArrayList<>(0);
    for (ExcerptRenderer renderer : renderers) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
      try {
        renderer.render(excerpt, bytes);
        outputs.add(new Output(renderer.format(), bytes));
      } catch (IOException | RuntimeException e) {
        failures.add(new ItemFailure(ItemFailure.Kind.RENDER_FAILED, renderer.format(), message(e),
            List.of()));
      }
    }
    return new Rendered(outputs, failures);
  }

  private static String message(Exception e) {
    String message = e.getMessage();
    if (e instanceof RenderException && message != null) {
      return message;
    }
    return message == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
  }
}
