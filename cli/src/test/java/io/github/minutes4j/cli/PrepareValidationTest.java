package io.github.minutes4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrepareValidationTest {

  @ParameterizedTest
  @ValueSource(strings = {"render", "validate"})
  void commandsThatValidateBuildTheValidatorOnADaemonThread(String command)
      throws InterruptedException {
    Optional<Thread> thread =
        Minutes4jCli.prepareValidation(new String[] {command, "minutes.json"});

    assertTrue(thread.isPresent(), command);
    assertTrue(thread.get().isDaemon(), "must not keep the process alive");
    assertEquals("minutes4j-prepare", thread.get().getName());
    thread.get().join(60_000);
    assertFalse(thread.get().isAlive(), "the validator is built and the thread ends");
  }

  @ParameterizedTest
  @ValueSource(strings = {"formats", "--help", "--version", "help"})
  void otherCommandsStartNothing(String command) {
    assertTrue(Minutes4jCli.prepareValidation(new String[] {command}).isEmpty(), command);
    assertTrue(Minutes4jCli.prepareValidation(new String[0]).isEmpty());
  }
}
