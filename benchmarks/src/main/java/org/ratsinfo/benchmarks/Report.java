package org.ratsinfo.benchmarks;

import static org.ratsinfo.benchmarks.JmhResults.size;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.benchmarks.JmhResults.Line;
import org.ratsinfo.benchmarks.JmhResults.Result;

/**
 * Prints the table of a benchmark run from JMH's JSON results ({@code -rf json}): per format and
 * input, ratsinfo against each baseline, the ratio, the target and whether it is met; the allocation
 * per excerpt; the speed-up on two threads; and the scale series with its linear fit.
 *
 * <p>Usage: {@code Report RESULT.json...}; every file may hold any of the benchmarks.
 */
public final class Report {

  private final Map<String, Result> results = new TreeMap<>();

  private Report() {}

  /**
   * Prints the report.
   *
   * @param args the JSON result files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Report report = new Report();
    for (Result r : JmhResults.read(args)) {
      // The format benchmarks have one parameter each, the input or the size.
      String param = r.params().isEmpty() ? "" : r.params().values().iterator().next();
      report.results.put(key(r.benchmark(), param, r.threads()), r);
    }
    report.print();
  }

  private static String key(String name, String param, int threads) {
    return name + "|" + param + "|" + threads;
  }

  private @Nullable Result get(String name, String param, int threads) {
    return results.get(key(name, param, threads));
  }

  private void print() {
    System.out.println();
    System.out.println("Warm, one thread: mean time per excerpt; ratio = baseline time / ratsinfo time"
        + " (higher is better for ratsinfo).");
    System.out.println();
    System.out.println("| format | input | ratsinfo | alloc/excerpt | baseline | baseline time |"
        + " baseline alloc | ratio | target | met? |");
    System.out.println("|---|---|---:|---:|---|---:|---:|---:|---:|---|");
    List<String> inputs = List.of("REFERENCE", "LONG", "MEETING");
    for (String input : inputs) {
      row("HTML", "HtmlBenchmark", input, "freemarker", 2.0);
      row("HTML", "HtmlBenchmark", input, "stringBuilder", 1.0);
    }
    for (String input : inputs) {
      row("PDF", "PdfBenchmark", input, "openhtmltopdfPdfA", 2.0);
      row("PDF", "PdfBenchmark", input, "openhtmltopdfPlain", 0);
    }
    for (String input : inputs) {
      row("DOCX", "DocxBenchmark", input, "poi", 1.5);
    }
    Result pdf = get("PdfBenchmark.ratsinfo", "REFERENCE", 1);
    if (pdf != null && !Double.isNaN(pdf.bytes())) {
      System.out.printf(Locale.ROOT, "%nPDF allocation per reference excerpt: %.2f MB (target < 5 MB): %s%n",
          pdf.bytes() / 1e6, pdf.bytes() < 5e6 ? "met" : "NOT MET");
    }

    List<String> scaling = new ArrayList<>();
    for (String format : List.of("Html", "Pdf", "Docx")) {
      for (String input : inputs) {
        Result one = get(format + "Benchmark.ratsinfo", input, 1);
        Result two = get(format + "Benchmark.ratsinfo", input, 2);
        if (one != null && two != null) {
          // Average time is per operation and thread: two threads do 2 / two.ms operations per ms.
          double speedUp = 2 * one.ms() / two.ms();
          scaling.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.2f× | ≥ 1.7× | %s |",
              format.toUpperCase(Locale.ROOT), input.toLowerCase(Locale.ROOT), ms(one.ms()),
              ms(two.ms()), speedUp, speedUp >= 1.7 ? "yes" : "no"));
        }
      }
    }
    if (!scaling.isEmpty()) {
      System.out.println();
      System.out.println("Two threads: throughput against one thread (ratsinfo).");
      System.out.println();
      System.out.println("| format | input | 1 thread, per excerpt | 2 threads, per excerpt and thread |"
          + " speed-up | target | met? |");
      System.out.println("|---|---|---:|---:|---:|---:|---|");
      scaling.forEach(System.out::println);
    }

    for (String format : List.of("html", "pdf", "docx")) {
      scale(format);
    }
  }

  private void row(String format, String benchmark, String input, String baseline, double target) {
    Result ours = get(benchmark + ".ratsinfo", input, 1);
    Result base = get(benchmark + "." + baseline, input, 1);
    if (ours == null || base == null) {
      return;
    }
    double ratio = base.ms() / ours.ms();
    boolean targeted = target > 0 && input.equals("REFERENCE");
    System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %.2f× | %s | %s |%n",
        format, input.toLowerCase(Locale.ROOT), ms(ours.ms()), size(ours.bytes()), baseline,
        ms(base.ms()), size(base.bytes()), ratio,
        targeted ? String.format(Locale.ROOT, "≥ %.1f×", target) : "–",
        targeted ? (ratio >= target ? "yes" : "no") : "–");
  }

  private void scale(String format) {
    int[] sizes = {1, 10, 100, 1000};
    double[] ms = new double[sizes.length];
    double[] bytes = new double[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      Result r = get("ScaleBenchmark." + format, Integer.toString(sizes[i]), 1);
      if (r == null) {
        return;
      }
      ms[i] = r.ms();
      bytes[i] = r.bytes();
    }
    Line fit = Line.fit(sizes, ms);
    // Linear (not worse): a question from 100 to 1,000 costs no more than twice what one from 10 to
    // 100 costs. Cheaper is fine: the fixed cost of an excerpt and warm caches make it so.
    double late = (ms[3] - ms[2]) / 900;
    double early = (ms[2] - ms[1]) / 90;
    boolean linear = late <= 2 * early;
    System.out.printf(Locale.ROOT, "%nScale, %s: 1 / 10 / 100 / 1,000 questions: %s / %s / %s / %s;"
        + " fit %.3f ms + %.4f ms per question, R² = %.4f; per question 10→100: %.4f ms,"
        + " 100→1,000: %.4f ms: %s%n", format.toUpperCase(Locale.ROOT), ms(ms[0]), ms(ms[1]),
        ms(ms[2]), ms(ms[3]), fit.intercept(), fit.slope(), fit.r2(), early, late,
        linear ? "linear or better" : "WORSE THAN LINEAR");
    if (!Double.isNaN(bytes[0])) {
      // Allocation does not depend on the machine's load: a steadier witness of the same growth.
      System.out.printf(Locale.ROOT, "Scale, %s, allocated: %s / %s / %s / %s; per question 10→100:"
          + " %s, 100→1,000: %s%n", format.toUpperCase(Locale.ROOT), size(bytes[0]), size(bytes[1]),
          size(bytes[2]), size(bytes[3]), size((bytes[2] - bytes[1]) / 90),
          size((bytes[3] - bytes[2]) / 900));
    }
  }

  private static String ms(double ms) {
    return ms < 1 ? String.format(Locale.ROOT, "%.4f ms", ms) : String.format(Locale.ROOT, "%.2f ms", ms);
  }
}
