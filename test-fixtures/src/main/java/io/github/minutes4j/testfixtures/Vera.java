package io.github.minutes4j.testfixtures;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF in this JVM: PDF/UA-1 and PDF/A-2u in one pass over a file. veraPDF is initialised once,
 * when this class is first used (it takes seconds). The caller brings {@code
 * org.verapdf:validation-model} in test scope.
 */
public final class Vera {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  /** The flavours every PDF of the exporter must meet. */
  public static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_U);

  private Vera() {}

  /**
   * One flavour's verdict.
   *
   * @param flavour the flavour
   * @param compliant whether the file conforms
   * @param failures the failed rules, such as {@code ISO 14289-1:2014 7.1-9: ...}
   */
  public record Verdict(PDFAFlavour flavour, boolean compliant, Set<String> failures) {
    @Override
    public String toString() {
      return flavour.getId() + (compliant ? " compliant" : " NOT compliant, failed rules " + failures);
    }
  }

  /** The flavours of the archive copy, which carries its minutes as an attachment. */
  public static final List<PDFAFlavour> ARCHIVE_FLAVOURS =
      List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_U);

  /**
   * Validates a file against PDF/UA-1 and PDF/A-2u.
   *
   * @param pdf the file
   * @return the two verdicts, PDF/UA-1 first
   * @throws Exception if veraPDF cannot parse the file
   */
  public static List<Verdict> validate(byte[] pdf) throws Exception {
    return validate(pdf, FLAVOURS);
  }

  /**
   * Validates a file against some flavours.
   *
   * @param pdf the file
   * @param flavours the flavours, at least one
   * @return one verdict per flavour, in order
   * @throws Exception if veraPDF cannot parse the file
   */
  public static List<Verdict> validate(byte[] pdf, List<PDFAFlavour> flavours) throws Exception {
    List<Verdict> verdicts = new ArrayList<>();
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), flavours.get(0));
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavours)) {
      for (ValidationResult result : validator.validateAll(parser)) {
        Set<String> failures = new TreeSet<>();
        for (TestAssertion assertion : result.getTestAssertions()) {
          if (assertion.getStatus() == TestAssertion.Status.FAILED) {
            failures.add(
                assertion.getRuleId().getSpecification().getId()
                    + " "
                    + assertion.getRuleId().getClause()
                    + "-"
                    + assertion.getRuleId().getTestNumber()
                    + ": "
                    + assertion.getMessage());
          }
        }
        verdicts.add(new Verdict(result.getPDFAFlavour(), result.isCompliant(), failures));
      }
    }
    if (verdicts.size() != flavours.size()) {
      throw new AssertionError("veraPDF returned " + verdicts + " for " + flavours);
    }
    return verdicts;
  }
}
