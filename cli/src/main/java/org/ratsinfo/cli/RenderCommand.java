package org.ratsinfo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.document.TallyLayout;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.batch.AtomicFiles;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderException;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.docx.DocxRenderer;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.render.pdf.PdfRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ratsinfo render FILE...}: renders excerpts as HTML, PDF and DOCX. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Renders excerpts in ratsinfo's native JSON format as HTML, PDF and DOCX.",
      "Writes DIR/NAME.EXT for each FILE, where NAME is FILE's name without .json.",
      "Each input is validated first, as validate does: an invalid one gets its",
      "violations printed and nothing written. A file is written completely or not at",
      "all, also when the run is stopped.",
      "A meeting file (the excerpts of a whole meeting, told by its content) gives",
      "one file per agenda item and format, DIR/2026-09-15_Oe-7.2.EXT, or with --zip",
      "one ZIP archive. A rule of the meeting as a whole (two items of one number)",
      "refuses it; an invalid or failing item does not stop the others. Names show",
      "only what the excerpts show: with --withhold date no date, with --withhold",
      "agenda-item Auszug-01, Auszug-02 ... in place of the TOP.",
      "With --from oparl, each FILE is an OParl JSON file or a directory of them:",
      "every meeting found is rendered like a meeting file, into DIR (or",
      "DIR/DATE_COMMITTEE_TIME for several meetings); what the input deviates from",
      "the specification in is repaired and reported (--strict rejects it instead). A",
      "meeting with nothing to render is a note, not a failure."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file was rendered (a meeting with nothing to render is a note)",
      "1:some file or meeting item breaks a rule of the model (nothing written for it)",
      "2:some file cannot be read or is not well-formed (or, with --strict, not valid OParl), or a"
          + " format is not available",
      "3:internal error (an input too large for the memory given to Java included), or some"
          + " meeting item could not be rendered",
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

  /** {@code --document}: which document of a meeting. */
  enum DocumentChoice {
    excerpts(DocumentKind.EXCERPT), agenda(DocumentKind.AGENDA), minutes(DocumentKind.MINUTES);

    final DocumentKind kind;

    DocumentChoice(DocumentKind kind) {
      this.kind = kind;
    }
  }

  @Spec private CommandSpec spec;

  @Option(names = "--format", paramLabel = "html|pdf|docx|all",
      description = "Format to write: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private FormatChoice format = FormatChoice.all;

  @Option(names = "--document", paramLabel = "excerpts|agenda|minutes",
      description = "Document of a meeting to write: an excerpt per item, the agenda (Tagesordnung) or"
          + " the minutes (Niederschrift). Default: ${DEFAULT-VALUE}.")
  private DocumentChoice document = DocumentChoice.excerpts;

  @Option(names = "--from", paramLabel = "ratsinfo|oparl",
      description = "Input format: ratsinfo's native JSON, or OParl 1.1 JSON (files or directories)."
          + " Default: ${DEFAULT-VALUE}.")
  private Source from = Source.ratsinfo;

  @Option(names = "--strict",
      description = "OParl only: reject input that deviates from the OParl 1.1 specification instead"
          + " of repairing it with a warning.")
  private boolean strict;

  @Option(names = "--locale", paramLabel = "de|en",
      description = "Language of labels and messages: ${COMPLETION-CANDIDATES}. Default: labels in"
          + " German, the language of German council data, on every system; messages in the"
          + " system's language if German, else English.")
  private @Nullable Language locale;

  @Option(names = "--verbose",
      description = "OParl only: print every warning of the import (by default, few are printed"
          + " each, many as one line per kind with examples) and every meeting with nothing to"
          + " render.")
  private boolean verbose;

  @Option(names = "--audience", paramLabel = "public|internal",
      description = "Render for this audience: public leaves non-public content out. Default: the"
          + " audience each file names.")
  private @Nullable Audience audience;

  @Option(names = "--withhold", paramLabel = "FIELD[,FIELD...]", split = ",",
      converter = Converters.FieldNames.class, completionCandidates = Converters.FieldNames.class,
      description = "Leave these header fields out of public excerpts, body, metadata and file"
          + " names (internal ones show them): ${COMPLETION-CANDIDATES}. Default: none.")
  private List<FieldKey> withhold = new ArrayList<>();

  @Option(names = "--tally-layout", paramLabel = "auto|columns|rows",
      description = "Vote tallies with the voting groups as columns or as rows; auto: columns where"
          + " they fit across an A4 page, else rows. Default: ${DEFAULT-VALUE}.")
  private TallyChoice tallyLayout = TallyChoice.auto;

  @Option(names = "--content-language", paramLabel = "TAG", converter = Converters.LanguageTags.class,
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

  /** The language of messages: {@code --locale}, else the system's. */
  private Language language = Language.en;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    language = locale != null ? locale : Language.ofSystem();
    // The labels are German unless told otherwise: German council data reads German whatever the
    // machine's locale (C.UTF-8 in a container, en_US on a server), as RenderOptions' default is.
    Language labels = locale != null ? locale : Language.de;
    ExcerptFiles excerptFiles = new ExcerptFiles(language, stdout, stderr);
    CliMessages messages = excerptFiles.messages();
    if (zip != null && Files.isDirectory(zip)) {
      // Checked before anything is read or rendered.
      stderr.println(messages.format("cannotWrite", zip.toString(), messages.format("reason.isDirectory")));
      stderr.flush();
      return ExitCode.CANNOT_WRITE;
    }

    RenderOptions.Builder optionsBuilder = RenderOptions.builder().locale(labels.locale())
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
    // One file named twice (herne.json ./herne.json, a link to it) is one input.
    List<Path> inputs = Inputs.distinct(files);
    if (zip != null && inputs.size() != 1) {
      stderr.println(messages.format("zipOneFile"));
      stderr.flush();
      return ExitCode.UNREADABLE;
    }
    if (from == Source.oparl) {
      int exit = new OParlFiles(language, stdout, stderr, strict, verbose, MeetingFiles.onTerminal(),
          document.kind)
          .render(inputs, audience, options.withheldFromPublic(), selected.get(), out, zip);
      stdout.flush();
      stderr.flush();
      return exit;
    }
    int exit = ExitCode.OK;
    OutputClaims claims = new OutputClaims();
    for (Path file : inputs) {
      ExcerptFiles.Loaded loaded = excerptFiles.load(file, adjust);
      if (loaded.meeting() != null) {
        exit = Math.max(exit, new MeetingFiles(language, stdout, stderr, MeetingFiles.onTerminal(),
            document.kind)
            .render(file.toString(), file, loaded.meeting(), audience, selected.get(), out, zip, claims,
                true).exit());
        continue;
      }
      if (document != DocumentChoice.excerpts && loaded.excerpt() != null) {
        stderr.println(messages.format("documentNeedsMeeting", file.toString(), document.name()));
        exit = Math.max(exit, ExitCode.UNREADABLE);
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
          messages.format("cannotWrite", target.toString(), IoReasons.of(e, target, messages)));
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
      // openhtmltopdf prints a few lines for every PDF unless told otherwise: to java.util.logging
      // instead, quietly, where only its serious problems reach the console.
      PdfRenderer.routeEngineLogging();
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

  /** The file's name without {@code .json}. */
  static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".json") && name.length() > 5
        ? name.substring(0, name.length() - 5)
        : name;
  }
}
