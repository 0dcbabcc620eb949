package io.github.minutes4j.integration;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The Nu HTML Checker in-process, as export-html's NuHtmlCheckerTest runs it: errors, fatal
 * errors and warnings count as problems; informational messages do not.
 */
final class NuChecker {

  private static final EmbeddedValidator VALIDATOR = create();

  private NuChecker() {}

  private static EmbeddedValidator create() {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.XML);
    return validator;
  }

  /** The problems the checker finds in a page, each as "TYPE line:column message". */
  static synchronized List<String> problems(String html) {
    String report;
    try {
      report = VALIDATOR.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException("the Nu HTML Checker failed", e);
    }
    Document xml = Jsoup.parse(report, "", Parser.xmlParser());
    Element root = xml.selectFirst("messages");
    if (root == null) {
      throw new AssertionError("the checker's report has no messages element:\n" + report);
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
