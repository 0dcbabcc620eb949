package io.github.minutes4j.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Person;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Running text refuses the bidirectional embeddings, overrides and isolates, which reorder runs of
 * text, and accepts the three marks, which cannot; link addresses refuse all of them.
 */
class BidiControlsTest {

  private static final MinutesValidator VALIDATOR = MinutesValidator.shared();

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069"})
  void embeddingsOverridesAndIsolatesAreRefusedInRunningText(String hex) {
    String control = Character.toString(Integer.parseInt(hex, 16));
    Minutes minutes = withParagraph("Fakturan gpj" + control + ".exe bifogas.");

    List<Violation> violations = EngineAgreement.validate(minutes);

    assertEquals(1, violations.size(), violations.toString());
    assertEquals("agenda[1].content[0].content[0].text", violations.get(0).path());
    assertEquals(
        "contains the bidirectional formatting character U+" + hex + " at index 12; remove it or"
            + " replace it with visible text",
        violations.get(0).message());
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"200E", "200F", "061C"})
  void directionMarksAreAllowedInRunningTextAndNames(String hex) {
    String mark = Character.toString(Integer.parseInt(hex, 16));
    Minutes minutes =
        MinutesValidatorTest.valid()
            .title("Samråd (محمد)" + mark)
            .addAgendaItem(
                AgendaItem.withHeading("Punkt " + mark + "1")
                    .addPresenter(Person.named("محمد عبد الله" + mark))
                    .addBlock(Block.paragraph("قال (نعم)" + mark + " 15:00"))
                    .build())
            .build();

    assertEquals(List.of(), EngineAgreement.validate(minutes));
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"200E", "200F", "061C", "2068", "202E"})
  void everyBidiControlIsRefusedInALinkAddress(String hex) {
    String control = Character.toString(Integer.parseInt(hex, 16));
    Minutes minutes =
        MinutesValidatorTest.valid()
            .addAgendaItem(
                AgendaItem.withHeading("Punkt")
                    .addBlock(
                        Block.paragraph(
                            Inline.link(
                                "rapporten",
                                LinkTarget.of(
                                    "https://example.org/" + control + "x"))))
                    .build())
            .build();

    List<Violation> violations = EngineAgreement.validate(minutes);

    assertEquals(1, violations.size(), violations.toString());
    assertTrue(
        violations.get(0).message().startsWith(
            "contains the invisible bidirectional control character U+" + hex + " at index 20"),
        violations.get(0).message());
  }

  private static Minutes withParagraph(String text) {
    return MinutesValidatorTest.valid()
        .addAgendaItem(AgendaItem.withHeading("Punkt").addBlock(Block.paragraph(text)).build())
        .build();
  }
}
