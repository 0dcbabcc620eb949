package io.github.minutes4j.examples.markdown;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Markdown written by the exporter, and what a CommonMark parser with GitHub tables reads. */
final class Rendered {

  private static final List<org.commonmark.Extension> EXTENSIONS =
      List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();

  final String markdown;
  final Node document;

  private Rendered(String markdown) {
    this.markdown = markdown;
    this.document = PARSER.parse(markdown);
  }

  static Rendered export(Minutes minutes) {
    return export(minutes, ExportOptions.defaults());
  }

  static Rendered export(Minutes minutes, ExportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new MarkdownMinutesExporter().export(minutes, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Rendered(new String(out.toByteArray(), StandardCharsets.UTF_8));
  }

  static Rendered parse(String markdown) {
    return new Rendered(markdown);
  }

  String html() {
    return HTML.render(document);
  }

  /** The text of each heading of a level, in order. */
  List<String> headings(int level) {
    List<String> headings = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            if (heading.getLevel() == level) {
              headings.add(text(heading));
            }
          }
        });
    return headings;
  }

  /** The text of each top-level paragraph, in order. */
  List<String> paragraphs() {
    List<String> paragraphs = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Paragraph paragraph) {
            paragraphs.add(text(paragraph));
          }
        });
    return paragraphs;
  }

  /** The text of each cell of each table row, header row first. */
  List<List<String>> tableRows() {
    List<List<String>> rows = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(CustomBlock block) {
            if (block instanceof TableBlock) {
              collectRows(block, rows);
            }
          }
        });
    return rows;
  }

  private static void collectRows(Node node, List<List<String>> rows) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TableRow) {
        List<String> cells = new ArrayList<>();
        for (Node cell = child.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            cells.add(text(cell));
          }
        }
        rows.add(cells);
      } else {
        collectRows(child, rows);
      }
    }
  }

  /** The text a reader sees in a node: literal text, with line breaks as line feeds. */
  static String text(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text literal) {
            text.append(literal.getLiteral());
          }

          @Override
          public void visit(Code code) {
            text.append(code.getLiteral());
          }

          @Override
          public void visit(HtmlInline html) {
            // Tags such as <strong> carry no text.
          }

          @Override
          public void visit(SoftLineBreak lineBreak) {
            text.append('\n');
          }

          @Override
          public void visit(HardLineBreak lineBreak) {
            text.append('\n');
          }

          @Override
          public void visit(CustomNode custom) {
            visitChildren(custom);
          }
        });
    return text.toString();
  }
}
