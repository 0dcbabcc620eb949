package io.github.minutes4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quick check of {@link LinkAddressValidator}: it accepts the plainest http, https and mailto
 * addresses without parsing them, and never an address that the full rules, which parse it with
 * {@link java.net.URI}, refuse.
 */
class LinkAddressValidatorTest {

  @Test
  void plainAddressesAreAcceptedAndValidByTheFullRules() {
    for (String address :
        List.of(
            "https://skr.se/rapporter/jamlik-vard-2",
            "http://natverken.example.se/bilder/12.pdf",
            "https://a.b",
            "https://x1-y.example.org/a/b;c=d/e:f@g&h=i+j$k,l/~m_n.o!p*'(q)",
            "https://www.example.org//double",
            "https://www.1177.se/",
            "mailto:deltagare1@natverken.example.se",
            "mailto:name@example.org?subject=Protokoll",
            "mailto:@")) {
      assertTrue(LinkAddressValidator.isPlainAddress(address), address);
      assertNull(LinkAddressValidator.fullProblemOf(address), address);
    }
  }

  @Test
  void addressesNearThePlainFormTakeTheFullCheck() {
    for (String address :
        List.of(
            "https://",
            "https:///path",
            "https://example.123/",
            "https://123.example.org/",
            "https://10.0.0.1/",
            "https://-a.org/",
            "https://a-.org/",
            "https://a..org/",
            "https://a.org./",
            "https://a.org.",
            "https://a.org:8080/",
            "https://a.org?x=1",
            "https://a.org/x?y",
            "https://a.org/x#y",
            "https://a.org/%41",
            "https://user@a.org/",
            "https://a.org/ x",
            "https://a.org/\u00E5",
            "https://r\u00E4ksm\u00F6rg\u00E5s.se/",
            "HTTPS://a.org/",
            "ftp://a.org/",
            "mailto:",
            "mailto:/a@b",
            "mailto:abc",
            "mailto:a@b#c",
            "mailto:a@b%40",
            "mailto:a@b c",
            "https://a.org/" + "x".repeat(5000))) {
      assertFalse(LinkAddressValidator.isPlainAddress(address), address);
    }
  }

  /** Random addresses from the characters that matter: whatever the quick check accepts is valid. */
  @Test
  void whatTheQuickCheckAcceptsTheFullRulesAccept() {
    String[] prefixes = {"https://", "http://", "mailto:", "https:", "http:/", "mailto:/"};
    String alphabet = "aZ09-._~!*'():@&=+$,;/?#%[] \u00E5";
    Random random = new Random(20261207L);
    int accepted = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder address = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
      for (int length = random.nextInt(14); length > 0; length--) {
        address.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String value = address.toString();
      if (LinkAddressValidator.isPlainAddress(value)) {
        accepted++;
        assertNull(LinkAddressValidator.fullProblemOf(value), value);
      }
    }
    assertTrue(accepted > 1_000, "accepted " + accepted);
  }
}
