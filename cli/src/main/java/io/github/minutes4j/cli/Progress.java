package io.github.minutes4j.cli;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The progress of a batch on standard error: a bar with the count, the rate and the time left,
 * redrawn in place on a terminal; or one plain line per input done, for logs and pipes, where a
 * carriage return would leave a mess; or nothing. Thread-safe: every job reports here.
 */
final class Progress implements AutoCloseable {

  /** How progress is shown: {@code --progress}. */
  enum Mode {
    /** A bar if standard error is a terminal, else lines. */
    AUTO,
    /** A bar redrawn in place. */
    BAR,
    /** One line per input done. */
    LINES,
    /** Nothing but errors and the summary. */
    NONE
  }

  /** How often the bar is redrawn while no input finishes, so that the time moves on. */
  private static final long TICK_MILLIS = 250;

  private final Mode mode;
  private final Report report;
  private final int total;
  private final int width;
  private final LongSupplier nanoTime;
  private final long start;
  private final ScheduledExecutorService ticker;
  private int done;

  /**
   * @param mode {@link Mode#BAR}, {@link Mode#LINES} or {@link Mode#NONE}, already resolved
   * @param total the inputs of the batch
   * @param width the terminal's width in columns, for the bar
   */
  Progress(Mode mode, Report report, int total, int width, LongSupplier nanoTime) {
    if (mode == Mode.AUTO) {
      throw new IllegalArgumentException("resolve AUTO first");
    }
    this.mode = mode;
    this.report = report;
    this.total = total;
    this.width = width;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
    if (mode == Mode.BAR) {
      ticker =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                Thread thread = new Thread(task, "minutes4j-progress");
                thread.setDaemon(true);
                return thread;
              });
      ticker.scheduleAtFixedRate(this::draw, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
    } else {
      ticker = null;
    }
  }

  /** The terminal's width: {@code COLUMNS} if the shell exported it, else 80. */
  static int terminalWidth(String columns) {
    try {
      int value = Integer.parseInt(columns == null ? "" : columns.trim());
      return value >= 20 ? value : 80;
    } catch (NumberFormatException e) {
      return 80;
    }
  }

  /**
   * One input done, rendered or failed (its errors are reported already).
   *
   * @param line what a plain line says about it, such as {@code a.json -> a.pdf}
   */
  void done(String line, boolean rendered) {
    int count;
    synchronized (this) {
      count = ++done;
    }
    if (mode == Mode.LINES && rendered) {
      report.progress("[" + count + "/" + total + "] " + line);
    } else if (mode == Mode.BAR) {
      draw();
    }
  }

  /** Seconds since the batch started. */
  double elapsedSeconds() {
    return (nanoTime.getAsLong() - start) / 1e9;
  }

  private void draw() {
    int count;
    synchronized (this) {
      count = done;
    }
    report.status(bar(count, total, elapsedSeconds(), width));
  }

  /**
   * The bar's line, at most {@code width - 1} characters (a terminal that wraps at the last
   * column would move the cursor to a new line): {@code [=====>    ] 740/2000 37% 48.3 docs/s
   * 0:26 left}.
   */
  static String bar(int done, int total, double seconds, int width) {
    String rate = done == 0 || seconds <= 0 ? "-" : String.format(Locale.ROOT, "%.1f", done / seconds);
    String left =
        done == 0 ? "--:--" : duration(Math.round((total - done) * seconds / done));
    int percent = total == 0 ? 100 : (int) (100L * done / total);
    String text =
        String.format(
            Locale.ROOT, " %d/%d %d%% %s docs/s %s left", done, total, percent, rate, left);
    int cells = Math.min(40, width - 1 - text.length() - 2);
    if (cells < 5) {
      return text.strip();
    }
    int filled = total == 0 ? cells : (int) ((long) cells * done / total);
    StringBuilder line = new StringBuilder("[");
    for (int i = 0; i < cells; i++) {
      line.append(i < filled ? '=' : i == filled ? '>' : ' ');
    }
    return line.append(']').append(text).toString();
  }

  /** {@code 0:26}, {@code 12:05}, {@code 1:02:03}. */
  static String duration(long seconds) {
    long hours = seconds / 3600;
    long minutes = seconds / 60 % 60;
    long rest = seconds % 60;
    return hours > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
        : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
  }

  /** Stops redrawing and erases the bar. */
  @Override
  public void close() {
    if (ticker != null) {
      ticker.shutdownNow();
      try {
        ticker.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      report.clearStatus();
    }
  }
}
