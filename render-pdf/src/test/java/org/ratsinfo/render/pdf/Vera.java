package org.ratsinfo.render.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/** veraPDF, the PDF/A and PDF/UA validator, in process. */
final class Vera {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private Vera() {}

  /**
   * The rules a PDF fails, one line each: clause, test number, description and how often, with the
   * first context; empty if it conforms.
   */
  static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
    ValidationResult result;
    try (VeraPDFFoundry foundry = Foundries.defaultInstance();
        PDFAValidator validator = foundry.createValidator(flavour, false);
        PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour)) {
      result = validator.validate(parser);
    }
    Map<String, String> failed = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (TestAssertion assertion : result.getTestAssertions()) {
      if (assertion.getStatus() != TestAssertion.Status.FAILED) {
        continue;
      }
      RuleId rule = assertion.getRuleId();
      String key = rule.getSpecification() + " " + rule.getClause() + "-" + rule.getTestNumber();
      counts.merge(key, 1, Integer::sum);
      failed.putIfAbsent(key, assertion.getMessage() + " [" + assertion.getLocationContext() + "]");
    }
    if (failed.isEmpty() && !result.isCompliant()) {
      return List.of("not compliant, but no failed assertion was reported");
    }
    return failed.entrySet().stream()
        .map(e -> e.getKey() + " (" + counts.get(e.getKey()) + "x): " + e.getValue())
        .toList();
  }
}
