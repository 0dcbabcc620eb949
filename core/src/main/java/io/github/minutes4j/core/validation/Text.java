package io.github.minutes4j.core.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.minutes4j.core.internal.TextValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string is text a person wrote: not blank (unless {@link #allowBlank()}), that is
 * with at least one character that shows, not only white space (no-break spaces included) and
 * invisible characters (zero width space U+200B, word joiner U+2060, soft hyphen U+00AD, U+FEFF
 * and the other format characters, variation selectors, Hangul fillers), which would print as an
 * empty heading or name; at most {@link #max()} characters, well
 * formed UTF-16, and free of control characters, of the invisible bidirectional embedding,
 * override and isolate characters (U+202A to U+202E, U+2066 to U+2069) that can make text read
 * differently from how it is stored, of the line and paragraph separators (U+2028, U+2029), of the
 * 66 Unicode noncharacters (U+FDD0 to U+FDEF and the last two code points of every plane, such as
 * U+FFFE and U+10FFFF), and of Private Use Area characters (U+E000 to U+F8FF, planes 15 and 16),
 * which have no agreed meaning and no glyph in the PDF's fonts.
 *
 * <p>Bidirectional controls: the embeddings and overrides (U+202A to U+202E) and the isolates
 * (U+2066 to U+2069) are refused, because they reorder whole runs of text: an override prints
 * "gpj.exe" as "exe.jpg", a right-to-left isolate around two Latin words swaps them, and an
 * isolate left open runs to the end of the paragraph. Writers do not need them: the exporters
 * isolate every name themselves (HTML {@code bdi}, and the same rule in the PDF) and give each
 * paragraph the direction of the minutes' language, or the other one where all its letters run
 * that way. The marks U+200E (left-to-right mark), U+200F (right-to-left mark) and
 * U+061C (Arabic letter mark) are allowed: each acts as one invisible strong letter of its
 * direction, which can move neutral characters (punctuation, digits, spaces) to the side of the
 * text they belong to, as in "(محمد)" followed by U+200F, but cannot reverse a run of letters.
 * Link addresses refuse the marks too ({@link LinkAddress}), since an address is read character
 * by character.
 *
 * <p>Every problem is reported with a message that says what was found and where in the string.
 *
 * @since 0.1.0
 */
@Documented
@SuppressWarnings("exports") // The validator class is internal; the engine finds it.
@Constraint(validatedBy = TextValidator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Text {

  /** The longest text of a name, heading or label, in UTF-16 code units. */
  int SHORT = 1_000;

  /** The longest text of one inline span of running text, in UTF-16 code units. */
  int LONG = 100_000;

  /**
   * The longest allowed text, in UTF-16 code units.
   *
   * @return the limit
   */
  int max() default SHORT;

  /**
   * Whether blank text (white space and invisible characters only) is allowed, as between two
   * strong spans. Empty text is never allowed.
   *
   * @return true to allow blank text
   */
  boolean allowBlank() default false;

  /**
   * The message when no more precise one applies.
   *
   * @return the message template
   */
  String message() default "must be text without control characters";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
