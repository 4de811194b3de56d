package org.ratsinfo.render.batch;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.document.Labels;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderException;
import org.ratsinfo.render.RenderFormat;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.Renderers;
import org.ratsinfo.render.internal.OrderedPipeline;
import org.ratsinfo.render.internal.OutputSink;
import org.ratsinfo.validation.ModelValidator;

/**
 * Renders the excerpt of every agenda item of a meeting in one call, in every format it has a renderer
 * for, into a directory or a ZIP archive: what the clerk's office sends the departments after a
 * session.
 *
 * <pre>{@code
 * MeetingRenderer renderer = MeetingRenderer.builder()
 *     .add(HtmlRenderer.builder().options(options).build())
 *     .add(pdfRenderer)
 *     .build();
 * BatchResult result = renderer.render(meetingExcerpts, BatchTarget.zip(Path.of("auszuege.zip")),
 *     (item, done, total) -> System.out.println(done + "/" + total + " " + item.label()));
 * }</pre>
 *
 * <h2>What is rendered</h2>
 *
 * <p>The {@link MeetingExcerpts#excerpts() excerpts} of the meeting, in agenda order: for the public,
 * non-public items are left out entirely. If a renderer's options {@link RenderOptions#audience()
 * force} the public audience, the batch is made for the public as well, so that no renderer is given a
 * non-public item. Each excerpt is first checked with {@link ModelValidator} (unless {@link
 * Builder#validate(boolean) turned off}); an invalid item is reported with its violations and not
 * rendered, the others are. A renderer that fails on an item (a {@link RenderException} or any other
 * runtime exception) fails that item in that format only. Neither loses the other items: every failure
 * is in the {@link BatchResult} with its TOP number, and the caller decides what it means. An I/O error
 * of the target, or an exception of the listener, stops the rendering and is thrown.
 *
 * <h2>File names</h2>
 *
 * <p>Files are named by what the excerpts show, never by what they withhold: the meeting's start date
 * in its own time zone, an underscore, {@code Oe} for a public or {@code N} for a non-public item, a
 * hyphen, the agenda number, and the format's extension: {@code 2017-02-28_Oe-19.1.pdf}, {@code
 * 2026-09-15_N-3.html}. Characters of the number other than letters, digits, dots and hyphens become
 * {@code _}. Where a batch for the public withholds (in the {@link RenderOptions#withheldFromPublic()
 * options} of any of its renderers that renders for the public) the {@link FieldKey#DATE date}, the
 * date and its underscore are left out ({@code Oe-19.1.pdf}); where it withholds the {@link
 * FieldKey#AGENDA_ITEM TOP}, the visibility and the number give way to {@code Auszug-} and the item's
 * place among the batch's items, two digits or more ({@code 2026-09-15_Auszug-07.pdf}, or {@code
 * Auszug-07.pdf} with both withheld), which tells neither the TOP nor where the non-public items
 * were. ZIP entries have the same names. The names of one batch are unique, also without regard to
 * case: should two items still get the same name (only possible without validation, which refuses
 * two items of one number), the later one gets {@code _2}, {@code _3} … appended. {@link
 * #baseNames(MeetingExcerpts)} tells them in advance. {@link ItemResult} still names each item's TOP,
 * for the caller's reports.
 *
 * <h2>Threads and memory</h2>
 *
 * <p>Items are rendered on {@link Builder#parallelism(int) parallelism} threads (default: every
 * processor) into buffers, and written to the target in agenda order by the calling thread. At most
 * {@link Builder#window(int) window} items (default: twice the parallelism) are alive at a time,
 * being rendered or waiting to be written: item {@code i + window} is started only when item {@code i}
 * has been written and its buffers let go. Memory thus stays bounded by the window times the size of
 * one item's outputs, however long the agenda. The output does not depend on the parallelism.
 *
 * <p>Immutable and thread-safe: build one and share it; each call of {@link #render} has its own
 * threads, which end before it returns.
 */
public final class MeetingRenderer {

  private final List<ExcerptRenderer> renderers;
  private final int parallelism;
  private final int window;
  private final boolean validate;
  private final Locale locale;
  private final Clock clock;
  private final ModelValidator validator;

