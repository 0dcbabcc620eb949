package io.github.minutes4j.spring.autoconfigure;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.spi.MinutesReader;
import java.io.InputStream;

/**
 * A reader registered in this module's test {@code META-INF/services} that cannot be created, as a
 * provider jar built against another version fails: the auto-configuration must say so at start.
 */
public final class BrokenReader implements MinutesReader {

  /** Fails, as a provider whose dependency is missing does. */
  public BrokenReader() {
    throw new IllegalStateException("BrokenReader needs a library that is not on the class path");
  }

  @Override
  public FormatDescriptor format() {
    throw new AssertionError("never created");
  }

  @Override
  public Minutes read(InputStream in) {
    throw new AssertionError("never created");
  }
}
