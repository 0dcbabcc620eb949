package io.github.minutes4j.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ViolationTest {

  @Test
  void ordersPathsAsTheDocumentReads() {
    List<String> inOrder =
        List.of(
            "",
            "agenda[2]",
            "agenda[2].heading",
            "agenda[2].presenters[9].name",
            "agenda[2].presenters[10].name",
            "agenda[10]",
            "agenda[10].content[0]",
            "agenda[100]",
            "agenda[18446744073709551616]",
            "date",
            "participants.entries[3].name",
            "title");
    List<Violation> shuffled = new ArrayList<>();
    for (String path : inOrder) {
      shuffled.add(new Violation(path, "m"));
    }
    Collections.reverse(shuffled);
    Collections.swap(shuffled, 1, 7);

    Collections.sort(shuffled);

    assertEquals(inOrder, shuffled.stream().map(Violation::path).collect(Collectors.toList()));
  }

  @Test
  void equalPathsOrderByMessageAndLeadingZerosDoNotMakeTwoPathsEqual() {
    assertEquals(-1, Integer.signum(new Violation("a[1]", "a").compareTo(new Violation("a[1]", "b"))));
    assertEquals(-1, Integer.signum(new Violation("a[1]", "m").compareTo(new Violation("a[01]", "m"))));
    assertEquals(0, new Violation("a[7].b", "m").compareTo(new Violation("a[7].b", "m")));
  }
}
