package io.github.minutes4j.benchmarks;

import static io.github.minutes4j.core.Block.paragraph;
import static io.github.minutes4j.core.Block.subsection;
import static io.github.minutes4j.core.Inline.plain;
import static io.github.minutes4j.core.Inline.strong;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attendance;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.HeadCount;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.LinkKind;
import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Venue;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A large, valid set of minutes in the style of the reference documents: a two-day conference of
 * the same networks with hundreds of agenda items and a participant list of thousands. The text
 * is Swedish, composed from phrases of the kind the real minutes use, with presenters' names in
 * bold, GAP analyses ("Nuläge", "Börläge"), bulleted lists and link lines, some with addresses and
 * most placeholders.
 *
 * <p>Deterministic: the same sizes always give equal minutes (a {@link Random} with a fixed seed,
 * no clock), so every benchmark run measures the same document.
 */
public final class LargeMinutes {

  /** The agenda items of {@link #large()}. */
  public static final int AGENDA_ITEMS = 500;

  /** The participants of {@link #large()}. */
  public static final int PARTICIPANTS = 10_000;

  private static final long SEED = 20221202L;

  private static final String[] FIRST_NAMES = {
    "Anna", "Eva", "Maria", "Karin", "Sara", "Kristina", "Lena", "Emma", "Kerstin", "Ingrid",
    "Malin", "Linda", "Jenny", "Sofia", "Camilla", "Annika", "Helena", "Åsa", "Ulrika", "Elin",
    "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Jan", "Thomas",
    "Daniel", "Fredrik", "Hans", "Mattias", "Jonas", "Magnus", "Björn", "Stefan", "Göran",
    "Ulf", "Örjan", "Håkan", "Katrín", "Gunilla", "Märta", "Agneta", "Torbjörn", "Jörgen"
  };

  private static final String[] LAST_NAMES = {
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
    "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
    "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson",
    "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg",
    "Wallin", "Engström", "Eklund", "Danielsson", "Håkansson", "Lundin", "Björk", "Öhrn",
    "Stålhammar", "Holmgren", "Åberg", "Nygren", "Söderberg", "Hedlund"
  };

  private static final String[] REGIONS = {
    "Blekinge", "Dalarna", "Gotland", "Gävleborg", "Halland", "Jämtland Härjedalen",
    "Jönköping", "Kalmar", "Kronoberg", "Norrbotten", "Skåne", "Stockholm", "Sörmland",
    "Uppsala", "Värmland", "Västerbotten", "Västernorrland", "Västmanland",
    "Västra Götalandsregionen", "Örebro", "Östergötland"
  };

  private static final String[] ROLES = {
    "handläggare", "verksamhetschef", "regiondirektör", "hälso- och sjukvårdsdirektör",
    "utvecklingsledare", "förtroendevald", "ordförande i hälso- och sjukvårdsnämnden",
    "folkhälsostrateg", "specialist i Socialmedicin", "analytiker", "controller",
    "processledare", "chefsjurist", "nämndsekreterare", "samordnare"
  };

  private static final String[] ORGANISATIONS = {
    "SKR", "Sveriges Kommuner och Regioner", "Folkhälsomyndigheten", "Socialstyrelsen",
    "Vårdanalys", "Koncernkontoret", "Regionkansliet", "Centrum för verksamhetsstöd och utveckling",
    "Kommunförbundet", "Hälso- och sjukvårdsförvaltningen"
  };

  private static final String[] THEMES = {
    "Uppdrag och uppföljning", "Tillitsbaserad styrning", "Jämlik vård", "Jämlik hälsa",
    "Behovsanalys", "Medborgardialog", "Områdesprofiler", "Indikatorer för hälsa",
    "Öppna jämförelser", "Nära vård", "Politisk styrning", "Resursfördelning",
    "Ledarskap i en politiskt styrd organisation", "Samverkan mellan region och kommun",
    "Uppföljning av folkhälsan", "Digitala vårdtjänster", "Kompetensförsörjning",
    "Prioriteringar i hälso- och sjukvården"
  };

