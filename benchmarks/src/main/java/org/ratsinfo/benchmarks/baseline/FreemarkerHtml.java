package org.ratsinfo.benchmarks.baseline;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.ratsinfo.document.ExcerptDocument;

/**
 * Baseline: the page from a FreeMarker template ({@code excerpt.ftlh}, auto-escaped HTML), set up as
 * FreeMarker's manual recommends: one {@link Configuration} for the application, made once, its
 * templates cached; a template per page looked up from it, the data model a map.
 *
 * <p>Like {@link StringBuilderHtml} it starts from the laid-out {@link ExcerptDocument}, so it does
 * less work than ratsinfo, whose measurement includes the layout. Thread-safe (the configuration is
 * not changed after it is made).
 */
public final class FreemarkerHtml {

  private final Configuration configuration;
  private final String css;

  /**
   * A baseline that inlines a stylesheet, as ratsinfo's page does.
   *
   * @param css the stylesheet
   */
  public FreemarkerHtml(String css) {
    this.css = css;
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setClassForTemplateLoading(FreemarkerHtml.class, "/org/ratsinfo/benchmarks/baseline");
    cfg.setDefaultEncoding("UTF-8");
    cfg.setRecognizeStandardFileExtensions(true); // .ftlh: HTML output format, auto-escaping
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    this.configuration = cfg;
  }

  /**
   * Writes the page.
   *
   * @param doc the laid-out excerpt
   * @return the page
   */
  public String render(ExcerptDocument doc) {
    try {
      Template template = configuration.getTemplate("excerpt.ftlh");
      StringWriter out = new StringWriter(32 * 1024);
      template.process(Map.of("doc", doc, "css", css), out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException(e);
    }
  }
}
