package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/**
 * openhtmltopdf's messages are kept out of the console during our renders only: outside them,
 * the wrapped logger gets everything as before.
 */
class EngineLogTest {

  @Test
  void passesMessagesThroughExceptDuringOurRenders() throws Exception {
    Recorder recorder = new Recorder();
    XRLogger log = EngineLog.wrapping(recorder);

    log.log("com.openhtmltopdf.general", Level.WARNING, "before");
    EngineLog.quietly(
        () -> {
          log.log("com.openhtmltopdf.general", Level.WARNING, "during");
          log.log("com.openhtmltopdf.general", Level.SEVERE, "during", new RuntimeException());
          return null;
        });
    log.log("com.openhtmltopdf.general", Level.WARNING, "after");
    log.setLevel("com.openhtmltopdf.load", Level.FINE);

    assertEquals(
        List.of(
            "WARNING before", "WARNING after", "level of com.openhtmltopdf.load FINE"),
        recorder.lines);
  }

  @Test
  void aNestedQuietRenderLeavesTheOuterQuiet() throws Exception {
    Recorder recorder = new Recorder();
    XRLogger log = EngineLog.wrapping(recorder);
    EngineLog.quietly(
        () -> {
          EngineLog.quietly(() -> null);
          log.log("com.openhtmltopdf.general", Level.WARNING, "still during");
          return null;
        });
    assertEquals(List.of(), recorder.lines);
  }

  private static final class Recorder implements XRLogger {
    final List<String> lines = new ArrayList<>();

    @Override
    public void log(String where, Level level, String msg) {
      lines.add(level + " " + msg);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
      lines.add(level + " " + msg + " " + th);
    }

    @Override
    public void setLevel(String logger, Level level) {
      lines.add("level of " + logger + " " + level);
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      return true;
    }
  }
}
