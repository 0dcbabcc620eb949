package io.github.minutes4j.core.internal;

import io.github.minutes4j.core.validation.LinkAddress;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Checks {@link LinkAddress}: absolute http, https or mailto addresses only, without white space,
 * control characters or invisible characters that would make the address read differently from
 * where it leads.
 */
public final class LinkAddressValidator implements ConstraintValidator<LinkAddress, String> {

  /**
   * The characters other than letters and digits that {@link URI} reads as they are in a path and
   * in an opaque part: RFC 2396's marks {@code -_.!~*'()}, {@code :@&=+$,} and {@code ;/}.
   */
  private static final String PATH_MARKS = "-_.!~*'():@&=+$,;/";

  /** Creates a validator. */
  public LinkAddressValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String problem = problemOf(value);
    if (problem == null) {
      return true;
    }
    Messages.replace(context, problem);
    return false;
  }

  /**
   * Says what is wrong with an address, or returns null when nothing is.
   *
   * @param value the address
   * @return the problem, or null
   */
  static String problemOf(String value) {
    return isPlainAddress(value) ? null : fullProblemOf(value);
  }

  /**
   * What is wrong with an address, found by every rule in turn ({@link URI} parses it), without
   * the quick check of {@link #isPlainAddress}; null when nothing is.
   *
   * @param value the address
   * @return the problem, or null
   */
  static String fullProblemOf(String value) {
    if (value.isEmpty()) {
      return "must not be empty; use a placeholder target for a link whose address is not known";
    }
    if (value.length() > LinkAddress.MAX_LENGTH) {
      return "is "
          + value.length()
          + " characters long; shorten it to at most "
          + LinkAddress.MAX_LENGTH;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || Character.isWhitespace(c) || Character.isISOControl(c)) {
        return Messages.contains("white space or the control character", c, i)
            + "; percent-encode it (%20 for a space) or remove it";
      }
    }
    String invisible = invisibleCharacterIn(value);
    if (invisible != null) {
      return invisible;
    }
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      return syntaxProblem(value, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    switch (scheme) {
      case "http":
      case "https":
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
          return "must name a host, as in https://example.org/slides.pdf";
        }
        return null;
      case "mailto":
        if (uri.getSchemeSpecificPart() == null || !uri.getSchemeSpecificPart().contains("@")) {
          return "must be a mail address, as in mailto:name@example.org";
        }
        return null;
      case "":
        return "must be absolute, starting with https://, http:// or mailto:";
      default:
        return "uses the scheme '"
            + scheme
            + ":', which is not allowed; use https://, http:// or mailto:";
    }
  }

  /**
   * A quick check for the common case, which decides nothing else: whether an address is certainly
   * valid because it has the plainest form of each allowed scheme, in ASCII characters that need no
   * escape. That is {@code https://} or {@code http://}, then a host name of dot-separated labels
   * of letters, digits and hyphens (each starting and ending with a letter or digit, the first and
   * the last starting with a letter, so that it is neither an IPv4 address nor a registry name),
   * then nothing or a path ({@code /} and the characters a path may hold as they are); or {@code
   * mailto:}, then such characters or {@code ?}, not starting with {@code /}, with an {@code @}.
   * {@link URI} parses each such address into the same scheme, host or scheme-specific part that
   * the full check asks for, so the answer is the same without parsing. Any other address (a port,
   * a query, a fragment, an escape, upper case in the scheme, other characters) takes the full
   * check.
   *
   * @param value the address
   * @return true if the address is certainly valid
   */
  static boolean isPlainAddress(String value) {
    if (value.length() > LinkAddress.MAX_LENGTH) {
      return false;
    }
    if (value.startsWith("https://")) {
      return isPlainHostAndPath(value, "https://".length());
    }
    if (value.startsWith("http://")) {
      return isPlainHostAndPath(value, "http://".length());
    }
    if (value.startsWith("mailto:")) {
      return isPlainMailAddress(value, "mailto:".length());
    }
    return false;
  }

  /** The host name and path of {@link #isPlainAddress}, from {@code start} to the end. */
  private static boolean isPlainHostAndPath(String value, int start) {
    int length = value.length();
    if (start >= length || !isAsciiLetter(value.charAt(start))) {
      return false;
    }
    int i = start;
    int label;
    while (true) {
      label = i;
      while (i < length && (isAsciiLetterOrDigit(value.charAt(i)) || value.charAt(i) == '-')) {
        i++;
      }
      if (i == label || value.charAt(label) == '-' || value.charAt(i - 1) == '-') {
        return false; // an empty label (as after a final dot), or one that starts or ends with -
      }
      if (i < length && value.charAt(i) == '.') {
        i++;
      } else {
        break;
      }
    }
    if (!isAsciiLetter(value.charAt(label)) || (i < length && value.charAt(i) != '/')) {
      return false; // the last label is not a top label, or a port or other follows the host
    }
    for (; i < length; i++) {
      if (!isPathCharacter(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The part after {@code mailto:} of {@link #isPlainAddress}, from {@code start} to the end. */
  private static boolean isPlainMailAddress(String value, int start) {
    int length = value.length();
    if (start >= length || value.charAt(start) == '/') {
      return false;
    }
    boolean at = false;
    for (int i = start; i < length; i++) {
      char c = value.charAt(i);
      if (!isPathCharacter(c) && c != '?') {
        return false;
      }
      at |= c == '@';
    }
    return at;
  }

  private static boolean isPathCharacter(char c) {
    return isAsciiLetterOrDigit(c) || PATH_MARKS.indexOf(c) >= 0;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  /**
   * What is wrong with an address {@link URI} cannot parse, with the fix when it is a character:
   * one that must be percent-encoded (such as {@code <} or {@code |} pasted with the address), or
   * a {@code %} that does not start an escape.
   */
  private static String syntaxProblem(String value, URISyntaxException e) {
    int index = e.getIndex();
    if (index < 0 || index >= value.length()) {
      return "is not a valid address (" + e.getReason() + ")";
    }
    int c = value.codePointAt(index);
    String character = "'" + Character.toString(c) + "' (" + Messages.codePoint(c) + ") at index "
        + index;
    if (c == '%') {
      return "has " + character + " that is not followed by two hexadecimal digits; write %25 for"
          + " a percent sign, or correct the escape";
    } else if (e.getReason().startsWith("Illegal character in")) {
      byte[] bytes = Character.toString(c).getBytes(StandardCharsets.UTF_8);
      StringBuilder encoded = new StringBuilder();
      for (byte b : bytes) {
        encoded.append(String.format(Locale.ROOT, "%%%02X", b & 0xFF));
      }
      return "has the character " + character + ", which an address cannot hold there ("
          + e.getReason().substring("Illegal character in ".length()) + "); percent-encode it"
          + " as " + encoded + ", or remove it if it was copied with the address";
    }
    return "is not a valid address (" + e.getReason() + " at index " + index + ")";
  }

  /**
   * Finds the first character an address must not have beyond white space and controls: a
   * bidirectional control (which can make "gpj.exe" print as "exe.jpg"), another invisible
   * formatting character (zero-width space, soft hyphen, byte order mark, ...), an unpaired
   * surrogate, a noncharacter or a private-use character. {@link URI} accepts them all as
   * "other" characters, and a reader cannot see them.
   *
   * @param value the address
   * @return the problem, or null
   */
  private static String invisibleCharacterIn(String value) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      String name;
      if (Characters.isBidiControl(c)) {
        name = "the invisible bidirectional control character";
      } else if (Character.getType(c) == Character.FORMAT) {
        name = "the invisible formatting character";
      } else if (Character.getType(c) == Character.SURROGATE) {
        name = "the unpaired surrogate";
      } else if (Characters.isNoncharacter(c)) {
        name = "the noncharacter";
      } else if (Characters.isPrivateUse(c)) {
        name = "the private-use character";
      } else {
        i += Character.charCount(c);
        continue;
      }
      return Messages.contains(name, c, i)
          + ", which can make the address read differently from where it leads; remove it or"
          + " percent-encode it";
    }
    return null;
  }
}
