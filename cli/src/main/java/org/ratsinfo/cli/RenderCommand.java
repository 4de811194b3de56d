package org.ratsinfo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.document.TallyLayout;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.AtomicFiles;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderException;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.docx.DocxRenderer;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.render.pdf.PdfRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code ratsinfo render FILE...}: renders excerpts as HTML, PDF and DOCX. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Renders excerpts in ratsinfo's native JSON format as HTML, PDF and DOCX.",
      "Writes DIR/NAME.EXT for each FILE, where NAME is FILE's name without .json. Each input is",
      "validated first: an invalid one gets its violations printed and nothing written. A file is",
      "written completely or not at all.",
      "A meeting file (the excerpts of a whole meeting, told by its content) gives one file per",
      "agenda item and format, DIR/2026-09-15_Oe-7.2.EXT, or with --zip one ZIP archive; each item",
      "is validated on its own, and an invalid or failing item does not stop the others.",
      "With --from oparl, each FILE is an OParl 1.1 JSON file or a directory of them: every meeting",
      "found is rendered like a meeting file, into DIR (or DIR/DATE_COMMITTEE for several meetings);",
      "what the input deviates from the specification in is repaired and reported (--strict rejects",
      "it instead)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file was rendered",
      "1:some file or meeting item breaks a rule of the model (nothing written for it)",
      "2:some file cannot be read or is not well-formed (or, with --strict, not valid OParl), or a"
          + " format is not available",
      "3:internal error, or some meeting item could not be rendered",
      "4:an output file cannot be written"
    })
final class RenderCommand implements Callable<Integer> {

  /** {@code --from}. */
  enum Source {
    ratsinfo, oparl
  }

  /** {@code --tally-layout}: the {@link TallyLayout} by a short name. */
  enum TallyChoice {
    auto(TallyLayout.AUTO), columns(TallyLayout.GROUPS_AS_COLUMNS), rows(TallyLayout.GROUPS_AS_ROWS);

    final TallyLayout layout;

    TallyChoice(TallyLayout layout) {
      this.layout = layout;
    }
  }

  /** {@code --format}. */
  enum FormatChoice {
    html, pdf, docx, all
  }

  @Spec private CommandSpec spec;

