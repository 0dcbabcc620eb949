package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.spi.FormatRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Uses minutes4j the way an application does that imported only the BOM. */
class ConsumerTest {

  private final Minutes minutes =
      Minutes.builder(
              Language.SWEDISH,
              Organiser.of("Nätverken"),
              DocumentKind.MEETING_NOTES,
              "Ett möte",
              LocalDate.of(2022, 6, 11))
          .addSession(
              Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0))
                  .build())
          .addAgendaItem(
              AgendaItem.withHeading("Introduktion")
                  .addBlock(Block.paragraph("Alla hälsades välkomna."))
                  .build())
          .build();

  @Test
  void exportsHtmlFoundByTheRegistry() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FormatRegistry.exporters().byFileName("minutes.html").export(minutes, out);

    String html = out.toString(StandardCharsets.UTF_8);
    assertTrue(html.contains("2 juni 2022 kl. 10.00–15.00"), html);
  }

  @Test
  void roundTripsThroughJson() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FormatRegistry.exporters().byId("json").export(minutes, out);

    Minutes read =
        FormatRegistry.readers()
            .byMediaType("application/json")
            .read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(minutes, read);
  }
}
