package io.github.minutes4j.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.Attendance;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.HeadCount;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.LinkKind;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Venue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LabelsTest {

  private static final Labels SV = Labels.of(Language.SWEDISH);
  private static final Labels EN = Labels.of(Language.ENGLISH);
  private static final Session HYBRID =
      Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0))
          .venue(Venue.of("SKR's lokaler", "Hornsgatan 20", "Stockholm"))
          .online(true)
          .attendance(Attendance.of(HeadCount.about(10), HeadCount.exactly(13)))
          .build();

  @Test
  void swedishFollowsSwedishTypography() {
    assertEquals("2 juni 2022", SV.date(LocalDate.of(2022, 6, 2)));
    assertEquals("2 juni 2022 kl. 10.00–15.00", SV.when(HYBRID));
    assertEquals(
        Optional.of("SKR's lokaler, Hornsgatan 20, Stockholm, och digitalt"), SV.where(HYBRID));
    assertEquals(
        Optional.of("Ca 10 personer deltog på plats och 13 personer på distans."),
        SV.attendance(HYBRID.attendance()));
    assertEquals("Minnesanteckningar", SV.documentKind(DocumentKind.MEETING_NOTES));
    assertEquals("Länk till bilder", SV.linkKind(LinkKind.SLIDES));
    assertEquals("Gäst", SV.affiliation(Affiliation.Role.GUEST));
    assertEquals("NUH", SV.affiliation(Affiliation.member("NUH")));
  }

  @Test
  void englishFollowsEnglishConventions() {
    assertEquals("2 June 2022, 10:00–15:00", EN.when(HYBRID));
    assertEquals(
        Optional.of("About 10 people attended on site and 13 people remotely."),
        EN.attendance(HYBRID.attendance()));
    assertEquals("Time and place", EN.text(Label.TIME_AND_PLACE));
  }

  @Test
  void partialAttendanceAndSingularCounts() {
    Attendance onlyRemote = Attendance.remote(HeadCount.exactly(1));
    Attendance onlyOnSite = Attendance.onSite(HeadCount.about(25));

    assertEquals(Optional.of("1 person deltog på distans."), SV.attendance(onlyRemote));
    assertEquals(Optional.of("Ca 25 personer deltog på plats."), SV.attendance(onlyOnSite));
    assertEquals(Optional.empty(), SV.attendance(Attendance.NOT_RECORDED));
    assertEquals("ca 1 person", SV.count(HeadCount.about(1)));
  }

  @Test
  void aParticipantListWithoutAHeadingIsHeadedByTheLanguagesLabel() {
    ParticipantList unheaded = ParticipantList.of(List.of());
    ParticipantList headed = ParticipantList.headed("Deltagarförteckning 28/4", List.of());

    assertEquals("Deltagarförteckning", SV.participantsHeading(unheaded));
    assertEquals("List of participants", EN.participantsHeading(unheaded));
    assertEquals("Deltagarförteckning 28/4", SV.participantsHeading(headed));
    assertEquals("Deltagarförteckning 28/4", EN.participantsHeading(headed));
  }

  @Test
  void sessionWithoutVenueOrRemoteParticipationHasNoPlace() {
    Session session =
        Session.on(LocalDate.of(2021, 12, 9), LocalTime.of(13, 0), LocalTime.of(15, 0)).build();

    assertEquals(Optional.empty(), SV.where(session));
    assertEquals("9 december 2021 kl. 13.00–15.00", SV.when(session));
    assertEquals(
        Optional.of("Online"),
        EN.where(
            Session.on(LocalDate.of(2021, 12, 9), LocalTime.of(13, 0), LocalTime.of(15, 0))
                .online(true)
                .build()));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyLabelExistsInEveryLanguage(Language language) {
    Labels labels = Labels.of(language);
    for (Label label : Label.values()) {
      labels.text(label);
    }
    for (LinkKind kind : LinkKind.values()) {
      labels.linkKind(kind);
    }
    for (DocumentKind kind : DocumentKind.values()) {
      labels.documentKind(kind);
    }
    for (Affiliation.Role role : Affiliation.Role.values()) {
      labels.affiliation(role);
    }
  }

  @Test
  void bundlesHaveTheSameKeys() throws IOException {
    assertEquals(keysOf("sv").stringPropertyNames(), keysOf("en").stringPropertyNames());
  }

  private static Properties keysOf(String tag) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream("labels_" + tag + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
