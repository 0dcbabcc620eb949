package io.github.minutes4j.core.spi;

/**
 * Something that handles one format: the common part of {@link MinutesExporter} and {@link
 * MinutesReader}.
 *
 * @since 0.1.0
 */
public interface FormatProvider {

  /**
   * Which format this provider handles. Must return the same value on every call, and must be
   * cheap: registries call it to index providers.
   *
   * @return the format; never null
   */
  FormatDescriptor format();
}
