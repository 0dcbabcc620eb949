package io.github.minutes4j.testfixtures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.xml.sax.SAXException;

/**
 * The Nu HTML Checker (the engine of validator.w3.org/nu) in-process: errors, fatal errors and
 * warnings count as problems; informational messages (such as "trailing slash") do not. The caller
 * brings {@code nu.validator:validator} and jsoup in test scope.
 */
public final class NuChecker {

  private static final EmbeddedValidator VALIDATOR = create();

  private NuChecker() {}

  private static EmbeddedValidator create() {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.XML);
    return validator;
  }

  /**
   * The problems the checker finds in a page.
   *
   * @param html the page
   * @return each problem as "TYPE line:column message"; empty for a page without any
   */
  public static synchronized List<String> problems(String html) {
    try {
      return problemsIn(
          VALIDATOR.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
    } catch (IOException | SAXException e) {
      throw new IllegalStateException("the Nu HTML Checker failed", e);
    }
  }

  /**
   * The problems the checker finds in a page file.
   *
   * @param file the page
   * @return each problem as "TYPE line:column message"; empty for a page without any
   */
  public static synchronized List<String> problems(Path file) {
    try {
      return problemsIn(VALIDATOR.validate(file));
    } catch (IOException | SAXException e) {
      throw new IllegalStateException("the Nu HTML Checker failed on " + file, e);
    }
  }

  /**
   * The errors and warnings of the checker's XML report.
   *
   * @param xml the report
   * @return each problem as "TYPE line:column message"
   */
  public static List<String> problemsIn(String xml) {
    // jsoup reads the report as XML; a test module need not read java.xml for that.
    Document report = Jsoup.parse(xml, "", Parser.xmlParser());
    Element root = report.selectFirst("messages");
    if (root == null) {
      throw new AssertionError("the checker's report has no messages element:\n" + xml);
    }
    List<String> problems = new ArrayList<>();
    for (Element message : root.children()) {
      String kind = message.tagName();
      String type = message.attr("type");
      boolean counts =
          kind.equals("error")
              || kind.equals("non-document-error")
              || kind.equals("fatal")
              || (kind.equals("info") && type.equals("warning"));
      if (counts) {
        Element text = message.selectFirst("message");
        problems.add(
            (type.isEmpty() ? kind : type).toUpperCase(Locale.ROOT)
                + " "
                + message.attr("last-line")
                + ":"
                + message.attr("last-column")
                + " "
                + (text == null ? "" : text.text()));
      }
    }
    return problems;
  }
}
