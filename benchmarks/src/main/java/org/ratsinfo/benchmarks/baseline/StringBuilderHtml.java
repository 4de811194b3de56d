package org.ratsinfo.benchmarks.baseline;

import java.util.List;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Field;
import org.ratsinfo.document.FieldList;
import org.ratsinfo.document.LinkList;
import org.ratsinfo.document.NumberedList;
import org.ratsinfo.document.Paragraph;
import org.ratsinfo.document.QuestionAnswer;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.Table;

/**
 * Baseline: the page written by hand with one {@link StringBuilder}, as an integrator would without a
 * library: the same elements, classes and stylesheet as ratsinfo's page, every text escaped.
 *
 * <p>It starts from the laid-out {@link ExcerptDocument} (made once, outside the measurement): labels,
 * dates, names and redaction are done for it, which favours the baseline over ratsinfo, whose
 * measurement includes the layout. Thread-safe.
 */
public final class StringBuilderHtml {

  private final String css;
  private final String footer;

  /**
   * A baseline that inlines a stylesheet, as ratsinfo's page does.
   *
   * @param css the stylesheet
   */
  public StringBuilderHtml(String css) {
    this(css, "");
  }

  /**
   * A baseline for print: the page starts with a running header (body, title) and footer, as the
   * print stylesheet of ratsinfo's PDF expects them.
   *
   * @param css the print stylesheet
   * @param footer the text before the page number, e.g. "Seite "
   */
  public StringBuilderHtml(String css, String footer) {
    this.css = css;
    this.footer = footer;
  }

  /**
   * Writes the page.
   *
   * @param doc the laid-out excerpt
   * @return the page
   */
  public String render(ExcerptDocument doc) {
    StringBuilder sb = new StringBuilder(16 * 1024 + css.length());
    String lang = doc.info().language();
    sb.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
        .append("\" xml:lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>");
    escape(sb, doc.info().title()).append("</title>\n<meta name=\"author\" content=\"");
    escape(sb, doc.info().author()).append("\" />\n<meta name=\"description\" content=\"");
    escape(sb, doc.info().subject()).append("\" />\n<meta name=\"keywords\" content=\"");
    escape(sb, String.join(", ", doc.info().keywords())).append("\" />\n<style>\n").append(css)
        .append("</style>\n</head>\n<body class=\"ratsinfo-page\">\n");
    if (!footer.isEmpty()) {
      sb.append("<div class=\"ratsinfo-pdf-header\"><span class=\"ratsinfo-pdf-header-body\">");
      escape(sb, doc.bodyName()).append("</span><span class=\"ratsinfo-pdf-header-title\">");
      escape(sb, doc.title()).append("</span></div>\n<div class=\"ratsinfo-pdf-footer\">");
      escape(sb, footer).append("<span class=\"ratsinfo-pdf-page\"></span></div>\n");
    }
    sb.append("<article class=\"ratsinfo-excerpt\">\n")
        .append("<header class=\"ratsinfo-header\">\n<p class=\"ratsinfo-body-name\">");
    escape(sb, doc.bodyName()).append("</p>\n<h1 class=\"ratsinfo-title\">");
    escape(sb, doc.title()).append("</h1>\n</header>\n");
    blocks(sb, doc.blocks(), 2);
    sb.append("</article>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static void blocks(StringBuilder sb, List<Block> blocks, int level) {
    for (Block block : blocks) {
      if (block instanceof Section s) {
        sb.append("<section class=\"ratsinfo-section\">\n<h").append(level).append('>');
        escape(sb, s.heading()).append("</h").append(level).append(">\n");
        blocks(sb, s.blocks(), level + 1);
        sb.append("</section>\n");
      } else if (block instanceof FieldList list) {
        sb.append("<dl class=\"ratsinfo-fields\">\n");
        for (Field f : list.fields()) {
          sb.append("<div class=\"ratsinfo-field\"><dt>");
          escape(sb, f.label()).append("</dt><dd>");
          escape(sb, f.value()).append("</dd></div>\n");
        }
        sb.append("</dl>\n");
      } else if (block instanceof Paragraph p) {
        sb.append(p.style() == Paragraph.Style.LEAD ? "<p class=\"ratsinfo-lead\">"
            : p.style() == Paragraph.Style.NOTE ? "<p class=\"ratsinfo-note\">" : "<p>");
        escape(sb, p.text()).append("</p>\n");
      } else if (block instanceof NumberedList list) {
        sb.append("<ol class=\"ratsinfo-list\">\n");
        for (NumberedList.Item item : list.items()) {
          sb.append("<li value=\"");
          escape(sb, item.number()).append("\">");
          paragraphs(sb, item.paragraphs());
          sb.append("</li>\n");
        }
        sb.append("</ol>\n");
      } else if (block instanceof QuestionAnswer qa) {
        sb.append("<div class=\"ratsinfo-qa\">\n<h").append(level)
            .append(" class=\"ratsinfo-qa-heading\"><span class=\"ratsinfo-qa-label\">");
        escape(sb, qa.label()).append("</span>");
        if (!qa.question().isEmpty()) {
          sb.append(": ");
          escape(sb, qa.question().get(0));
        }
        sb.append("</h").append(level).append(">\n");
        for (int i = 1; i < qa.question().size(); i++) {
          sb.append("<p class=\"ratsinfo-qa-question-continued\">");
          escape(sb, qa.question().get(i)).append("</p>\n");
        }
        sb.append("<div class=\"ratsinfo-qa-answer\">\n");
        for (String answer : qa.answer()) {
          sb.append("<p>");
          escape(sb, answer).append("</p>\n");
        }
        sb.append("</div>\n</div>\n");
      } else if (block instanceof Table t) {
        sb.append("<table class=\"ratsinfo-table\">\n<caption>");
        escape(sb, t.caption()).append("</caption>\n<thead><tr><th scope=\"col\">");
        escape(sb, t.cornerHeader()).append("</th>");
        for (String header : t.columnHeaders()) {
          sb.append("<th scope=\"col\">");
          escape(sb, header).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (Table.Row row : t.rows()) {
          sb.append("<tr><th scope=\"row\">");
          escape(sb, row.header()).append("</th>");
          for (String cell : row.cells()) {
            sb.append("<td>");
            escape(sb, cell).append("</td>");
          }
          sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        if (t.note() != null) {
          sb.append("<p class=\"ratsinfo-note\">");
          escape(sb, t.note()).append("</p>\n");
        }
      } else if (block instanceof LinkList list) {
        sb.append("<ul class=\"ratsinfo-links\">\n");
        for (LinkList.Entry entry : list.entries()) {
          sb.append("<li>");
          escape(sb, entry.prefix());
          if (entry.target() != null) {
            sb.append("<a href=\"");
            escape(sb, entry.target().toString()).append("\">");
            escape(sb, entry.text()).append("</a>");
          } else {
            escape(sb, entry.text());
          }
          escape(sb, entry.detail()).append("</li>\n");
        }
        sb.append("</ul>\n");
      }
    }
  }

  private static void paragraphs(StringBuilder sb, List<String> paragraphs) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        sb.append("<br />");
      }
      escape(sb, paragraphs.get(i));
    }
  }

  /** Escapes the five markup characters, as every HTML writer must. */
  static StringBuilder escape(StringBuilder sb, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb;
  }
}