  /**
   * Headings: {@code %1$s} is the theme, {@code %2$s} the region ("Region Halland"), {@code %3$s}
   * the theme in lower case.
   */
  private static final String[] HEADING_FORMS = {
    "%1$s i %2$s", "%1$s – erfarenheter från %2$s", "Hur arbetar %2$s med %3$s?",
    "%1$s: lärdomar från %2$s", "Introduktion till %3$s i %2$s"
  };

  private static final String[] OPENINGS = {
    "Ett återkommande fokusområde i regionens budget är att detaljstyrning ska ersättas av"
        + " tillitsstyrning inom hälso- och sjukvård.",
    "Vi har tillgång till en mängd indikatorer som beskriver befolkningens hälsa men vi använder"
        + " dem inte systematiskt.",
    "Pandemin har inneburit en del påfrestningar i samarbetet mellan tjänstepersoner och"
        + " politik.",
    "SKR tar regelbundet fram öppna jämförelser för folkhälsa, och nu finns även ett verktyg för"
        + " analys av data på kommun- och regionnivå.",
    "Regionfullmäktige, beställarnämnder och medarbetare har genomfört"
        + " introduktionsutbildningar och workshoppar för att förstå teorin.",
    "I regionen pågår ett utvecklingsarbete med områdesprofiler som ska vara ett stöd för"
        + " primärvården i ett utökat områdesansvar.",
    "Mer dialog behövs såväl mellan politik och tjänstepersoner som mellan politik och"
        + " verksamhet.",
    "Det saknas krav inom vissa områden från politiken, och det blir mer dialog kring detaljer"
        + " och HUR-frågan."
  };

  private static final String[] PRESENTATIONS = {
    " berättar om arbetet i projektet och hur det kan bidra till en större grad av tillit,"
        + " och leder oss i en diskussion om möjligheter och utmaningar.",
    " guidade oss igenom olika moment inom det strategiska området och beskrev"
        + " ansvarsfördelning, dialoger om uppdraget, resursfördelning samt vanliga fallgropar.",
    " beskriver verktyget ”Vården i Siffror” som innehåller indikatorer och hur vi kan använda"
        + " dem i våra behovsanalyser.",
    " ger oss en beskrivning av tillgängliga folkhälsodata och verktyget som kan användas för"
        + " analys.",
    " beskriver hur de arbetat och leder oss i en reflektion om hur vi kan skapa"
        + " förutsättningar för tillit i systemet med fokus på uppdrag och uppföljning."
  };

  private static final String[] CURRENT_STATE = {
    "Samtalstonen har blivit tuffare, vilket också kan ha påverkats av ökad och tydligare"
        + " nationell styrning.",
    "Det som saknats är de fysiska mötena, som ersatts av digitala och som blir mer formella.",
    "Underlag som lämnar tjänstepersonen förändras ganska mycket när de kommer i politikens"
        + " händer, men tjänstepersonens namn står kvar.",
    "Uppföljningen sker i dag främst genom ekonomiska mått och volymer, sällan genom"
        + " patienternas upplevelse.",
    "Flera nya politiska partier och ledamöter har ännu inte riktigt erfarenhet av"
        + " regionpolitik."
  };

  private static final String[] DESIRED_STATE = {
    "Det finns intressanta dialogverktyg som utvecklats och som skulle kunna spridas till fler"
        + " regioner.",
    "Det behövs mer kunskap i verksamheten kring politikens uppdrag och roll.",
    "Vi behöver bättre strukturer kring roller mellan handläggare och politik beträffande"
        + " underlag.",
    "Uppdragen formuleras tillsammans med verksamheten, och uppföljningen utgår från"
        + " befolkningens behov.",
    "Kanske är det dags att politiken själv föredrar dessa dokument i styrelse och nämnder?"
  };

