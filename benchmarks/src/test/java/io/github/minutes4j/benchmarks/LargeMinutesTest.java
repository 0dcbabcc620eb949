package io.github.minutes4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.validation.MinutesValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

class LargeMinutesTest {

  @Test
  void theLargeDocumentIsValidWith500ItemsAnd10000ParticipantsAndTheSameEveryTime() {
    Minutes large = LargeMinutes.large();

    assertEquals(List.of(), MinutesValidator.shared().validate(large));
    assertEquals(500, large.agenda().size());
    assertEquals(10_000, large.participants().orElseThrow().entries().size());
    assertEquals(large, LargeMinutes.large());
  }
}
