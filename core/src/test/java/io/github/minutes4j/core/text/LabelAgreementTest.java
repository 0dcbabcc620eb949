package io.github.minutes4j.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Labels that name people agree with their number: a German or Finnish verb, a noun such as the
 * presenters of an item (Arabic with its dual).
 */
class LabelAgreementTest {

  private static final Language GERMAN = Language.ofTag("de");
  private static final Language FINNISH = Language.ofTag("fi");
  private static final Language ARABIC = Language.ofTag("ar");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "de | RESERVED | {0} widersprach dem Beschluss. | {0} widersprachen dem Beschluss.",
        "de | RESERVED_AGAINST | {0} widersprach Beschluss {1}. | {0} widersprachen Beschluss {1}.",
        "de | PROTOCOL_NOTE_BY | {0} gab folgende Protokollerklärung ab:"
            + " | {0} gaben folgende Protokollerklärung ab:",
        "fi | RESERVED | {0} jätti päätöksestä eriävän mielipiteen."
            + " | {0} jättivät päätöksestä eriävän mielipiteen.",
        "fi | RESERVED_AGAINST | {0} jätti eriävän mielipiteen päätöksestä {1}."
            + " | {0} jättivät eriävän mielipiteen päätöksestä {1}.",
        "fi | PROTOCOL_NOTE_BY | {0} pyysi merkitsemään pöytäkirjaan seuraavan:"
            + " | {0} pyysivät merkitsemään pöytäkirjaan seuraavan:",
        "fi | ADJUSTERS | Pöytäkirjantarkastaja | Pöytäkirjantarkastajat",
        "fi | PRESENTERS | Alustaja | Alustajat",
        "en | PRESENTERS | Presenter | Presenters",
        "nb | PRESENTERS | Innleder | Innledere",
        "da | PRESENTERS | Oplægsholder | Oplægsholdere",
        "fi | NOTE_TAKERS | Muistion laatija | Muistion laatijat",
        "nb | NOTE_TAKERS | Referent | Referenter",
        "fi | SECRETARY | Pöytäkirjanpitäjä | Pöytäkirjanpitäjät",
        "da | SECRETARY | Protokolfører | Protokolførere"
      })
  void aVerbOrNounAgreesWithOneOrSeveralPeople(
      String tag, Label label, String one, String several) {
    Labels labels = Labels.of(Language.ofTag(tag));

    assertEquals(one, labels.text(label, 1));
    assertEquals(several, labels.text(label, 2));
    assertEquals(several, labels.text(label, 3));
    assertEquals(several, labels.text(label, 12));
    assertEquals(several, labels.text(label), "the general form is for any number but one");
  }

  @Test
  void arabicHasADualForTheNounAndOneVerbFormBeforeItsSubject() {
    Labels labels = Labels.of(ARABIC);

    assertEquals("مراجع المحضر", labels.text(Label.ADJUSTERS, 1));
    assertEquals("مراجعا المحضر", labels.text(Label.ADJUSTERS, 2));
    assertEquals("مراجعو المحضر", labels.text(Label.ADJUSTERS, 3));
    assertEquals("المقدِّم", labels.text(Label.PRESENTERS, 1));
    assertEquals("المقدِّمان", labels.text(Label.PRESENTERS, 2));
    assertEquals("المقدِّمون", labels.text(Label.PRESENTERS, 3));
    assertEquals("الغائب", labels.text(Label.ABSENT, 1));
    assertEquals("الغائبان", labels.text(Label.ABSENT, 2));
    assertEquals("أمينا السر", labels.text(Label.SECRETARY, 2));
    // A verb before its subject agrees in gender only: one form for one, two and several.
    for (int count = 1; count <= 3; count++) {
      assertEquals("تحفّظ {0} على القرار.", labels.text(Label.RESERVED, count));
    }
  }

  @Test
  void aProtokollsNoteTakersAreItsSecretariesInTheirNumber() {
    Labels finnish = Labels.of(FINNISH);

    assertEquals("Muistion laatija", finnish.text(Label.NOTE_TAKERS, DocumentKind.MEETING_NOTES, 1));
    assertEquals("Pöytäkirjanpitäjä", finnish.text(Label.NOTE_TAKERS, DocumentKind.MINUTES, 1));
    assertEquals("Pöytäkirjanpitäjät", finnish.text(Label.NOTE_TAKERS, DocumentKind.MINUTES, 2));
    assertEquals(
        finnish.text(Label.NOTE_TAKERS, DocumentKind.MINUTES),
        finnish.text(Label.NOTE_TAKERS, DocumentKind.MINUTES, 0));
    assertEquals("Toimielin", finnish.text(Label.ORGANISER, DocumentKind.MINUTES, 1));
  }

  @Test
  void phrasesPutTheirPartsIntoTheFormForTheNumber() {
    Labels german = Labels.of(GERMAN);

    assertEquals(
        "Anna Ek, Bo Berg widersprachen Beschluss 2.",
        german.phrase(Label.RESERVED_AGAINST, 2, "Anna Ek, Bo Berg", "2"));
    assertEquals(
        "Anna Ek gab folgende Protokollerklärung ab:",
        german.phrase(Label.PROTOCOL_NOTE_BY, 1, "Anna Ek"));
  }

  @Test
  void everyShippedSetHasEveryFormAndLanguagesWithoutADualRepeatTheGeneralForm() {
    for (Language language : LabelSets.shipped()) {
      Labels labels = Labels.of(language);
      assertFalse(labels.resolution().fallbackUsed(), labels.resolution().describe());
      for (Label label : List.of(Label.RESERVED, Label.RESERVED_AGAINST, Label.PROTOCOL_NOTE_BY)) {
        assertTrue(labels.text(label, 1).contains("{0}"), language + " " + label);
        if (!language.equals(ARABIC)) {
          assertEquals(labels.text(label), labels.text(label, 2), language + " " + label);
        }
      }
    }
    assertTrue(Labels.keys().containsAll(List.of("RESERVED.one", "RESERVED.two")));
  }

  @Test
  void aLabelWithoutFormsIsTheSameForAnyNumber() {
    Labels labels = Labels.of(GERMAN);

    assertEquals(labels.text(Label.CONFLICT_OF_INTEREST), labels.text(Label.CONFLICT_OF_INTEREST, 1));
    assertEquals(labels.text(Label.LINKS), labels.text(Label.LINKS, 1));
    assertEquals(labels.text(Label.RESERVED), labels.text(Label.RESERVED, 0));
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> labels.text(Label.RESERVED, -1));
    assertTrue(negative.getMessage().contains("-1"), negative.getMessage());
  }

  @Test
  void anOverrideWordsALabelForEveryNumber() {
    Labels labels =
        Labels.of(FINNISH).withOverrides(Map.of(Label.RESERVED, "{0} ilmoitti eriävän mielipiteen."));

    for (int count = 1; count <= 3; count++) {
      assertEquals("{0} ilmoitti eriävän mielipiteen.", labels.text(Label.RESERVED, count));
    }
  }

  /** A provided set that words a label once is served its own wording for one and for two. */
  @Test
  void aProvidedSetWithoutFormsServesItsGeneralForm() {
    LabelProvider meankieli =
        ProvidedSet.of("fit", Map.of("RESERVED", "{0} jätti eriävän mielipiten."));
    Labels labels =
        LabelSets.of(List.of(meankieli)).labels(Language.ofTag("fit"), Language.SWEDISH);

    assertEquals("{0} jätti eriävän mielipiten.", labels.text(Label.RESERVED, 1));
    assertEquals("{0} jätti eriävän mielipiten.", labels.text(Label.RESERVED, 2));
    assertFalse(labels.resolution().keysFromFallback().contains("RESERVED.one"));
    assertTrue(labels.resolution().keysFromFallback().contains("RESERVED_AGAINST.one"));
    assertEquals("{0} reserverar sig mot beslut {1}.", labels.text(Label.RESERVED_AGAINST, 1));
  }
}
