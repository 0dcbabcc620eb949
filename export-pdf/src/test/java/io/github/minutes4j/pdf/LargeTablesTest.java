package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;

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

  /**
   * The engine marks every bordered cell as an artifact with a property list of its own (most of
   * them around nothing); a page shares one list per kind of artifact instead, and its content is
   * still marked as artifacts with them.
   */
  @Test
  void everyPageSharesOneArtifactListPerKind() throws Exception {
    byte[] pdf = Pdfs.render(SampleMinutes.manyParticipants(150));
    Pattern artifact = Pattern.compile("/Artifact\\s*/(\\w+)\\s*BDC");
    try (var document = Pdfs.load(pdf)) {
      assertTrue(document.getNumberOfPages() > 3, "several pages of participants");
      for (PDPage page : document.getPages()) {
        COSDictionary properties =
            page.getCOSObject()
                .getCOSDictionary(COSName.RESOURCES)
                .getCOSDictionary(COSName.PROPERTIES);
        Set<String> lists = new TreeSet<>();
        for (COSName name : properties.keySet()) {
          COSDictionary list = properties.getCOSDictionary(name);
          lists.add(name.getName() + "=" + list.getCOSName(COSName.TYPE).getName());
          assertEquals(1, list.size(), name + ": a type and nothing else");
        }
        assertEquals(Set.of("Layout=Layout", "Pagination=Pagination"), lists);

        String content = new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
        Set<String> marked = new TreeSet<>();
        Matcher matcher = artifact.matcher(content);
        while (matcher.find()) {
          marked.add(matcher.group(1));
        }
        assertEquals(Set.of("Layout", "Pagination"), marked, "artifacts marked with the lists");
      }
    }
  }

  /**
   * Nothing of the print edition's passes keeps the page once it is printed: jsoup's structural
   * selectors ({@code table > tbody}) memoise their matches in a thread-local map that outlives the
   * query, which kept a large page reachable from the thread through the render and after it.
   */
  @Test
  void thePassesKeepNoPageAlive() throws Exception {
    WeakReference<Document> page = new WeakReference<>(page(150));
    for (int i = 0; i < 20 && page.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertTrue(page.get() == null, "the page is garbage once the caller lets it go");
  }
}
