package io.github.minutes4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A bounded smoke run of {@link MutationFuzz}: the first cases of one seed, each input mutated the
 * same way every time, give only documented outcomes. Slow cases are left to the fuzzer run by hand
 * (their time depends on the machine); every other finding fails the test with its case numbers,
 * which {@code MutationFuzz CASES SEED CASE} runs again one by one.
 *
 * <p>About 20 s when run alone, nearly all of it the first use of the validator and the PDF engine,
 * which the module's other tests pay in the same JVM; 40 cases take as long as 80.
 */
class MutationFuzzTest {

  /** The seed; {@code -Dminutes4j.mutationfuzz.seed} chooses another. */
  private static final long SEED = Long.getLong("minutes4j.mutationfuzz.seed", 20261207);

  /** How many cases; {@code -Dminutes4j.mutationfuzz.cases} runs more. */
  private static final int CASES = Integer.getInteger("minutes4j.mutationfuzz.cases", 80);

  @Test
  @Timeout(value = 600)
  void mutatedInputsGiveOnlyDocumentedOutcomes() {
    MutationFuzz fuzz = new MutationFuzz(false);
    Map<String, List<Integer>> findings = new TreeMap<>();
    int valid = 0;
    for (int index = 0; index < CASES; index++) {
      for (MutationFuzz.Outcome outcome : fuzz.run(SEED, index)) {
        if (outcome.finding() != null && !outcome.finding().startsWith("slow")) {
          findings.computeIfAbsent(outcome.finding(), k -> new ArrayList<>()).add(index);
        } else if ("valid".equals(outcome.kind())) {
          valid++;
        }
      }
    }
    assertEquals(Map.of(), findings, "seed " + SEED);
    System.out.printf("mutation fuzz: %d cases of seed %d, %d valid minutes exported%n", CASES, SEED, valid);
  }
}
