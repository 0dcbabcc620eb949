package io.github.minutes4j.core;

import java.text.Normalizer;

/**
 * A network's code in one form. A code names a network, and participants refer to it by the same
 * code: "ÅL" typed as one letter Å (U+00C5) and "ÅL" typed as A and a combining ring (U+030A), as a
 * Mac or a form may send it, are the same text to a reader and must be the same code. Codes are
 * kept composed (Unicode NFC), which is how the rule for a code (letters, digits and hyphens)
 * sees them.
 */
final class NetworkCodes {

  private NetworkCodes() {}

  /**
   * The code composed (NFC); the same string when it already is.
   *
   * @param code the code as given
   * @return the code in NFC
   */
  static String composed(String code) {
    return Normalizer.isNormalized(code, Normalizer.Form.NFC)
        ? code
        : Normalizer.normalize(code, Normalizer.Form.NFC);
  }
}
