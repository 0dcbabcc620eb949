package io.github.minutes4j.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.ProviderConfigurationException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelSetsTest {

  static final Language SAMI = Language.ofTag("se");

  /** A partial Northern Sámi set, as a third party might provide it. */
  public static class Sami implements LabelProvider {
    @Override
    public Language language() {
      return SAMI;
    }

    @Override
    public Map<String, String> texts() {
      return Map.of("TIME_AND_PLACE", "Áigi ja báiki", "PARTICIPANT_NAME", "Namma");
    }
  }

  /** A second provider of the same language. */
  public static final class OtherSami extends Sami {}

  /** A provider of a shipped language. */
  public static final class Swedish implements LabelProvider {
    @Override
    public Language language() {
      return Language.SWEDISH;
    }

    @Override
    public Map<String, String> texts() {
      return Map.of("NOTE_TAKERS", "Sekreterare");
    }
  }

  /** A provider whose set has a misspelt key. */
  public static final class Misspelt implements LabelProvider {
    @Override
    public Language language() {
      return Language.ofTag("fit");
    }

    @Override
    public Map<String, String> texts() {
      return Map.of("TIME_AND_PLACES", "Aika ja paikka");
    }
  }

  /** A provider whose vote totals name a part that does not exist and leave one out. */
  public static final class WrongPart implements LabelProvider {
    @Override
    public Language language() {
      return Language.ofTag("hsb");
    }

    @Override
    public Map<String, String> texts() {
      return Map.of(
          "VOTE_RESULT",
          "Wuslědk: {0} haj, {1} ně, {5} zdźerženje.",
          // A form for one may leave out a part of its general form: "1 wosoba".
          "count.exact.one",
          "1 wosoba");
    }
  }

  /** A provider that cannot be constructed. */
  public static final class Broken implements LabelProvider {
    public Broken() {
      throw new IllegalStateException("no texts today");
    }

    @Override
    public Language language() {
      return SAMI;
    }

    @Override
    public Map<String, String> texts() {
      return Map.of();
    }
  }

  @Test
  void aProvidedSetServesItsLanguageAndWhatItLacksFallsBackLabelByLabel() {
    LabelSets sets = LabelSets.of(List.of(new Sami()));
    Labels labels = sets.labels(SAMI, Language.SWEDISH);

    assertEquals("Áigi ja báiki", labels.text(Label.TIME_AND_PLACE));
    assertEquals("Namma", labels.text(Label.PARTICIPANT_NAME));
    assertEquals("För anteckningarna", labels.text(Label.NOTE_TAKERS));
    assertEquals("2 juni 2022", labels.date(LocalDate.of(2022, 6, 2)));
    assertEquals(SAMI, labels.language());
    assertEquals(SAMI, labels.resolution().servedBy());
    assertTrue(labels.resolution().fallbackUsed());
    assertFalse(labels.resolution().fallbackLanguageUsed());
    assertFalse(labels.resolution().keysFromFallback().contains("TIME_AND_PLACE"));
    assertTrue(labels.resolution().keysFromFallback().contains("NOTE_TAKERS"));
    assertTrue(
        labels
            .resolution()
            .describe()
            .startsWith(
                "labels for 'se' come from the 'se' set; "
                    + (Labels.keys().size() - 2)
                    + " labels it lacks come from the fallback language 'sv': "),
        labels.resolution().describe());
    assertEquals(Optional.of(SAMI), sets.setFor(Language.ofTag("se-NO")));
    assertTrue(sets.languages().contains(SAMI));
    assertEquals(8, sets.languages().size());
  }

  @Test
  void labelsAndSetsSayWhatTheyAreInToString() {
    LabelSets sets = LabelSets.installed();

    assertEquals("LabelSets[ar, da, de, en, fi, nb, sv]", sets.toString());
    assertEquals(
        "Labels[en, requested fr, served by en]",
        sets.labels(Language.ofTag("fr"), Language.ENGLISH).toString());
    assertEquals(
        "Labels[sv-SE, requested sv-SE, served by sv]",
        sets.labels(Language.ofTag("sv-SE"), Language.ENGLISH).toString());
  }

  @Test
  void nynorskIsServedByBokmalWithoutFallbackAndKeepsItsTag() {
    Labels labels = LabelSets.installed().labels(Language.ofTag("nn"), Language.ENGLISH);

    assertEquals("Tid og sted", labels.text(Label.TIME_AND_PLACE));
    assertEquals("2. juni 2022", labels.date(LocalDate.of(2022, 6, 2)));
    assertEquals(Language.ofTag("nn"), labels.language(), "the page says nn, as for no");
    assertEquals(Language.NORWEGIAN_BOKMAL, labels.resolution().servedBy());
    assertFalse(labels.resolution().fallbackUsed(), labels.resolution().describe());
  }

  @Test
  void aProvidedNynorskSetComesFirstAndBokmalFillsWhatItLacks() {
    Labels labels =
        LabelSets.of(List.of(ProvidedSet.of("nn", Map.of("TIME_AND_PLACE", "Tid og stad"))))
            .labels(Language.ofTag("nn-NO"), Language.ENGLISH);

    assertEquals("Tid og stad", labels.text(Label.TIME_AND_PLACE));
    assertEquals("Referenter", labels.text(Label.NOTE_TAKERS), "Bokmål, not English");
    assertEquals(Language.ofTag("nn"), labels.resolution().servedBy());
    assertFalse(labels.resolution().fallbackUsed(), labels.resolution().describe());
  }

  @Test
  void twoSetsOfOneLanguageAreAnErrorNamingBothClasses() {
    ProviderConfigurationException thrown =
        assertThrows(
            ProviderConfigurationException.class,
            () -> LabelSets.of(List.of(new Sami(), new OtherSami())));

    assertTrue(thrown.getMessage().startsWith("Two label sets claim the language 'se': "));
    assertTrue(thrown.getMessage().contains(Sami.class.getName() + " ("), thrown.getMessage());
    assertTrue(thrown.getMessage().contains(OtherSami.class.getName() + " ("), thrown.getMessage());
  }

  @Test
  void aProviderOfAShippedLanguageIsAnErrorThatPointsToOverrides() {
    ProviderConfigurationException thrown =
        assertThrows(ProviderConfigurationException.class, () -> LabelSets.of(List.of(new Swedish())));

    assertTrue(thrown.getMessage().contains("minutes4j's shipped labels"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains(Swedish.class.getName()), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("ExportOptions.withLabel"), thrown.getMessage());
  }

  /**
   * A provider that a framework holds (a Spring bean) rather than registers for ServiceLoader joins
   * the installed sets, and export options take their labels from the sets they are given.
   */
  @Test
  void providersJoinInstalledSetsAndOptionsTakeLabelsFromTheSetsTheyAreGiven() {
    LabelSets installed = LabelSets.installed();
    LabelSets more = installed.adding(List.of(new Sami()));
    assertTrue(more.languages().contains(SAMI));
    assertEquals(installed.languages().size() + 1, more.languages().size());
    assertTrue(installed.adding(List.of()) == installed);

    Minutes sami = Minutes.builder(SAMI, Organiser.of("Sámediggi"), DocumentKind.MEETING_NOTES,
            "Čoahkkin", LocalDate.of(2026, 1, 9))
        .addSession(Session.on(LocalDate.of(2026, 1, 9), LocalTime.of(9, 0), LocalTime.of(12, 0)).build())
        .build();
    assertEquals("Time and place", ExportOptions.defaults().labelsFor(sami).text(Label.TIME_AND_PLACE));
    ExportOptions options = ExportOptions.defaults().withLabelSets(more);
    assertEquals("Áigi ja báiki", options.labelsFor(sami).text(Label.TIME_AND_PLACE));
    assertEquals(Optional.of(more), options.labelOptions().sets());
    assertTrue(options.labelOptions().labelSets() == more);
    assertTrue(LabelOptions.defaults().labelSets() == installed);

    ProviderConfigurationException twice =
        assertThrows(ProviderConfigurationException.class, () -> more.adding(List.of(new OtherSami())));
    assertTrue(twice.getMessage().startsWith("Two label sets claim the language 'se': "));
    assertThrows(ProviderConfigurationException.class, () -> installed.adding(List.of(new Swedish())));
  }

  @Test
  void aKeyThatIsNoLabelIsRefusedWithTheKnownKeys() {
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> LabelSets.of(List.of(new Misspelt())));

    assertTrue(
        thrown.getMessage().contains("have keys that are not labels: [TIME_AND_PLACES]"),
        thrown.getMessage());
    assertTrue(thrown.getMessage().contains("TIME_AND_PLACE, "), thrown.getMessage());
  }

  /**
   * A text with a placeholder its label is not given printed "{5}" in the minutes and left the
   * abstentions out; a provider with one fails to load, naming the key, the placeholders and the
   * English text.
   */
  @Test
  void aTextWhosePlaceholdersAreNotThoseOfItsLabelIsRefused() {
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> LabelSets.of(List.of(new WrongPart())));

    assertTrue(
        thrown
            .getMessage()
            .startsWith(
                "The hsb labels of "
                    + WrongPart.class.getName()
                    + " ("),
        thrown.getMessage());
    assertTrue(
        thrown
            .getMessage()
            .endsWith(
                " give the key 'VOTE_RESULT' the text 'Wuslědk: {0} haj, {1} ně, {5} zdźerženje.',"
                    + " which has {5}, a placeholder the label is not given, and lacks {2}; the label"
                    + " takes {0}, {1}, {2}, as in 'Result: {0} for, {1} against, {2} abstained.'"),
        thrown.getMessage());
  }

  @Test
  void anOverrideHasThePlaceholdersOfItsLabel() {
    LabelOptions options = LabelOptions.defaults();
    IllegalArgumentException extra =
        assertThrows(
            IllegalArgumentException.class,
            () -> options.withLabel(Label.PROPOSAL, "Yrkande {1}"));
    assertEquals(
        "The text 'Yrkande {1}' of the label PROPOSAL, which has {1}, a placeholder the label is not"
            + " given, and lacks {0}; the label takes {0}, as in 'proposal {0}'",
        extra.getMessage());
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class, () -> options.withLabel(Label.PAGE, "Sida {0}"));
    assertEquals(
        "The text 'Sida {0}' of the label PAGE, which has {0}, a placeholder the label is not given;"
            + " the label takes none; write the text without a number in braces",
        none.getMessage());
    assertEquals(
        Optional.of("Yrkande {0}"),
        options.withLabel(Label.PROPOSAL, "Yrkande {0}").override(Label.PROPOSAL));
  }

  @Test
  void theShippedSetsAreInstalledWithoutFailures() {
    assertEquals(
        List.of("ar", "da", "de", "en", "fi", "nb", "sv"),
        LabelSets.installed().languages().stream().map(Language::tag).toList());
    assertEquals(List.of(), LabelSets.installed().failures());
  }

  @Test
  void overridesAreCheckedAndKeptInTheOptions() {
    LabelOptions options = LabelOptions.defaults().withLabel(Label.NOTE_TAKERS, "Sekreterare");

    assertEquals(Optional.of("Sekreterare"), options.override(Label.NOTE_TAKERS));
    assertEquals(Optional.empty(), options.override(Label.PAGE));
    assertEquals(Language.ENGLISH, options.fallback());
    assertEquals(Map.of(), LabelOptions.defaults().overrides());
    IllegalArgumentException blank =
        assertThrows(IllegalArgumentException.class, () -> options.withLabel(Label.PAGE, " "));
    assertEquals(
        "The text of the label PAGE is blank; give a text, or leave the label alone",
        blank.getMessage());
  }

  /**
   * An override of invisible characters only passed the check, as white space does not, and
   * printed an empty heading: a zero width space, a word joiner, a soft hyphen, a byte order mark
   * or directional marks show nothing. It is refused as a blank text is, with the character.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\u200B", "\u2060", "\u00AD", "\uFEFF", "\u200E\u200F", " \u200B\u00A0", "\u061C"})
  void anOverrideThatShowsNothingIsRefusedAsABlankOneIs(String invisible) {
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () -> LabelOptions.defaults().withLabel(Label.NOTE_TAKERS, invisible));
    assertThrows(
        IllegalArgumentException.class,
        () -> new LabelOptions(Language.ENGLISH, Map.of(Label.NOTE_TAKERS, invisible)));

    int first = invisible.startsWith(" ") ? 1 : 0;
    assertEquals(
        "The text of the label NOTE_TAKERS is blank: it shows nothing, as it holds only white space"
            + " and invisible characters ("
            + String.format("U+%04X", (int) invisible.charAt(first))
            + " at index "
            + first
            + "); give a text, or leave the label alone",
        thrown.getMessage());
  }

  @Test
  void aProvidedTextThatShowsNothingFailsTheSetAsABlankTextDoes() {
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () -> LabelSets.of(List.of(ProvidedSet.of("se", Map.of("NOTE_TAKERS", "\u200B\u2060")))));

    assertTrue(
        thrown.getMessage().endsWith(
            " give the key 'NOTE_TAKERS' a text that is blank: it shows nothing, as it holds only"
                + " white space and invisible characters (U+200B at index 0); give a text that"
                + " shows, or leave the key out"),
        thrown.getMessage());
  }

  @Test
  void anOverrideIsOneLineWithoutControlsOrBidirectionalOverrides() {
    // A label read from a file keeps its line end; a control or an override printed U+FFFD or
    // reversed the heading in the HTML, and the PDF refused a U+FFFD the caller never wrote.
    LabelOptions options = LabelOptions.defaults();
    IllegalArgumentException lineEnd =
        assertThrows(
            IllegalArgumentException.class,
            () -> options.withLabel(Label.NOTE_TAKERS, "Sekreterare\n"));
    assertEquals(
        "The text of the label NOTE_TAKERS has the line break U+000A at index 11; give one line"
            + " of plain text, or leave the label alone",
        lineEnd.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> options.withLabel(Label.PAGE, "a\u0007b"));
    assertThrows(
        IllegalArgumentException.class, () -> options.withLabel(Label.PAGE, "\u202Eabc"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new LabelOptions(Language.ENGLISH, Map.of(Label.PAGE, "a\rb")));
    // What words need stays: a Persian zero width non-joiner, a right-to-left mark.
    String persian = "صورت\u200cجلسه\u200f";
    assertEquals(
        Optional.of(persian),
        options.withLabel(Label.NOTE_TAKERS, persian).override(Label.NOTE_TAKERS));
  }
}
