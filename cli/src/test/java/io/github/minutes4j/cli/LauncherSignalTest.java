package io.github.minutes4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher, {@code src/main/dist/minutes4j}, on its first {@code render} (no class-data
 * archive yet), runs the JVM as a child. A signal sent to the launcher alone, as {@code kill PID}
 * and {@code timeout} send it, must reach the JVM, and the launcher must end only with it: else the
 * JVM renders on and writes outputs after the launcher has gone. A stand-in for {@code java}, a
 * script that records what it receives, takes the JVM's place, so that no build of the jar is
 * needed.
 */
class LauncherSignalTest {

  private static final Path LAUNCHER = Paths.get("src/main/dist/minutes4j");

  @TempDir Path folder;

  @Test
  void aSignalToTheLauncherReachesTheJvmAndTheLauncherWaitsForIt() throws Exception {
    assumeTrue(Files.isExecutable(Paths.get("/bin/bash")) && Files.isDirectory(Paths.get("/proc")),
        "a Unix with bash and signals");
    Path started = folder.resolve("started");
    Path stdin = folder.resolve("stdin");
    Path terminated = folder.resolve("terminated");
    Path javaHome = folder.resolve("jdk");
    Files.createDirectories(javaHome.resolve("bin"));
    Path java = javaHome.resolve("bin/java");
    // Reads standard input, says it started (with its process id), and waits to be terminated.
    Files.writeString(
        java,
        "#!/bin/bash\n"
            + "cat > '" + stdin + "'\n"
            + "trap 'echo TERM > \"" + terminated + "\"; kill \"$sleeper\"; exit 143' TERM\n"
            + "sleep 60 & sleeper=$!\n"
            + "echo $$ > '" + started + "'\n"
            + "wait \"$sleeper\"\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path jar = Files.createFile(folder.resolve("minutes4j-cli-test-all.jar"));

    ProcessBuilder builder =
        new ProcessBuilder("/bin/bash", LAUNCHER.toString(), "render", "-", "--format", "html",
            "--out", folder.resolve("out").toString());
    builder.environment().put("JAVA_HOME", javaHome.toString());
    builder.environment().put("MINUTES4J_JAR", jar.toString());
    builder.environment().put("XDG_CACHE_HOME", folder.resolve("cache").toString());
    builder.environment().remove("MINUTES4J_CDS");
    builder.redirectInput(ProcessBuilder.Redirect.PIPE);
    Path log = folder.resolve("launcher.log");
    builder.redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    Process launcher = builder.start();
    launcher.getOutputStream().write("{\"format\": \"minutes4j/1\"}".getBytes(StandardCharsets.UTF_8));
    launcher.getOutputStream().close();
    long jvm = -1;
    try {
      for (int i = 0; i < 200 && !hasLine(started); i++) {
        Thread.sleep(50);
      }
      assertTrue(hasLine(started), "the stand-in JVM did not start: " + Files.readString(log));
      jvm = Long.parseLong(Files.readString(started).strip());

      launcher.destroy(); // SIGTERM, to the launcher alone

      assertTrue(launcher.waitFor(20, TimeUnit.SECONDS), "the launcher did not end");
      String output = Files.readString(log);
      assertEquals("TERM", Files.exists(terminated) ? Files.readString(terminated).strip() : "",
          "the JVM was not told to stop when the launcher ended: " + output);
      assertTrue(ProcessHandle.of(jvm).map(p -> !p.isAlive()).orElse(true),
          "the JVM runs on after the launcher ended");
      assertEquals(143, launcher.exitValue(), output);
      assertEquals("{\"format\": \"minutes4j/1\"}", Files.readString(stdin),
          "standard input reaches the JVM");
    } finally {
      launcher.destroyForcibly();
      if (jvm > 0) {
        ProcessHandle.of(jvm).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  private static boolean hasLine(Path file) throws IOException {
    return Files.exists(file) && Files.readString(file).endsWith("\n");
  }
}
