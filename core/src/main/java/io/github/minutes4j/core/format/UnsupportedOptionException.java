package io.github.minutes4j.core.format;

import io.github.minutes4j.core.Minutes4jException;
import java.util.Objects;

/**
 * Thrown when an exporter is asked, through its {@link ExportOptions}, for something its format
 * cannot give, where doing without it would give the reader something else than asked for: for
 * example an {@linkplain ExportOptions#withExtract(java.util.List) extract} from the JSON exporter,
 * which writes the whole minutes as data (written anyway, the items the extract leaves out would
 * reach those it is meant for). Exporters throw it before they write anything.
 *
 * <p>A {@link Minutes4jException}, so that one {@code catch} handles it with minutes4j's other
 * failures. Exporters in other modules may throw it for their own formats.
 *
 * @since 0.3.0
 */
public final class UnsupportedOptionException extends Minutes4jException {

  private static final long serialVersionUID = 1L;

  /** @serial the id of the format that cannot give the option */
  private final String formatId;

  /** @serial the option, as {@link ExportOptions} names it */
  private final String option;

  /**
   * Creates the exception.
   *
   * @param formatId the id of the format, such as {@code json}; never null
   * @param option the option, as {@link ExportOptions} names it, such as {@code extract}; never
   *     null
   * @param message what the format cannot do, and how to get what was asked for instead; never
   *     null
   * @throws NullPointerException if an argument is null
   */
  public UnsupportedOptionException(String formatId, String option, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.formatId = Objects.requireNonNull(formatId, "formatId");
    this.option = Objects.requireNonNull(option, "option");
  }

  /**
   * The id of the format that cannot give the option.
   *
   * @return such as {@code json}; never null
   */
  public String formatId() {
    return formatId;
  }

  /**
   * The option the format cannot give, as {@link ExportOptions} names it.
   *
   * @return such as {@code extract}; never null
   */
  public String option() {
    return option;
  }
}