  @Option(names = "--format", paramLabel = "html|pdf|docx|all",
      description = "Format to write: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private FormatChoice format = FormatChoice.all;

  @Option(names = "--from", paramLabel = "ratsinfo|oparl",
      description = "Input format: ratsinfo's native JSON, or OParl 1.1 JSON (files or directories)."
          + " Default: ${DEFAULT-VALUE}.")
  private Source from = Source.ratsinfo;

  @Option(names = "--strict",
      description = "OParl only: reject input that deviates from the OParl 1.1 specification instead"
          + " of repairing it with a warning.")
  private boolean strict;

  @Option(names = "--locale", paramLabel = "de|en",
      description = "Language of labels and messages: ${COMPLETION-CANDIDATES}. Default: the"
          + " system's language if German, else English.")
  private Language language = Language.ofSystem();

  @Option(names = "--audience", paramLabel = "public|internal",
      description = "Render for this audience: public leaves non-public content out. Default: the"
          + " audience each file names.")
  private @Nullable Audience audience;

  @Option(names = "--withhold", paramLabel = "FIELD[,FIELD...]", split = ",",
      converter = FieldNames.class, completionCandidates = FieldNames.class,
      description = "Leave these header fields out of public excerpts, body and metadata (internal"
          + " ones show them): ${COMPLETION-CANDIDATES}. Default: none.")
  private List<FieldKey> withhold = new ArrayList<>();

  @Option(names = "--tally-layout", paramLabel = "auto|columns|rows",
      description = "Vote tallies with the voting groups as columns or as rows; auto: columns where"
          + " they fit across an A4 page, else rows. Default: ${DEFAULT-VALUE}.")
  private TallyChoice tallyLayout = TallyChoice.auto;

  @Option(names = "--content-language", paramLabel = "TAG", converter = LanguageTags.class,
      defaultValue = "de-DE",
      description = "Language the data is written in, as a BCP 47 tag; in documents whose labels are"
          + " in another language, the data's texts are marked with it for screen readers."
          + " Default: ${DEFAULT-VALUE}.")
  private Locale contentLanguage = Locale.GERMANY;

  @Option(names = "--fragment",
      description = "HTML only: write an embeddable fragment instead of a complete page.")
  private boolean fragment;

  @Option(names = "--out", paramLabel = "DIR", description = "Output directory. Default: ${DEFAULT-VALUE}.")
  private Path out = Path.of("out");

  @Option(names = "--zip", paramLabel = "FILE.zip",
      description = "Meeting files only: write every item into this ZIP archive instead of DIR.")
  private @Nullable Path zip;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Excerpt or meeting JSON files; with --from oparl, OParl files or directories.")
  private List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    ExcerptFiles excerptFiles = new ExcerptFiles(language, stdout, stderr);
    CliMessages messages = excerptFiles.messages();

    RenderOptions.Builder optionsBuilder = RenderOptions.builder().locale(language.locale())
        .withheldFromPublic(Set.copyOf(withhold)).tallyLayout(tallyLayout.layout)
        .contentLanguage(contentLanguage);
    if (audience != null) {
      optionsBuilder.audience(audience);
    }
    RenderOptions options = optionsBuilder.build();
    // A command line runs for a second or two, most of it loading classes: the renderers are built,
    // and the formats of an excerpt written, on threads of their own while the input is read and
    // validated, so that both cores of a small machine are busy.
    ExecutorService threads = Executors.newFixedThreadPool(3, task -> {
      Thread thread = new Thread(task, "ratsinfo-render");
      thread.setDaemon(true);
      return thread;
    });
    try {
      return render(options, renderers(options, threads), threads, stdout, stderr, excerptFiles,
          messages);
    } finally {
      threads.shutdownNow();
    }
  }

  private int render(RenderOptions options, List<CompletableFuture<ExcerptRenderer>> building,
      ExecutorService threads, PrintWriter stdout, PrintWriter stderr, ExcerptFiles excerptFiles,
      CliMessages messages) {
    Supplier<List<ExcerptRenderer>> selected = () -> building.stream().map(RenderCommand::join).toList();

    Audience forced = audience;
    UnaryOperator<Excerpt> adjust =
        forced == null ? UnaryOperator.identity() : e -> e.withAudience(forced);
    if (zip != null && files.size() != 1) {
      stderr.println(messages.format("zipOneFile"));
      stderr.flush();
      return ExitCode.UNREADABLE;
    }
    if (from == Source.oparl) {
      int exit = new OParlFiles(language, stdout, stderr, strict)
          .render(files, audience, selected.get(), out, zip);
      stdout.flush();
      stderr.flush();
      return exit;
    }
    int exit = ExitCode.OK;
    OutputClaims claims = new OutputClaims();
    for (Path file : files) {
      ExcerptFiles.Loaded loaded = excerptFiles.load(file, adjust);
      if (loaded.meeting() != null) {
        exit = Math.max(exit, new MeetingFiles(language, stdout, stderr, MeetingFiles.onTerminal())
            .render(file, loaded.meeting(), audience, selected.get(), out, zip, claims));
        continue;
      }
      if (zip != null && loaded.excerpt() != null) {
        stderr.println(messages.format("zipNeedsMeeting", file.toString()));
        exit = Math.max(exit, ExitCode.UNREADABLE);
        continue;
      }
      Excerpt excerpt = loaded.excerpt();
      if (excerpt == null) {
        exit = Math.max(exit, loaded.exit());
        continue;
      }
      Optional<OutputClaims.Clash> clash = claims.claim(out, List.of(baseName(file)), file.toString());
      if (clash.isPresent()) {
        stderr.println(messages.format("clash", file.toString(), clash.get().file().toString(),
            clash.get().owner()));
        exit = Math.max(exit, ExitCode.CANNOT_WRITE);
        continue;
      }
      ExcerptDocument document = options.layout(excerpt);
      // Every format at once; the messages in the order of the formats, as one after another.
      List<CompletableFuture<Written>> writing = new ArrayList<>();
      for (CompletableFuture<ExcerptRenderer> renderer : building) {
        writing.add(renderer.thenApplyAsync(r -> write(file, document, r, messages), threads));
      }
      for (CompletableFuture<Written> written : writing) {
        Written w = join(written);
        (w.exit() == ExitCode.OK ? stdout : stderr).println(w.message());
        exit = Math.max(exit, w.exit());
      }
    }
    stdout.flush();
    stderr.flush();
    return exit;
  }