  private MeetingRenderer(Builder builder, List<ExcerptRenderer> renderers) {
    this.renderers = renderers;
    this.parallelism = builder.parallelism;
    this.window = builder.window > 0 ? builder.window : 2 * builder.parallelism;
    this.validate = builder.validate;
    ExcerptRenderer first = renderers.get(0);
    this.locale = builder.locale != null ? builder.locale : first.options().locale();
    this.clock = builder.clock != null ? builder.clock : first.options().clock();
    this.validator = builder.validator != null ? builder.validator : ModelValidator.standard();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The renderers, one per format, in the order each item's files are written. */
  public List<ExcerptRenderer> renderers() {
    return renderers;
  }

  /** How many items are rendered at once. */
  public int parallelism() {
    return parallelism;
  }

  /** How many items may be alive at once: being rendered or waiting to be written. */
  public int window() {
    return window;
  }

  /** Whether each excerpt is validated before it is rendered. */
  public boolean validates() {
    return validate;
  }

  /** The language of validation messages and of the TOP labels in the results. */
  public Locale locale() {
    return locale;
  }

  /** The clock that dates the entries of a ZIP archive. */
  public Clock clock() {
    return clock;
  }

  /**
   * Renders every agenda item of a meeting, reporting nothing on the way.
   *
   * @param meeting the meeting's excerpts
   * @param target where the files go
   * @return what became of each item
   * @throws IOException if the target cannot be written
   */
  public BatchResult render(MeetingExcerpts meeting, BatchTarget target) throws IOException {
    return render(meeting, target, BatchListener.none());
  }

  /**
   * Renders every agenda item of a meeting into the target, in agenda order, reporting each item to
   * the listener when it is written.
   *
   * @param meeting the meeting's excerpts
   * @param target where the files go
   * @param listener hears of each item, on this thread, in agenda order
   * @return what became of each item; items that failed are in it with their failures
   * @throws IOException if the target cannot be written (a ZIP file is then not created), or as
   *     {@link java.io.InterruptedIOException} if this thread is interrupted
   */
  public BatchResult render(MeetingExcerpts meeting, BatchTarget target, BatchListener listener)
      throws IOException {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(listener, "listener");
    MeetingExcerpts effective = effective(meeting);
    List<Excerpt> excerpts = effective.excerpts();
    int total = excerpts.size();
    List<String> baseNames = baseNamesOf(effective);
    Labels labels = Labels.forLocale(locale);
    LocalDateTime entryTime = LocalDateTime.ofInstant(clock.instant(), clock.getZone());
    List<ItemResult> results = new ArrayList<>(total);

    // The target is opened (and so checked: a directory that can be written, a ZIP file that is not
    // a directory) before anything is rendered.
    try (OutputSink sink = target.open(entryTime)) {
      listener.started(total);
      OrderedPipeline.<ItemJob.Rendered>run(total, parallelism, window,
          index -> ItemJob.render(excerpts.get(index), renderers, validate ? validator : null, locale),
          (index, rendered) -> {
            AgendaItem item = excerpts.get(index).agendaItem();
            String baseName = baseNames.get(index);
            List<String> files = new ArrayList<>(rendered.outputs().size());
            for (ItemJob.Output output : rendered.outputs()) {
              String name = baseName + "." + output.format().fileExtension();
              sink.write(name, output.bytes()::writeTo);
              files.add(name);
            }
            ItemResult result = new ItemResult(item.number(), item.visibility(), label(labels, item),
                baseName, files, rendered.failures());
            results.add(result);
            listener.itemFinished(result, index + 1, total);
          });
      sink.commit();
    }
    return new BatchResult(results);
  }

  /**
   * The names, without extension, that {@link #render} gives the files of each item of the meeting,
   * in the order it renders them (see "File names" above): for the public only the public items, and
   * neither a withheld date nor a withheld TOP in any name.
   *
   * @param meeting the meeting's excerpts
   * @return one name per item rendered, in agenda order
   */
  public List<String> baseNames(MeetingExcerpts meeting) {
    Objects.requireNonNull(meeting, "meeting");
    return baseNamesOf(effective(meeting));
  }

  /**
   * The file name of an item's excerpt without extension where neither the date nor the TOP is
   * withheld: the meeting's start date in its time zone, {@code _}, {@code Oe} or {@code N}, {@code
   * -}, the agenda number made safe: {@code 2017-02-28_Oe-19.1}. The names of a batch are those of
   * {@link #baseNames(MeetingExcerpts)}.
   *
   * @param meeting the meeting
   * @param item the agenda item
   * @return the name
   */
  public static String baseName(Meeting meeting, AgendaItem item) {
    return BatchNames.baseName(meeting, item);
  }

  /**
   * The file name of an item's excerpt in a format where neither the date nor the TOP is withheld:
   * {@code 2017-02-28_Oe-19.1.pdf}.
   *
   * @param meeting the meeting
   * @param item the agenda item
   * @param format the format
   * @return the name
   */
  public static String fileName(Meeting meeting, AgendaItem item, RenderFormat format) {
    return baseName(meeting, item) + "." + format.fileExtension();
  }

  /** The meeting for the audience it is rendered for: the public if any renderer forces it. */
  private MeetingExcerpts effective(MeetingExcerpts meeting) {
    return renderers.stream().anyMatch(r -> r.options().audience() == Audience.PUBLIC)
        ? meeting.withAudience(Audience.PUBLIC) : meeting;
  }

  /**
   * The names of the batch's items: withheld from them is every field that a renderer rendering
   * for the public withholds, so that no format's name shows what that format's body does not.
   */
  private List<String> baseNamesOf(MeetingExcerpts effective) {
    Set<FieldKey> withheld = EnumSet.noneOf(FieldKey.class);
    for (ExcerptRenderer renderer : renderers) {
      Audience audience = renderer.options().audience();
      if ((audience != null ? audience : effective.audience()) == Audience.PUBLIC) {
        withheld.addAll(renderer.options().withheldFromPublic());
      }
    }
    return BatchNames.of(effective.meeting(), effective.items(), withheld);
  }

  private static String label(Labels labels, AgendaItem item) {
    return labels.format("agendaItem.number",
        labels.get("visibility.prefix." + item.visibility().name()), item.number());
  }

  /** Builds a {@link MeetingRenderer}; not thread-safe. */
  public static final class Builder {
    private final List<ExcerptRenderer> renderers = new ArrayList<>();
    private int parallelism = Runtime.getRuntime().availableProcessors();
    private int window;
    private boolean validate = true;
    private @Nullable Locale locale;
    private @Nullable Clock clock;
    private @Nullable ModelValidator validator;

    private Builder() {}

    /**
     * Adds a renderer; each item is rendered by every renderer, in the order added.
     *
     * @param renderer the renderer
     * @return this builder
     * @throws IllegalArgumentException if a renderer of the same format was added already
     */
    public Builder add(ExcerptRenderer renderer) {
      Objects.requireNonNull(renderer, "renderer");
      String id = renderer.format().id();
      if (renderers.stream().anyMatch(r -> r.format().id().equals(id))) {
        throw new IllegalArgumentException("a renderer of format '" + id + "' was added already");
      }
      renderers.add(renderer);
      return this;
    }

    /**
     * Adds renderers, e.g. {@link Renderers#all()}.
     *
     * @param renderers the renderers
     * @return this builder
     */
    public Builder addAll(Iterable<? extends ExcerptRenderer> renderers) {
      for (ExcerptRenderer renderer : renderers) {
        add(renderer);
      }
      return this;
    }

    /**
     * How many items are rendered at once; default {@link Runtime#availableProcessors()}.
     *
     * @param parallelism at least 1; 1 renders one item after the other
     * @return this builder
     */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1");
      }
      this.parallelism = parallelism;
      return this;
    }

