package io.github.minutes4j.cli;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Minutes4jException;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.internal.AtomicFiles;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The rendering of {@code render}: every input in every format, by a fixed number of worker
 * threads that each take the next input, read it, write its outputs and let it go, so that at
 * most one parsed document per worker is in memory however long the batch. The exporters are
 * shared by all workers (they are thread-safe).
 *
 * <p>Without {@code --keep-going}, every output is staged, the first failure stops the workers
 * from taking another input, and only when all inputs succeeded are all outputs moved into place;
 * else the staged files are deleted and nothing of the run stays. With {@code --keep-going}, each
 * input's outputs are moved into place as soon as all of them are written (all or nothing per
 * input), and a failing input is reported and counted.
 */
final class Batch {

  static final String NOTHING_WRITTEN = "Nothing was written.";

  /** How many names of failed inputs the summary shows. */
  private static final int NAMES_SHOWN = 10;

  /** One file to write: in which format, where. */
  record Output(MinutesExporter exporter, Path target) {}

  /**
   * One input and its outputs.
   *
   * @param minutes the minutes if read already (standard input), else empty
   */
  record Job(Input input, Optional<Minutes> minutes, List<Output> outputs) {}

  private final List<Job> jobs;
  private final int inputs;
  private final InputStream standardInput;
  private final ExportOptions options;
  private final boolean keepGoing;
  private final Report report;
  private final FolderInputs folders;

  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger threads = new AtomicInteger();
  private final AtomicInteger rendered = new AtomicInteger();
  private final AtomicInteger filesWritten = new AtomicInteger();
  /** Inputs found in folders that turned out to hold no minutes: not inputs after all. */
  private final AtomicInteger skippedWithoutMinutes = new AtomicInteger();
  private final AtomicBoolean stop = new AtomicBoolean();
  /** Whether the process is stopping (Ctrl-C, SIGTERM): the workers end without a word. */
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final List<String> failed = Collections.synchronizedList(new ArrayList<>());
  /**
   * The folders this run created, parents first: filled before the workers start, then only
   * read.
   */
  private final List<Path> created = new ArrayList<>();

  /**
   * @param jobs what to render
   * @param inputs all inputs, those in {@code jobs} and those that failed before
   */
  Batch(
      List<Job> jobs,
      int inputs,
      InputStream standardInput,
      ExportOptions options,
      boolean keepGoing,
      Report report,
      FolderInputs folders) {
    this.jobs = List.copyOf(jobs);
    this.inputs = inputs;
    this.standardInput = standardInput;
    this.options = options;
    this.keepGoing = keepGoing;
    this.report = report;
    this.folders = folders;
  }