  /** What writing one file gave: its exit code and the line to print (stdout if OK, else stderr). */
  private record Written(int exit, String message) {}

  private Written write(Path file, ExcerptDocument document, ExcerptRenderer renderer,
      CliMessages messages) {
    Path target = out.resolve(baseName(file) + "." + renderer.format().fileExtension());
    try {
      AtomicFiles.write(target, o -> renderer.render(document, o));
      return new Written(ExitCode.OK, messages.format("wrote", target.toString()));
    } catch (IOException e) {
      return new Written(ExitCode.CANNOT_WRITE,
          messages.format("cannotWrite", target.toString(), String.valueOf(e.getMessage())));
    } catch (RenderException e) {
      return new Written(ExitCode.INTERNAL_ERROR, messages.format("cannotRender", file.toString(),
          renderer.format().id(), String.valueOf(e.getMessage())));
    }
  }

  /**
   * The renderers of the formats chosen, in the order files are written, each being built on one of
   * the threads; only the chosen ones are built.
   */
  private List<CompletableFuture<ExcerptRenderer>> renderers(RenderOptions options,
      ExecutorService threads) {
    List<Supplier<ExcerptRenderer>> builders = new ArrayList<>();
    if (format == FormatChoice.all || format == FormatChoice.html) {
      builders.add(() -> HtmlRenderer.builder().options(options).fragment(fragment).build());
    }
    if (format == FormatChoice.all || format == FormatChoice.pdf) {
      builders.add(() -> PdfRenderer.builder().options(options).build());
    }
    if (format == FormatChoice.all || format == FormatChoice.docx) {
      builders.add(() -> DocxRenderer.builder().options(options).build());
    }
    List<CompletableFuture<ExcerptRenderer>> building = new ArrayList<>();
    for (Supplier<ExcerptRenderer> builder : builders) {
      building.add(CompletableFuture.supplyAsync(builder, threads));
    }
    return building;
  }

  /** The value of a task; what it threw is thrown again as it was, not wrapped. */
  private static <T> T join(CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * The names of the header fields for {@code --withhold}: the {@link FieldKey} in lower case with
   * hyphens ({@code clerk}, {@code lead-department}); case and {@code _} for {@code -} do not matter.
   */
  static final class FieldNames implements ITypeConverter<FieldKey>, Iterable<String> {

    static String name(FieldKey key) {
      return key.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public FieldKey convert(String value) {
      String wanted = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
      for (FieldKey key : FieldKey.values()) {
        if (name(key).equals(wanted)) {
          return key;
        }
      }
      throw new TypeConversionException("no header field '" + value + "'; the fields are "
          + String.join(", ", this));
    }

    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(FieldKey.values()).map(FieldNames::name).iterator();
    }
  }

  /** A BCP 47 language tag with a language, for {@code --content-language}: "de-DE", "de", "en". */
  static final class LanguageTags implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      try {
        Locale locale = new Locale.Builder().setLanguageTag(value.strip()).build();
        if (!locale.getLanguage().isEmpty()) {
          return locale;
        }
      } catch (java.util.IllformedLocaleException e) {
        // reported below, with what is expected
      }
      throw new TypeConversionException("'" + value + "' is no language tag such as de-DE, de or en");
    }
  }

  /** The file's name without {@code .json}. */
  static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".json") && name.length() > 5
        ? name.substring(0, name.length() - 5)
        : name;
  }
}
