package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.pdf.internal.FontSet;
import io.github.minutes4j.pdf.internal.MinutesPdf;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A long participant list is printed in row groups of 64, so that the PDF engine's work per row
 * does not grow with the length of the list; the rows stay in one table, in order, none lost.
 */
class LargeTablesTest {

  private static Document page(int participants) throws Exception {
    return new MinutesPdf(FontSet.shipped())
        .page(SampleMinutes.manyParticipants(participants), ExportOptions.defaults());
  }

  private static List<Integer> groupSizes(Document page) {
    List<Integer> sizes = new ArrayList<>();
    for (Element body : page.select("table > tbody")) {
      sizes.add(body.select("> tr").size());
    }
    return sizes;
  }

  @Test
  void aLongListIsSplitIntoGroupsOf64InOrder() throws Exception {
    Document page = page(150);

    assertEquals(1, page.select("table").size(), "one table");
    assertEquals(List.of(64, 64, 22), groupSizes(page));
    List<String> names = new ArrayList<>();
    for (Element row : page.select("table > tbody > tr")) {
      names.add(row.child(0).text());
    }
    assertEquals(150, names.size());
    for (int i = 0; i < names.size(); i++) {
      assertEquals(String.format("Deltagare %03d Åström", i + 1), names.get(i));
    }
    assertEquals(1, page.select("table > thead").size(), "one header, repeated on each page");
  }

  @Test
  void aListThatFitsOneGroupStaysOneGroup() throws Exception {
    assertEquals(List.of(64), groupSizes(page(64)));
    assertEquals(List.of(64, 1), groupSizes(page(65)));
  }

  @Test
  void everyRowOfALongListIsPrinted() throws Exception {
    byte[] pdf = Pdfs.render(SampleMinutes.manyParticipants(150));
    try (var document = Pdfs.load(pdf)) {
      String text = Pdfs.body(document);
      for (int i = 1; i <= 150; i++) {
        String name = String.format("Deltagare %03d Åström", i);
        assertTrue(text.contains(name), name + " is printed");
      }
    }
  }
}