    /**
     * How many items may be alive at once, rendered or being rendered and not yet written; bounds the
     * memory. Default: twice the parallelism.
     *
     * @param window at least 1
     * @return this builder
     */
    public Builder window(int window) {
      if (window < 1) {
        throw new IllegalArgumentException("window must be at least 1");
      }
      this.window = window;
      return this;
    }

    /**
     * Whether to validate each excerpt before rendering it; default {@code true}. Turn it off only
     * for input you built and validated yourself.
     *
     * @param validate whether to validate
     * @return this builder
     */
    public Builder validate(boolean validate) {
      this.validate = validate;
      return this;
    }

    /**
     * The language of validation messages and TOP labels; default the first renderer's locale.
     *
     * @param locale the locale: German for {@code de}, English otherwise
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * The clock that dates ZIP entries; default the first renderer's {@link RenderOptions#clock()}.
     *
     * @param clock the clock; a fixed one gives the same archive for the same input
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The validator; default {@link ModelValidator#standard()}.
     *
     * @param validator the validator
     * @return this builder
     */
    public Builder validator(ModelValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * The renderer.
     *
     * @return a new, immutable renderer
     * @throws IllegalStateException if no renderer was added
     */
    public MeetingRenderer build() {
      if (renderers.isEmpty()) {
        throw new IllegalStateException("add at least one renderer");
      }
      return new MeetingRenderer(this, List.copyOf(renderers));
    }
  }
}
