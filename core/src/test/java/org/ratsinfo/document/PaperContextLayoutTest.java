package org.ratsinfo.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Paper;
import org.ratsinfo.validation.ModelValidator;
import org.ratsinfo.testing.PaperContexts;

/**
 * The paper in its context: the Beratungsfolge with this meeting's row marked, further papers of the
 * item, linked papers and attachments with their links, and their redaction for the public. Golden
 * files: {@code golden/context-<audience>-<lang>.txt}; after an intended change, run with {@code
 * -Dratsinfo.updateGolden=true} and review the diff.
 */
class PaperContextLayoutTest {

  @ParameterizedTest
  @CsvSource({"public,de", "public,en", "internal,de", "internal,en"})
  void matchesTheGoldenFile(String audience, String language) throws IOException {
    Excerpt excerpt = PaperContexts.excerpt(Audience.valueOf(audience.toUpperCase(Locale.ROOT)));
    GoldenTrees.assertMatches("context-" + audience + "-" + language + ".txt",
        ExcerptLayout.builder().locale(Locale.forLanguageTag(language)).build().layout(excerpt));
  }

  @Test
  void theFixtureIsValid() {
    for (Audience audience : Audience.values()) {
      assertEquals(List.of(), ModelValidator.standard().validate(PaperContexts.excerpt(audience), Locale.ENGLISH));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUBLIC", "INTERNAL"})
  void theBeratungsfolgeMarksThisMeetingAndHidesANonPublicResultFromThePublic(Audience audience) {
    ExcerptDocument document = ExcerptLayout.standard().layout(PaperContexts.excerpt(audience));
    Section motion = sections(document.blocks(), SectionKind.PAPER).get(0);
    Table table = (Table) sections(motion.blocks(), SectionKind.CONSULTATIONS).get(0).blocks().get(0);
    assertEquals("Beratungsfolge", table.caption());
    assertEquals("Datum", table.cornerHeader());
    assertEquals(List.of("Gremium", "Rolle", "Ergebnis"), table.columnHeaders());
    assertEquals(List.of("Di, 20.10.2026", "Di, 10.11.2026", "Di, 24.11.2026 (diese Sitzung)"),
        table.rows().stream().map(Table.Row::header).toList());
    assertEquals(List.of("Ausschuss für Planung und Umwelt", "Vorberatung", "empfohlen"),
        table.rows().get(0).cells());
    assertEquals(List.of("Haupt- und Finanzausschuss", "Vorberatung",
            audience == Audience.PUBLIC ? "nichtöffentlich" : "mit " + PaperContexts.SECRET + " empfohlen"),
        table.rows().get(1).cells());
    assertEquals(List.of("Rat der Stadt Musterstadt", "Entscheidung", ""), table.rows().get(2).cells());
  }

  @Test
  void withoutIdentifiersThisMeetingsRowIsFoundByDateAndBody() {
    Excerpt excerpt = PaperContexts.excerpt(Audience.PUBLIC);
    Excerpt withoutIds = excerpt.withMeeting(excerpt.meeting().toBuilder().id(null).build())
        .withAgendaItem(excerpt.agendaItem().toBuilder().id(null).build());
    Section motion = sections(ExcerptLayout.standard().layout(withoutIds).blocks(), SectionKind.PAPER).get(0);
    Table table = (Table) sections(motion.blocks(), SectionKind.CONSULTATIONS).get(0).blocks().get(0);
    assertEquals("Di, 24.11.2026 (diese Sitzung)", table.rows().get(2).header());
    assertEquals("Di, 20.10.2026", table.rows().get(0).header());
  }

  @Test
  void thePublicSeesThePublicPapersLinksAndFilesOnly() {
    ExcerptDocument pub = ExcerptLayout.standard().layout(PaperContexts.excerpt(Audience.PUBLIC));
    String text = String.join("\n", TreePrinter.strings(pub));
    assertFalse(text.contains(PaperContexts.SECRET), text);
    assertEquals(List.of("2026/0412 Antrag der Fraktion Bündnis 90/Die Grünen: Radverkehrskonzept Innenstadt",
            "2026/0412-1 Änderungsantrag der SPD-Fraktion zum Radverkehrskonzept Innenstadt"),
        sections(pub.blocks(), SectionKind.PAPER).stream().map(Section::heading).toList());
    ExcerptDocument internal = ExcerptLayout.standard().layout(PaperContexts.excerpt(Audience.INTERNAL));
    assertEquals(3, sections(internal.blocks(), SectionKind.PAPER).size());
    assertTrue(String.join("\n", TreePrinter.strings(internal)).contains(PaperContexts.SECRET));
  }

  @Test
  void filesLinkToTheirAccessUrlsByDefault() {
    ExcerptDocument document = ExcerptLayout.standard().layout(PaperContexts.excerpt(Audience.PUBLIC));
    List<LinkList.Entry> entries = entries(document.blocks());
    LinkList.Entry plan = entries.stream().filter(e -> e.text().startsWith("Anlage 1")).findFirst().orElseThrow();
    assertEquals(URI.create(PaperContexts.NETWORK_PLAN_URL), plan.target());
    assertEquals(" (PDF, 2,3 MB)", plan.detail());
    LinkList.Entry survey = entries.stream().filter(e -> e.text().startsWith("Anlage 3")).findFirst().orElseThrow();
    assertNull(survey.target(), "a file without an address is no link");
    assertEquals(" (TXT, 850 Bytes)", survey.detail());
    assertTrue(entries.stream().anyMatch(e -> e.prefix().equals("Vorlage: ") && e.text().equals("Antrag 2026/0412")
        && " (PDF, 179 KB)".equals(e.detail())), entries.toString());
    assertTrue(entries.stream().anyMatch(e -> e.prefix().equals("Änderungsantrag zu: ")
        && e.text().startsWith("2026/0412 ") && e.target() == null), entries.toString());
    assertTrue(entries.stream().anyMatch(e -> e.prefix().equals("Beschluss: ") && e.text().equals("Beschluss Ö 6")),
        entries.toString());
  }

  @Test
  void theEnglishDocumentFormatsSizesInEnglishAndMarksTheGermanNames() {
    ExcerptDocument document = ExcerptLayout.builder().locale(Locale.ENGLISH).build()
        .layout(PaperContexts.excerpt(Audience.PUBLIC));
    LinkList.Entry plan = entries(document.blocks()).stream()
        .filter(e -> e.text().startsWith("Anlage 1")).findFirst().orElseThrow();
    assertEquals(" (PDF, 2.3 MB)", plan.detail());
    assertEquals("de-DE", plan.textLanguage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>x</script>",
      "file:///etc/passwd", "//evil.example/x", "/relative/path.pdf", "vbscript:msgbox", "mailto:a@b.example",
      "java\tscript:alert(1)", " https://ris.example/x.pdf", "https:///no-host", "ftp://ris.example/x.pdf"})
  void anAddressThatIsNotAnHttpUrlNeverBecomesALink(String address) {
    File file = File.of("Anlage X", address);
    assertTrue(ModelValidator.standard().validate(PaperContexts.excerpt(Audience.PUBLIC).withAgendaItem(
        PaperContexts.item().toBuilder().auxiliaryFiles(List.of(file)).build()), Locale.ENGLISH).stream()
        .anyMatch(v -> v.path().endsWith("auxiliaryFiles[0].accessUrl")), "validation rejects " + address);
    // Laid out without validation, and given by an integrator's mapping: still no link.
    Excerpt excerpt = PaperContexts.excerpt(Audience.PUBLIC).withAgendaItem(
        PaperContexts.item().toBuilder().auxiliaryFiles(List.of(file)).build());
    for (ExcerptLayout layout : List.of(ExcerptLayout.standard(), ExcerptLayout.builder()
        .linkTargets(new LinkTargets() {
          @Override
          public @Nullable String file(File f) {
            return address;
          }

          @Override
          public @Nullable String paper(@Nullable String id, @Nullable String reference) {
            return address;
          }
        }).build())) {
      for (LinkList.Entry entry : entries(layout.layout(excerpt).blocks())) {
        if (entry.text().equals("Anlage X")) {
          assertNull(entry.target(), address);
        }
        if (entry.target() != null) {
          assertTrue(entry.target().getScheme().toLowerCase(Locale.ROOT).startsWith("http"), entry.toString());
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "//evil.example/x",
      "relative.pdf", "https:///no-host", "ftp://ris.example/x.pdf", "mailto:a@b.example"})
  void aTreeEntryRefusesATargetThatIsNotAnHttpUrl(String target) {
    URI uri = URI.create(target);
    assertThrows(IllegalArgumentException.class, () -> new LinkList.Entry("", "x", uri, "", null));
  }

  @Test
  void anIntegratorsLinkTargetsLinkPapersAndFiles() {
    LinkTargets own = new LinkTargets() {
      @Override
      public @Nullable String file(File file) {
        return file.id() == null ? null : "https://portal.example/datei?id=" + file.id().hashCode();
      }

      @Override
      public @Nullable String paper(@Nullable String id, @Nullable String reference) {
        return reference == null ? null : "https://portal.example/vorlage/" + reference.replace('/', '-');
      }
    };
    List<LinkList.Entry> entries = entries(ExcerptLayout.builder().linkTargets(own).build()
        .layout(PaperContexts.excerpt(Audience.PUBLIC)).blocks());
    assertTrue(entries.stream().anyMatch(e -> URI.create("https://portal.example/vorlage/2026-0412-1")
        .equals(e.target())), entries.toString());
    assertTrue(entries.stream().filter(e -> e.text().startsWith("Anlage 1")).allMatch(e -> e.target() == null),
        "a file without id gets no link from this mapping");
    assertTrue(entries(ExcerptLayout.builder().linkTargets(LinkTargets.none()).build()
        .layout(PaperContexts.excerpt(Audience.PUBLIC)).blocks()).stream().allMatch(e -> e.target() == null));
  }

  @Test
  void theReferenceExcerptHasNoneOfIt() {
    List<SectionKind> kinds = new ArrayList<>();
    collectKinds(ExcerptLayout.standard().layout(ReferenceExcerpt.excerpt()).blocks(), kinds);
    assertFalse(kinds.contains(SectionKind.CONSULTATIONS));
    assertFalse(kinds.contains(SectionKind.LINKED_PAPERS));
    assertFalse(kinds.contains(SectionKind.ATTACHMENTS));
  }

  @Test
  void aPaperWithoutContextLooksAsBefore() {
    Paper motion = PaperContexts.motion();
    Paper bare = motion.toBuilder().consultations(List.of()).links(List.of()).mainFile(null)
        .auxiliaryFiles(List.of()).build();
    Excerpt excerpt = PaperContexts.excerpt(Audience.PUBLIC).withAgendaItem(PaperContexts.item().toBuilder()
        .paper(bare).auxiliaryFiles(List.of()).resolutionFile(null).build());
    Section paper = sections(ExcerptLayout.standard().layout(excerpt).blocks(), SectionKind.PAPER).get(0);
    assertEquals(1, paper.blocks().size());
    assertTrue(paper.blocks().get(0) instanceof FieldList);
  }

  private static void collectKinds(List<Block> blocks, List<SectionKind> kinds) {
    for (Block block : blocks) {
      if (block instanceof Section section) {
        kinds.add(section.kind());
        collectKinds(section.blocks(), kinds);
      }
    }
  }

  private static List<Section> sections(List<Block> blocks, SectionKind kind) {
    return blocks.stream().filter(b -> b instanceof Section s && s.kind() == kind).map(Section.class::cast)
        .toList();
  }

  private static List<LinkList.Entry> entries(List<Block> blocks) {
    List<LinkList.Entry> out = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Section section) {
        out.addAll(entries(section.blocks()));
      } else if (block instanceof LinkList list) {
        out.addAll(list.entries());
      }
    }
    return out;
  }
}
