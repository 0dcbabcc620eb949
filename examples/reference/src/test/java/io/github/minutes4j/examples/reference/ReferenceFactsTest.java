package io.github.minutes4j.examples.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceFactsTest {

  @Test
  void theModelsFactsNameEveryParticipantWithTheirCells() {
    List<String> facts = ReferenceFacts.of(ReferenceMinutes.june2022(), Language.SWEDISH);
    assertTrue(facts.contains("Linda Persson Melin Gäst SKR"), facts::toString);
    assertTrue(facts.contains("Staffan Carlsson Koordinator"), facts::toString);
    assertTrue(facts.contains("Ca 10 personer deltog på plats och 13 personer på distans."));
    assertTrue(facts.contains("Länk till film (adressen är inte publicerad ännu)"));
    // From "Tid och plats" on, up to the HTML's and PDF's own note on the participant links.
    List<String> source = ReferenceFacts.june2022InSwedish(" ");
    assertEquals(
        List.of(),
        ReferenceFacts.missingFrom(
            String.join("\n", facts),
            source.subList(source.indexOf("Tid och plats"), source.size() - 1)),
        "the model's facts hold the source's words that need no label separator");
  }

  @Test
  void whiteSpaceIsSqueezedOnBothSides() {
    List<String> facts = ReferenceFacts.december2021InSwedish(": ");
    String text = String.join("\n  ", facts).replace("Region Östergötland", "Region\nÖstergötland");
    assertEquals(List.of(), ReferenceFacts.missingFrom(text, facts));
  }

  @Test
  void aMissingFactIsNamed() {
    List<String> facts = ReferenceFacts.june2022InEnglish(": ");
    String text = String.join(" ", facts).replace("About 10 people", "About 11 people");
    assertEquals(
        List.of("About 10 people attended on site and 13 people remotely."),
        ReferenceFacts.missingFrom(text, facts));
  }

  @Test
  void aCheckOfAlmostNothingIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> ReferenceFacts.missingFrom("x", List.of("x")));
  }
}
