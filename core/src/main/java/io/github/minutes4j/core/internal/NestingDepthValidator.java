package io.github.minutes4j.core.internal;

import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.validation.NestingDepth;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Checks {@link NestingDepth} without recursion, so a hostile, deeply nested value cannot
 * overflow the stack here.
 */
public final class NestingDepthValidator
    implements ConstraintValidator<NestingDepth, Block.Subsection> {

  /** Creates a validator. */
  public NestingDepthValidator() {}

  @Override
  public boolean isValid(Block.Subsection subsection, ConstraintValidatorContext context) {
    if (subsection == null) {
      return true;
    }
    int depth = depthOf(subsection);
    if (depth <= Block.MAX_DEPTH) {
      return true;
    }
    Messages.replace(
        context,
        "nests sub-sections "
            + depth
            + " levels deep; at most "
            + Block.MAX_DEPTH
            + " levels fit the heading levels of a document, so flatten the inner ones");
    return false;
  }

  /**
   * How many levels of sub-sections a sub-section holds, itself included.
   *
   * @param root the sub-section
   * @return 1 for a sub-section without sub-sections inside
   */
  public static int depthOf(Block.Subsection root) {
    int deepest = 0;
    Deque<Level> stack = new ArrayDeque<>();
    stack.push(new Level(root, 1));
    while (!stack.isEmpty()) {
      Level level = stack.pop();
      deepest = Math.max(deepest, level.depth());
      for (Block block : level.subsection().content()) {
        if (block instanceof Block.Subsection) {
          stack.push(new Level((Block.Subsection) block, level.depth() + 1));
        }
      }
    }
    return deepest;
  }

  private record Level(Block.Subsection subsection, int depth) {}
}
