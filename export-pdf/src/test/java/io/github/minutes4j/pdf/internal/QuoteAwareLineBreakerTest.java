package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteAwareLineBreakerTest {

  private static List<String> pieces(String text) {
    QuoteAwareLineBreaker breaker = new QuoteAwareLineBreaker();
    breaker.setText(text);
    List<String> pieces = new ArrayList<>();
    int start = 0;
    for (int end = breaker.next(); end != BreakIterator.DONE; end = breaker.next()) {
      pieces.add(text.substring(start, end));
      start = end;
    }
    return pieces;
  }

  @Test
  void aReferenceIsOnePiece() {
    assertEquals(
        List.of("se ", "(2017/18:249) ", "och ", "(2018/19:SoU12)"),
        pieces("se (2017/18:249) och (2018/19:SoU12)"));
  }

  @Test
  void aColonOrSlashBeforeASpaceStillBreaks() {
    assertEquals(List.of("Beslut: ", "2017/ ", "18"), pieces("Beslut: 2017/ 18"));
  }

  @Test
  void aQuotationStaysWithItsWord() {
    assertEquals(List.of("verktyget ", "”Vården ", "i ", "Siffror”"), pieces("verktyget ”Vården i Siffror”"));
  }
}
