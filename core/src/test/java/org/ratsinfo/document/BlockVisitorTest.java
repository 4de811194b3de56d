package org.ratsinfo.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.MeetingExcerpts;

/**
 * The visitor over the document tree: every kind of block has its own method, the walk reaches every
 * block of the golden documents in order, and each call's context has the right heading level, section
 * and language.
 */
class BlockVisitorTest {

  /** The documents of the golden files: the reference excerpt, a contested vote, the Musterstadt meeting. */
  static Stream<Arguments> goldenDocuments() throws IOException {
    List<Arguments> documents = new ArrayList<>();
    for (String language : List.of("de", "en")) {
      ExcerptLayout layout = ExcerptLayout.builder().locale(Locale.forLanguageTag(language)).build();
      documents.add(Arguments.of("reference-" + language, layout.layout(ReferenceExcerpt.excerpt())));
      documents.add(Arguments.of("contested-" + language,
          layout.layout(ReferenceExcerpt.excerpt().withAgendaItem(VoteLayoutTest.contested()))));
      for (Audience audience : Audience.values()) {
        MeetingExcerpts meeting = MeetingDocumentsLayoutTest.musterstadt(audience);
        String suffix = "-" + audience.name().toLowerCase(Locale.ROOT) + "-" + language;
        documents.add(Arguments.of("agenda" + suffix, layout.agenda(meeting)));
        documents.add(Arguments.of("minutes" + suffix, layout.minutes(meeting)));
      }
    }
    return documents.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenDocuments")
  void theWalkVisitsEveryBlockInOrderWithItsDepthAndLanguage(String golden, ExcerptDocument document)
      throws IOException {
    assertEquals(golden(golden + ".txt"), VisitingTreePrinter.print(document));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenDocuments")
  void eachContextFollowsTheNesting(String golden, ExcerptDocument document) throws IOException {
    Deque<Section> open = new ArrayDeque<>();
    Map<Section, BlockContext> entered = new IdentityHashMap<>();   // equal sections may stand apart
    document.walk(recording((method, block, at) -> {
      if (method.equals("leaveSection")) {
        assertSame(block, open.pop(), "left in the order entered");
        assertEquals(entered.get(block), at, "left with the context it was entered with");
      }
      assertSame(document, at.document());
      assertTrue(open.peek() == at.section(), "the section the block is in");
      assertEquals(open.size(), at.depth(), method);
      assertEquals(open.size() + 2, at.headingLevel(), method);
      assertEquals(document.info().language(), at.documentLanguage());
      assertEquals(!at.language().equals(document.info().language()), at.languageDiffers());
      if (method.equals("enterSection")) {
        entered.put((Section) block, at);
        open.push((Section) block);
      }
    }));
    assertTrue(open.isEmpty(), "every section left");
    assertFalse(entered.isEmpty(), golden + " has sections");
  }

  /** In the English minutes, German data is tagged "de-DE"; the labels are in English. */
  @Test
  void theEnglishMinutesHaveTheLanguagesOfTheirTexts() throws IOException {
    ExcerptDocument minutes = ExcerptLayout.builder().locale(Locale.ENGLISH).build()
        .minutes(MeetingDocumentsLayoutTest.musterstadt(Audience.PUBLIC));
    List<String> seen = new ArrayList<>();
    minutes.walk(recording((method, block, at) -> {
      if (block instanceof Section section && method.equals("enterSection")
          && (section.heading().equals("CDU") || section.heading().equals("Attendance"))) {
        seen.add(section.heading() + " " + at.headingLevel() + " " + at.language() + " "
            + (at.section() == null ? "-" : at.section().heading()));
      } else if (block instanceof Table table && table.caption().equals("CDU")) {
        seen.add("table " + at.headingLevel() + " " + at.language() + " in " + at.section().heading());
      }
    }));
    assertEquals(List.of("Attendance 2 en -", "CDU 3 de-DE Attendance", "table 4 en in CDU"), seen);
  }

  /** The reference excerpt in English: the questions and answers are German data. */
  @Test
  void theEnglishReferenceExcerptHasTheLanguagesOfItsTexts() throws IOException {
    ExcerptDocument excerpt = ExcerptLayout.builder().locale(Locale.ENGLISH).build()
        .layout(ReferenceExcerpt.excerpt());
    List<String> seen = new ArrayList<>();
    excerpt.walk(recording((method, block, at) -> {
      if (!method.equals("leaveSection")) {
        seen.add(block.getClass().getSimpleName() + " " + at.headingLevel() + " " + at.language());
      }
      if (block instanceof FieldList fields) {
        for (Field field : fields.fields()) {
          if (field.key() == FieldKey.ORGANIZATION || field.key() == FieldKey.DATE) {
            seen.add(field.key() + " " + at.languageOf(field.valueLanguage()));
          }
        }
      }
    }));
    assertEquals(List.of(
        "FieldList 2 en", "ORGANIZATION de-DE", "DATE en",
        "Section 2 de-DE", "FieldList 3 en",
        "Section 2 en", "NumberedList 3 de-DE",
        "Section 2 en", "Paragraph 3 en", "QuestionAnswer 3 de-DE", "QuestionAnswer 3 de-DE",
        "QuestionAnswer 3 de-DE", "QuestionAnswer 3 de-DE",
        "Section 2 en", "QuestionAnswer 3 de-DE",
        "Section 2 en", "Table 3 en"), seen);
  }

  /**
   * Every kind of block that {@link Block} permits has exactly one abstract method of the visitor, so
   * that a visitor of one's own must handle it. Fails when a kind is added without its method.
   */
  @Test
  void everyKindOfBlockHasItsOwnAbstractMethod() {
    Map<Class<?>, List<Method>> byKind = Arrays.stream(BlockVisitor.class.getMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()))
        .collect(Collectors.groupingBy(m -> m.getParameterTypes()[0]));
    assertEquals(Set.of(Block.class.getPermittedSubclasses()), byKind.keySet());
    for (List<Method> methods : byKind.values()) {
      assertEquals(1, methods.size(), methods::toString);
      Method method = methods.get(0);
      assertEquals(List.of(method.getParameterTypes()[0], BlockContext.class),
          List.of(method.getParameterTypes()), method::toString);
      assertEquals(List.of(IOException.class), List.of(method.getExceptionTypes()), method::toString);
    }
  }

  /** One block of each kind is visited by its own method: the walk knows every kind. */
  @Test
  void theWalkCallsEachKindsOwnMethod() throws IOException {
    Paragraph inside = Paragraph.of("inside");
    List<Block> samples = List.of(
        new Section(SectionKind.CONTENT, "Sachverhalt", List.of(inside)),
        new FieldList(FieldList.Kind.MEETING, List.of(new Field(FieldKey.ROOM, "Raum", "312"))),
        Paragraph.of("Text"),
        new NumberedList(List.of(new NumberedList.Item("1", List.of("Frage")))),
        new QuestionAnswer(QuestionAnswer.Kind.QUESTION, "Frage 1", List.of("Wie?"), List.of("So.")),
        new Table("Abstimmungsergebnis", "", List.of("gesamt"),
            List.of(new Table.Row("dafür", List.of("3"))), null),
        new LinkList(List.of(new LinkList.Entry("", "Anlage 1", null, " (PDF)", null))));
    assertEquals(Set.of(Block.class.getPermittedSubclasses()),
        samples.stream().map(Block::getClass).collect(Collectors.toSet()),
        "a sample of every kind; add one for a new kind");
    List<String> calls = new ArrayList<>();
    document(samples).walk(recording((method, block, at) ->
        calls.add(method + " " + block.getClass().getSimpleName() + " " + at.headingLevel())));
    assertEquals(List.of("enterSection Section 2", "visitParagraph Paragraph 3", "leaveSection Section 2",
        "visitFieldList FieldList 2", "visitParagraph Paragraph 2", "visitNumberedList NumberedList 2",
        "visitQuestionAnswer QuestionAnswer 2", "visitTable Table 2", "visitLinkList LinkList 2"), calls);
  }

  @Test
  void aVisitorsFailureEndsTheWalk() {
    List<String> calls = new ArrayList<>();
    IOException thrown = assertThrows(IOException.class, () -> document(
        List.of(Paragraph.of("eins"), Paragraph.of("zwei"))).walk(recording((method, block, at) -> {
          calls.add(((Paragraph) block).text());
          throw new IOException("disk full");
        })));
    assertEquals("disk full", thrown.getMessage());
    assertEquals(List.of("eins"), calls);
    assertThrows(NullPointerException.class, () -> document(List.of()).walk(null));
  }

  @Test
  void theContextSaysTheLanguageOfEachText() {
    ExcerptDocument document = document(List.of());
    BlockContext german = new BlockContext(document, 3, "de-DE", null);
    assertEquals(1, german.depth());
    assertEquals("de-DE", german.documentLanguage());
    assertFalse(german.languageDiffers());
    assertFalse(new BlockContext(document, 2, "DE-de", null).languageDiffers(), "tags ignore case");
    assertTrue(new BlockContext(document, 2, "en", null).languageDiffers());
    assertEquals("de-DE", german.languageOf(null));
    assertEquals("fr", german.languageOf("fr"));
    assertThrows(IllegalArgumentException.class, () -> new BlockContext(document, 1, "de-DE", null));
  }

  private static ExcerptDocument document(List<Block> blocks) {
    return new ExcerptDocument(Locale.GERMANY, Audience.PUBLIC,
        new DocumentInfo("Titel", "Betreff", "Stadt", List.of(), "de-DE"), "Stadt", "Titel", blocks);
  }

  /** What a recording visitor is told at each call: the method's name, the block and its context. */
  interface Call {
    void accept(String method, Block block, BlockContext context) throws IOException;
  }

  /** A visitor whose every method, the default one included, reports to call. */
  private static BlockVisitor recording(Call call) {
    return (BlockVisitor) Proxy.newProxyInstance(BlockVisitor.class.getClassLoader(),
        new Class<?>[] {BlockVisitor.class}, (proxy, method, args) -> {
          assertNotNull(args, method::getName);
          call.accept(method.getName(), (Block) args[0], (BlockContext) args[1]);
          return null;
        });
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = BlockVisitorTest.class.getResourceAsStream("golden/" + name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