  private static final String[] LIST_ITEMS = {
    "Tydligare uppdrag med färre detaljerade mål",
    "Gemensamma mötesplatser för förtroendevalda och tjänstepersoner",
    "Uppföljning som bygger på dialog och inte bara på mått",
    "Bättre stöd för behovsanalys på kommun- och regionnivå",
    "Spridning av goda exempel mellan regionerna",
    "Återkoppling till verksamheten om hur underlagen används"
  };

  private static final String[] QUESTIONS = {
    "Hur kan vi skapa förutsättningar för tillit i ett mer sammanhållet hälso- och"
        + " sjukvårdssystem?",
    "Vad behöver vi göra annorlunda för att uppföljningen ska leda till jämlik vård?",
    "Vilka indikatorer säger mest om befolkningens hälsa i just vår region?"
  };

  private LargeMinutes() {}

  /**
   * The large document of the benchmarks: {@value #AGENDA_ITEMS} agenda items and {@value
   * #PARTICIPANTS} participants.
   *
   * @return the minutes
   */
  public static Minutes large() {
    return generate(AGENDA_ITEMS, PARTICIPANTS);
  }

  /**
   * Generates minutes of a given size. Every call with the same sizes gives equal minutes.
   *
   * @param agendaItems the number of agenda items
   * @param participants the number of rows of the participant list
   * @return valid minutes
   */
  public static Minutes generate(int agendaItems, int participants) {
    return generate(agendaItems, participants, SEED);
  }

  /**
   * Generates minutes of a given size with other names and text for each seed. Every call with
   * the same arguments gives equal minutes.
   *
   * @param agendaItems the number of agenda items
   * @param participants the number of rows of the participant list
   * @param seed chooses the phrases, names and regions
   * @return valid minutes
   */
  public static Minutes generate(int agendaItems, int participants, long seed) {
    Random random = new Random(seed);
    Minutes.Builder builder =
        Minutes.builder(
                Language.SWEDISH,
                ReferenceMinutes.organiser(),
                DocumentKind.MEETING_NOTES,
                "Nätverkens årskonferens: uppdrag, uppföljning och jämlik hälsa",
                LocalDate.of(2022, 12, 20))
            .addSessions(
                Session.on(LocalDate.of(2022, 12, 1), LocalTime.of(9, 30), LocalTime.of(17, 0))
                    .venue(Venue.of("SKR's lokaler", "Hornsgatan 20", "Stockholm"))
                    .online(true)
                    .attendance(Attendance.of(HeadCount.about(400), HeadCount.exactly(612)))
                    .build(),
                Session.on(LocalDate.of(2022, 12, 2), LocalTime.of(8, 30), LocalTime.of(15, 30))
                    .online(true)
                    .build())
            .addNoteTakers(
                Person.named("Ralph Harlid").withRole("Koordinator"),
                Person.named("Staffan Carlsson").withRole("Koordinator"));
    for (int i = 0; i < agendaItems; i++) {
      builder.addAgendaItem(agendaItem(i, random));
    }
    List<Participant> rows = new ArrayList<>(participants);
    for (int i = 0; i < participants; i++) {
      rows.add(participant(i, random));
    }
    return builder.participants(ParticipantList.headed("Deltagarförteckning 1–2/12", rows)).build();
  }

