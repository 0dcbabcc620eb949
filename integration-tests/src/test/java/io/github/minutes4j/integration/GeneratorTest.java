package io.github.minutes4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.core.validation.Text;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The generators generate what the properties claim: their quick filter for text agrees with
 * {@link MinutesValidator}, and nearly every generated document is valid before it is checked.
 */
class GeneratorTest {

  @Provide
  Arbitrary<String> raw() {
    return MinutesArbitraries.rawText(0, 60);
  }

  /** The generators' quick filter keeps exactly the short texts the validator accepts. */
  @Property(tries = 500)
  void theTextFilterAgreesWithTheValidator(@ForAll("raw") String text) {
    boolean quick = MinutesArbitraries.followsTextRules(text, Text.SHORT, false);
    assertEquals(MinutesArbitraries.validShort(text), quick, () -> "on «" + text + "»");
    assertEquals(
        MinutesArbitraries.validSpan(Inline.plain(text)),
        MinutesArbitraries.followsTextRules(text, Text.LONG, true),
        () -> "as a plain span, on «" + text + "»");
    Statistics.label("accepted").collect(quick);
    Statistics.label("accepted").coverage(c -> {
      c.check(true).percentage(p -> p > 30);
      c.check(false).percentage(p -> p > 10);
    });
  }

  @Property(tries = 20)
  void theFilterAgreesAtTheLengthLimitsAndOnBlankText(@ForAll("raw") String text) {
    for (String t :
        new String[] {
          "a".repeat(Text.SHORT), "a".repeat(Text.SHORT + 1), " ", "\\u2002", "\\u00A0", "\\u200B"
        }) {
      assertEquals(MinutesArbitraries.validShort(t), MinutesArbitraries.followsTextRules(t, Text.SHORT, false), t);
      assertEquals(
          MinutesArbitraries.validSpan(Inline.plain(t)), MinutesArbitraries.followsTextRules(t, Text.LONG, true), t);
    }
  }

  @Provide
  Arbitrary<Minutes> unchecked() {
    return MinutesArbitraries.unchecked();
  }

  /** Generated minutes are valid by construction, nearly always; the filter rarely has work. */
  @Property(tries = 100)
  void generatedMinutesAreNearlyAlwaysValid(@ForAll("unchecked") Minutes minutes) {
    boolean valid = MinutesValidator.shared().validate(minutes).isEmpty();
    Statistics.label("valid").collect(valid);
    Statistics.label("valid").coverage(c -> c.check(true).percentage(p -> p >= 90));
  }
}