  /**
   * Renders everything and reports the outcome.
   *
   * @param workers threads, at least 1
   * @param summary whether to end with a summary (a batch: several inputs, or a folder)
   * @param failedBefore the names of inputs that failed before the batch (with --keep-going)
   * @return the exit code
   */
  int run(
      Path folder,
      int workers,
      Progress.Mode mode,
      int width,
      boolean summary,
      List<String> failedBefore) {
    failed.addAll(failedBefore);
    try {
      createFolders(folder);
    } catch (FolderNotCreated e) {
      report.fileFailure("cannot create the output folder " + e.getMessage());
      StagedFiles.removeEmptyFolders(created);
      return nothingWritten();
    }
    boolean interrupted = false;
    // Its shutdown hook removes the folders created and left empty if the run is interrupted
    // (each input's own staged files do too, with --keep-going); without --keep-going, it also
    // stages every output.
    StagedFiles whileRunning = new StagedFiles(created);
    StagedFiles shared = keepGoing ? null : whileRunning;
    Progress progress = new Progress(mode, report, inputs, width, System::nanoTime);
    try {
      ExecutorService pool =
          Executors.newFixedThreadPool(
              Math.max(1, workers),
              task -> new Thread(task, "minutes4j-render-" + threads.incrementAndGet()));
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < workers; i++) {
        running.add(pool.submit(() -> work(shared, folder, progress)));
      }
      pool.shutdown();
      for (Future<?> worker : running) {
        try {
          waitFor(worker);
        } catch (InterruptedException e) {
          // Ctrl-C arrives as a signal (the shutdown hook deletes staged files); this is an
          // embedding program's interrupt: stop the workers, and let them say where they were.
          interrupted = true;
          stop.set(true);
          pool.shutdownNow();
          awaitUninterruptibly(pool);
          break;
        } catch (ExecutionException e) {
          stop.set(true);
          report.failure("internal failure: " + e.getCause(), e.getCause());
        }
      }
      progress.close();
      if (stopping.get()) {
        // The shutdown hook deletes what was staged and the folders left empty.
        report.progress(
            keepGoing
                ? "Stopped: " + rendered.get() + " of " + inputs + " inputs rendered, complete;"
                    + " the others were not written."
                : "Stopped: " + NOTHING_WRITTEN);
        return report.exitCode();
      }
      if (interrupted && !report.failed()) {
        report.failure("interrupted before every input was rendered", null);
      }
      boolean allRendered =
          rendered.get() + skippedWithoutMinutes.get() == inputs && !interrupted;
      if (allRendered && rendered.get() == 0 && folders.anyWithoutMinutes()) {
        // Every file found held no minutes: nothing to render, as in a folder of other files.
        folders.reportNoInput(report);
        StagedFiles.removeEmptyFolders(created);
        return report.exitCode();
      }
      if (shared != null) {
        if (allRendered) {
          try {
            shared.commit();
          } catch (StagedFiles.CommitException e) {
            report.failure(e.getMessage(), e);
            allRendered = false;
            if (!e.notRestored().isEmpty()) {
              shared.close();
              StagedFiles.removeEmptyFolders(created);
              return report.exitCode();
            }
          }
        }
        shared.close();
      }
      StagedFiles.removeEmptyFolders(created);
      if (summary) {
        summarize(progress.elapsedSeconds(), allRendered);
      }
      if (shared != null && !allRendered) {
        return nothingWritten();
      }
      return report.exitCode();
    } finally {
      progress.close();
      whileRunning.close();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A worker: takes the next input until there is none, or the run stops. */
  private void work(StagedFiles shared, Path folder, Progress progress) {
    while (!stop.get() && !Thread.currentThread().isInterrupted()) {
      int index = next.getAndIncrement();
      if (index >= jobs.size()) {
        return;
      }
      Job job = jobs.get(index);
      boolean ok;
      try {
        ok = render(job, shared);
      } catch (RuntimeException | LinkageError e) {
        report.failure(job.input().name() + ": internal failure: " + e, e);
        ok = false;
      }
      if (!ok && stopping.get()) {
        return; // the shutdown hook deletes what was staged; nothing failed
      }
      if (ok) {
        rendered.incrementAndGet();
        filesWritten.addAndGet(job.outputs().size());
      } else if (folders.skippedWithoutMinutes(job.input())) {
        skippedWithoutMinutes.incrementAndGet();
        progress.done(job.input().name() + ": skipped, holds no minutes", false);
        continue;
      } else {
        failed.add(job.input().name());
        if (!keepGoing) {
          stop.set(true);
        }
      }
      progress.done(doneLine(job, folder), ok);
    }
  }

  /** Reads one input and writes its outputs; false if anything failed, which is reported. */
  private boolean render(Job job, StagedFiles shared) {
    Optional<Minutes> minutes =
        job.minutes().isPresent()
            ? job.minutes()
            : job.input().read(standardInput, report, folders);
    if (minutes.isEmpty()
        || !RenderCommand.hasExtractedItems(job.input(), minutes.get(), options, report)) {
      return false;
    }
    RenderCommand.noteLabelFallback(job.input(), minutes.get(), options, report);
    if (shared != null) {
      return stage(job, minutes.get(), shared);
    }
    StagedFiles staged;
    try {
      staged = new StagedFiles(created);
    } catch (IllegalStateException shutdownInProgress) {
      return stopping();
    }
    try (StagedFiles own = staged) {
      if (!stage(job, minutes.get(), own)) {
        return false;
      }
      own.commit();
      return true;
    } catch (StagedFiles.CommitException e) {
      report.failure(job.input().name() + ": " + e.getMessage(), e);
      return false;
    }
  }

  private boolean stage(Job job, Minutes minutes, StagedFiles staged) {
    for (Output output : job.outputs()) {
      try {
        staged.stage(output.target(), out -> output.exporter().export(minutes, options, out));
      } catch (StagedFiles.Stopping e) {
        return stopping();
      } catch (InvalidMinutesException e) {
        report.invalid(job.input().name(), e);
        return false;
      } catch (Minutes4jException e) {
        RenderCommand.refused(report, output.exporter(), job.input(), e);
        return false;
      } catch (FileSystemException e) {
        report.fileFailure("cannot write " + output.target() + ": " + AtomicFiles.reason(e));
        return false;
      } catch (IOException e) {
        report.failure("cannot write " + output.target() + ": " + e, e);
        return false;
      } catch (RuntimeException | LinkageError e) {
        report.failure(RenderCommand.exporterFailed(output.exporter(), job.input(), e), e);
        return false;
      }
    }
    return true;
  }

  /** Notes that the process is stopping, and stops the workers: false, as the job was not done. */
  private boolean stopping() {
    stopping.set(true);
    stop.set(true);
    return false;
  }

  private static String doneLine(Job job, Path folder) {
    return job.input().name()
        + " -> "
        + job.outputs().stream()
            .map(output -> folder.relativize(output.target()).toString())
            .collect(Collectors.joining(", "));
  }

  /**
   * Creates the output folder and the subfolders the outputs go to, adding those that did not
   * exist to {@code created}, parents first.
   *
   * @throws FolderNotCreated with the folder that could not be created as its message's start
   */
  private void createFolders(Path folder) throws FolderNotCreated {
    Set<Path> folders = new LinkedHashSet<>();
    folders.add(folder);
    for (Job job : jobs) {
      for (Output output : job.outputs()) {
        folders.add(output.target().getParent());
      }
    }
    for (Path wanted : folders) {
      List<Path> missing = new ArrayList<>();
      for (Path p = wanted.toAbsolutePath(); p != null && !Files.isDirectory(p); p = p.getParent()) {
        missing.add(0, p);
      }
      for (Path p : missing) {
        try {
          Files.createDirectory(p);
        } catch (java.nio.file.FileAlreadyExistsException e) {
          if (!Files.isDirectory(p)) {
            throw new FolderNotCreated(wanted + ": " + p + " is a file, not a folder; name another"
                + " folder with --out, or move the file", e);
          }
          continue;
        } catch (IOException e) {
          throw new FolderNotCreated(wanted + ": "
              + (p.equals(wanted.toAbsolutePath()) ? "" : "cannot create " + p + " for it: ")
              + AtomicFiles.reason(e) + "; name a folder that you may write to with --out", e);
        }
        created.add(p);
      }
    }
  }

  /**
   * An output folder, or a folder above it, that cannot be created, said so that the user knows
   * what to change: a file in its place, no permission, a read-only file system.
   */
  private static final class FolderNotCreated extends IOException {
    private static final long serialVersionUID = 1L;

    FolderNotCreated(String message, IOException cause) {
      super(message, cause);
    }
  }

  private void summarize(double seconds, boolean allRendered) {
    List<String> failures;
    synchronized (failed) {
      failures = new ArrayList<>(failed);
    }
    Collections.sort(failures);
    int skipped = folders.skippedCount();
    // The files that held no minutes were not inputs after all.
    int inputs = this.inputs - skippedWithoutMinutes.get();
    String time = String.format(Locale.ROOT, "%.1f s", seconds);
    if (!keepGoing && !allRendered) {
      int notStarted = inputs - rendered.get() - failures.size();
      report.progress(
          "Stopped after "
              + time
              + ": 0 rendered, "
              + failures.size()
              + " failed, "
              + skipped
              + " skipped; "
              + (notStarted + rendered.get())
              + " of "
              + inputs
              + " inputs not rendered because of the failure (--keep-going renders them).");
    } else {
      String rate =
          seconds > 0
              ? String.format(Locale.ROOT, " (%.1f docs/s)", rendered.get() / seconds)
              : "";
      report.progress(
          "Rendered "
              + rendered.get()
              + " of "
              + inputs
              + (inputs == 1 ? " input" : " inputs")
              + " into "
              + filesWritten.get()
              + (filesWritten.get() == 1 ? " file" : " files")
              + " in "
              + time
              + rate
              + ": "
              + rendered.get()
              + " rendered, "
              + failures.size()
              + " failed, "
              + skipped
              + " skipped.");
    }
    if (!failures.isEmpty()) {
      report.progress("Failed: " + Report.someNames(failures, NAMES_SHOWN) + ".");
    }
    folders.skippedSentences(report.verbose()).forEach(report::progress);
  }

  private int nothingWritten() {
    report.progress(NOTHING_WRITTEN);
    return report.exitCode();
  }

  private static void waitFor(Future<?> worker) throws InterruptedException, ExecutionException {
    worker.get();
  }

  private static void awaitUninterruptibly(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
