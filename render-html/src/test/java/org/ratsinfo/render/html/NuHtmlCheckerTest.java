package org.ratsinfo.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.model.Audience;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Nu HTML Checker (the W3C validator), embedded and offline, finds no error and no warning in the
 * page (of the reference excerpt, the contested item, the paper in its context, and the agenda and the
 * minutes of the Musterstadt meeting, internal and public), in the fragment wrapped in a minimal page, and, parsing them as XML, in the same markup read as
 * XHTML.
 *
 * <p>What is accepted, and why:
 *
 * <ul>
 *   <li>"info" messages (not warnings) about the trailing slash of void elements: {@code <br />} is what
 *       makes the markup well-formed XML as well as HTML (polyglot);
 *   <li>read as XHTML only, the error that {@code lang} is not allowed: the checker's XHTML schema knows
 *       only {@code xml:lang}, while HTML5 allows {@code lang} in both syntaxes and polyglot markup
 *       requires both, so both are written;
 *   <li>in English documents only, the warning that the document appears to be German: it is. The
 *       labels are English, the council's texts (questions, answers, names) stay German, and the
 *       document tree does not say which text is in which language, so the renderer cannot mark the
 *       German parts with {@code lang="de"}.
 * </ul>
 */
class NuHtmlCheckerTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void pageIsValidHtml(String language) throws Exception {
    String page = Reference.render(false, Locale.forLanguageTag(language));
    assertEquals(List.of(), problems(write("page.html", page), language));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void theContestedItemIsValidHtmlAndXhtml(String language) throws Exception {
    String page = Reference.renderer(false, Locale.forLanguageTag(language))
        .renderToString(Reference.contested());
    assertEquals(List.of(), problems(write("contested.html", page), language));
    assertEquals(List.of(), problems(write("contested.xhtml", page), language));
  }

  /** With a Beratungsfolge, linked papers and attachments: tables, lists and links. */
  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void thePaperInItsContextIsValidHtmlAndXhtml(String language) throws Exception {
    Locale locale = Locale.forLanguageTag(language);
    String page = PaperContext.renderer(false, locale).renderToString(PaperContext.excerpt());
    assertEquals(List.of(), problems(write("context.html", page), language));
    assertEquals(List.of(), problems(write("context.xhtml", page), language));
    String fragment = PaperContext.renderer(true, locale).renderToString(PaperContext.excerpt());
    String host = "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>Fragment</title>\n</head>\n<body>\n" + fragment + "</body>\n</html>\n";
    assertEquals(List.of(), problems(write("context-fragment.html", host), language));
  }

  /**
   * The agenda and the minutes of the Musterstadt meeting, internal and public: as a page (HTML and
   * XHTML) and as a fragment in a minimal page.
   */
  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("meetingDocuments")
  void theAgendaAndTheMinutesAreValidHtmlAndXhtml(DocumentKind kind, Audience audience, String language)
      throws Exception {
    Locale locale = Locale.forLanguageTag(language);
    HtmlRenderer renderer = Reference.renderer(false, locale);
    String page = renderer.renderToString(Reference.meetingDocument(renderer, kind, audience));
    String name = kind + "-" + audience + "-" + language;
    assertEquals(List.of(), problems(write(name + ".html", page), language));
    assertEquals(List.of(), problems(write(name + ".xhtml", page), language));
    HtmlRenderer fragments = Reference.renderer(true, locale);
    String fragment = fragments.renderToString(Reference.meetingDocument(fragments, kind, audience));
    String host = "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>Fragment</title>\n</head>\n<body>\n" + fragment + "</body>\n</html>\n";
    assertEquals(List.of(), problems(write(name + "-fragment.html", host), language));
  }

  static Stream<Arguments> meetingDocuments() {
    List<Arguments> all = new ArrayList<>();
    for (DocumentKind kind : List.of(DocumentKind.AGENDA, DocumentKind.MINUTES)) {
      for (Audience audience : Audience.values()) {
        for (String language : List.of("de", "en")) {
          all.add(Arguments.of(kind, audience, language));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void pageIsValidXhtml(String language) throws Exception {
    String page = Reference.render(false, Locale.forLanguageTag(language));
    assertEquals(List.of(), problems(write("page.xhtml", page), language));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void fragmentInAMinimalPageIsValid(String language) throws Exception {
    String fragment = Reference.render(true, Locale.forLanguageTag(language));
    String page = "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>Fragment</title>\n</head>\n<body>\n" + fragment + fragment + "</body>\n</html>\n";
    assertEquals(List.of(), problems(write("fragment.html", page), language));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void fragmentInAMinimalXhtmlPageIsValid(String language) throws Exception {
    String fragment = Reference.render(true, Locale.forLanguageTag(language));
    String page = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"de\">\n"
        + "<head>\n<meta charset=\"utf-8\" />\n<title>Fragment</title>\n</head>\n<body>\n" + fragment
        + "</body>\n</html>\n";
    assertEquals(List.of(), problems(write("fragment.xhtml", page), language));
  }

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  /** The checker's errors and warnings, without the accepted ones. */
  private static List<String> problems(Path file, String language) throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    String report = validator.validate(file);
    boolean xml = file.getFileName().toString().endsWith(".xhtml");
    boolean english = language.equals("en");
    return report.lines()
        .filter(line -> !line.isBlank())
        .filter(line -> !line.contains(": info: "))
        .filter(line -> !(xml && line.contains("error: Attribute “lang” not allowed on element")))
        .filter(line -> !(english && line.contains("info warning: This document appears to be written in")
            && line.contains("lang=\"en\"")))
        .toList();
  }
}
