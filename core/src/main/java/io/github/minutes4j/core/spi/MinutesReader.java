package io.github.minutes4j.core.spi;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.format.MinutesReadException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads {@link Minutes} from one format. The opposite of a {@link MinutesExporter}, registered and
 * found the same way ({@link FormatRegistry#readers()}); stateless and thread-safe.
 *
 * @since 0.1.0
 */
public interface MinutesReader extends FormatProvider {

  /**
   * Reads one set of minutes and validates it.
   *
   * @param in the input; read to its end, not closed
   * @return the minutes, valid; never null
   * @throws MinutesReadException if the input is malformed, naming the place and the fix
   * @throws io.github.minutes4j.core.validation.InvalidMinutesException if the input is well
   *     formed but describes minutes that are not valid
   * @throws IOException if reading from {@code in} fails
   */
  Minutes read(InputStream in) throws IOException;
}
