package io.github.minutes4j.spring.autoconfigure;

/**
 * A request body larger than {@code minutes4j.max-request-size}; answered with 413 Content Too
 * Large by {@link MinutesProblemDetails}.
 *
 * @since 0.2.0
 */
public final class MinutesTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The largest body accepted, in bytes. */
  private final long maxBytes;

  /**
   * Creates the exception.
   *
   * @param maxBytes the largest body accepted, in bytes
   */
  public MinutesTooLargeException(long maxBytes) {
    super(
        "The request body is larger than "
            + maxBytes
            + " bytes; send smaller minutes or raise minutes4j.max-request-size");
    this.maxBytes = maxBytes;
  }

  /**
   * The largest body accepted.
   *
   * @return the limit in bytes
   */
  public long maxBytes() {
    return maxBytes;
  }
}