  private static AgendaItem agendaItem(int index, Random random) {
    String theme = pick(THEMES, random);
    String heading =
        (index + 1)
            + ". "
            + String.format(
                Locale.ROOT,
                pick(HEADING_FORMS, random),
                theme,
                region(pick(REGIONS, random)),
                theme.toLowerCase(Locale.ROOT));
    AgendaItem.Builder item = AgendaItem.withHeading(heading);

    int presenterCount = index % 10 == 0 ? 0 : 1 + random.nextInt(2);
    List<Person> presenters = new ArrayList<>();
    for (int p = 0; p < presenterCount; p++) {
      Person person =
          Person.named(name(random))
              .withRole(pick(ROLES, random))
              .withOrganisation(
                  random.nextBoolean() ? pick(ORGANISATIONS, random) : region(pick(REGIONS, random)));
      presenters.add(person);
    }
    if (presenterCount == 0) {
      presenters.add(Person.byRole("Ordförande").withOrganisation("Nätverket Uppdrag Hälsa"));
    }
    item.addPresenters(presenters);

    List<Block> content = new ArrayList<>();
    List<Inline> spans = new ArrayList<>();
    spans.add(plain(pick(OPENINGS, random) + " "));
    for (int p = 0; p < presenters.size(); p++) {
      Person person = presenters.get(p);
      if (person.name().isPresent()) {
        if (p > 0) {
          spans.add(plain(" Tillsammans med "));
        }
        spans.add(strong(person.name().get()));
        spans.add(plain(", " + person.role().orElse("") + pick(PRESENTATIONS, random)));
      }
    }
    content.add(paragraph(spans.toArray(new Inline[0])));
    if (index % 5 == 2) {
      content.add(
          subsection(
              "Nuläge",
              paragraph(pick(CURRENT_STATE, random)),
              paragraph(pick(CURRENT_STATE, random))));
      content.add(
          subsection(
              "Börläge",
              paragraph(pick(DESIRED_STATE, random)),
              paragraph(pick(DESIRED_STATE, random))));
      content.add(paragraph(pick(QUESTIONS, random)));
    }
    if (index % 7 == 3) {
      content.add(
          Block.bulleted(
              paragraph(pick(LIST_ITEMS, random)),
              paragraph(pick(LIST_ITEMS, random)),
              paragraph(pick(LIST_ITEMS, random))));
    }
    if (index % 4 == 1) {
      content.add(
          paragraph(
              plain("Läs mer i rapporten "),
              Inline.link(
                  "Öppna jämförelser " + theme.toLowerCase(Locale.ROOT),
                  LinkTarget.of("https://skr.se/rapporter/" + slug(theme) + "-" + (index + 1))),
              plain(".")));
    }
    item.addBlocks(content);

    if (index % 3 == 0) {
      item.addLink(
          LinkKind.SLIDES,
          "Länk till bilder",
          LinkTarget.of("https://natverken.example.se/bilder/" + (index + 1) + ".pdf"));
    } else {
      item.addLink(LinkKind.SLIDES, "Länk till bilder", LinkTarget.placeholder());
    }
    item.addLink(LinkKind.VIDEO, "Länk till film", LinkTarget.placeholder());
    return item.build();
  }

  private static Participant participant(int index, Random random) {
    String name = name(random);
    int kind = random.nextInt(20);
    Affiliation affiliation;
    if (kind < 9) {
      affiliation = Affiliation.member("NUH");
    } else if (kind < 18) {
      affiliation = Affiliation.member("NHD");
    } else if (kind < 19) {
      affiliation = Affiliation.Role.GUEST;
    } else {
      affiliation = Affiliation.Role.COORDINATOR;
    }
    Participant participant =
        affiliation == Affiliation.Role.COORDINATOR
            ? Participant.of(name, affiliation)
            : Participant.of(
                name,
                affiliation,
                affiliation == Affiliation.Role.GUEST
                    ? pick(ORGANISATIONS, random)
                    : pick(REGIONS, random));
    if (index % 50 == 0) {
      return participant.withLink(
          LinkTarget.of("mailto:deltagare" + (index + 1) + "@natverken.example.se"));
    }
    if (index % 3 == 0) {
      return participant.withLink(LinkTarget.placeholder());
    }
    return participant;
  }

  private static String name(Random random) {
    String first = pick(FIRST_NAMES, random);
    if (random.nextInt(8) == 0) {
      first = first + " " + pick(FIRST_NAMES, random);
    }
    String last = pick(LAST_NAMES, random);
    if (random.nextInt(10) == 0) {
      last = pick(LAST_NAMES, random) + " " + last;
    }
    return first + " " + last;
  }

  private static String pick(String[] choices, Random random) {
    return choices[random.nextInt(choices.length)];
  }

  /** "Region Halland", but "Västra Götalandsregionen" as it is. */
  private static String region(String name) {
    return name.endsWith("regionen") ? name : "Region " + name;
  }

  private static String slug(String text) {
    String ascii =
        Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
