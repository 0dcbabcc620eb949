package io.github.minutes4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.format.PageSize;
import io.github.minutes4j.core.spi.FormatProvider;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.spi.MinutesReader;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ProviderConfigurationException;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.text.LabelProvider;
import io.github.minutes4j.core.text.LabelSets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpOutputMessage;

@ExtendWith(OutputCaptureExtension.class)
class Minutes4jAutoConfigurationTest {

  private final WebApplicationContextRunner web =
      new WebApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(Minutes4jAutoConfiguration.class));

  private static final ResolvableType EXPORTERS =
      ResolvableType.forClassWithGenerics(FormatRegistry.class, MinutesExporter.class);
  private static final ResolvableType READERS =
      ResolvableType.forClassWithGenerics(FormatRegistry.class, MinutesReader.class);

  private static List<String> ids(FormatRegistry<?> registry) {
    return registry.providers().stream().map(FormatProvider::format).map(f -> f.id()).toList();
  }

  @Test
  void configuresTheDiscoveredRegistriesTheValidatorAndTheWebBeans() {
    web.run(
        context -> {
          assertThat(context).hasNotFailed();
          FormatRegistry<?> exporters =
              (FormatRegistry<?>) context.getBeanProvider(EXPORTERS).getObject();
          FormatRegistry<?> readers =
              (FormatRegistry<?>) context.getBeanProvider(READERS).getObject();
          assertThat(ids(exporters)).contains("html", "json");
          assertThat(ids(readers)).containsExactly("json");
          // Discovery once: the same registry the library caches for this class loader.
          assertThat(exporters)
              .isSameAs(FormatRegistry.exporters(Minutes4jAutoConfiguration.class.getClassLoader()));
          assertThat(context).getBean(MinutesValidator.class).isSameAs(MinutesValidator.shared());
          assertThat(context).hasSingleBean(MinutesHttpMessageConverter.class);
          assertThat(context).hasSingleBean(MinutesProblemDetails.class);
          assertThat(context).getBean(ExportOptions.class).isEqualTo(ExportOptions.defaults());
        });
  }

  @Test
  void bindsTheProperties() {
    web.withPropertyValues(
            "minutes4j.language=en",
            "minutes4j.paper-size=letter",
            "minutes4j.participants=false",
            "minutes4j.max-request-size=10KB")
        .run(
            context ->
                assertThat(context)
                    .getBean(ExportOptions.class)
                    .isEqualTo(
                        ExportOptions.defaults()
                            .withLanguage(Language.ENGLISH)
                            .withPageSize(PageSize.LETTER)
                            .withParticipants(false)));
  }

  /** Why an application failed to start, such as a binding failure. */
  private static Throwable failedStart(WebApplicationContextRunner runner) {
    Throwable[] failure = new Throwable[1];
    runner.run(
        context -> {
          assertThat(context).hasFailed();
          failure[0] = context.getStartupFailure();
        });
    return failure[0];
  }

  /** The last cause of a failure, which Spring Boot's start-up report gives as the reason. */
  private static Throwable rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root;
  }

  /** The messages of a failure and its causes, one a line. */
  private static String messages(Throwable failure) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.add(String.valueOf(t.getMessage()));
    }
    return String.join("\n", messages);
  }

  /** A mistyped property fails the start with its name, instead of being silently ignored. */
  @Test
  void refusesAnUnknownPropertyUnderThePrefixAtStart() {
    assertThat(
            messages(
                failedStart(
                    web.withPropertyValues(
                        "minutes4j.language=en", "minutes4j.paper-sise=letter"))))
        .contains("minutes4j.paper-sise")
        .contains("were left unbound");
    web.withPropertyValues("minutes4j.pdf.fonts-dir=/opt/fonts")
        .run(context -> assertThat(context).hasFailed());
  }

  /** Relaxed names of the known properties still bind. */
  @Test
  void bindsRelaxedNamesOfTheKnownProperties() {
    web.withPropertyValues("minutes4j.paperSize=LETTER", "minutes4j.max_request_size=2MB")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(ExportOptions.class).pageSize())
                  .isEqualTo(PageSize.LETTER);
            });
  }

  /**
   * Spring Boot's start-up report gives the root cause of a binding failure as its reason: it
   * showed Java's "IllformedLocaleException: Invalid subtag: sv_SE [at index 0]" and lost
   * minutes4j's explanation and example.
   */
  @Test
  void refusesAnIllFormedLanguageAtStartWithTheReasonAndAFix() {
    assertThat(rootCause(failedStart(web.withPropertyValues("minutes4j.language=sv_SE"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("minutes4j.language: 'sv_SE' is not a well-formed")
        .hasMessageContaining("with hyphens, not underscores");
  }

  /** An empty value, as {@code minutes4j.language=${MINUTES_LANGUAGE:}} gives, is unset. */
  @Test
  void takesAnEmptyLanguageAsUnset() {
    web.withPropertyValues("minutes4j.language=")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(ExportOptions.class)).isEqualTo(ExportOptions.defaults());
            });
  }

  /**
   * An empty value, as {@code minutes4j.paper-size=${PAPER:}} gives, failed the start with Spring's
   * "were left unbound", which names neither the allowed values nor that it could be left out.
   */
  @Test
  void takesAnEmptyPaperSizeAsTheDefault() {
    web.withPropertyValues("minutes4j.paper-size=", "minutes4j.language=")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(ExportOptions.class)).isEqualTo(ExportOptions.defaults());
            });
    web.withPropertyValues("minutes4j.paper-size= ")
        .run(
            context ->
                assertThat(context.getBean(ExportOptions.class).pageSize())
                    .isEqualTo(PageSize.A4));
  }

  /**
   * A paper size minutes4j does not have failed with Java's "No enum constant
   * io.github.minutes4j.core.format.PageSize.A5" as the reason Spring Boot reports.
   */
  @Test
  void refusesAnUnknownPaperSizeAtStartNamingThePropertyTheValueAndTheSizes() {
    Throwable failure = failedStart(web.withPropertyValues("minutes4j.paper-size=A5"));
    assertThat(rootCause(failure))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "minutes4j.paper-size: 'A5' is not a paper size minutes4j has; write A4 or LETTER (in"
                + " any case), or leave it empty for A4");
    assertThat(messages(failure)).contains("Failed to bind properties under 'minutes4j.paper-size'");
  }

  /** Only the property is converted so: a request parameter of the type keeps Spring's way. */
  @Test
  void convertsOnlyThePaperSizeProperty() {
    assertThat(
            new PaperSizeConverter()
                .matches(TypeDescriptor.valueOf(String.class), TypeDescriptor.valueOf(PageSize.class)))
        .isFalse();
  }

  /** Letters in any case and spaces around the value, as in a properties file or a variable. */
  @Test
  void bindsAPaperSizeInAnyCaseWithSpacesAround() {
    web.withPropertyValues("minutes4j.paper-size= Letter ")
        .run(
            context ->
                assertThat(context.getBean(ExportOptions.class).pageSize())
                    .isEqualTo(PageSize.LETTER));
  }

  @Test
  void refusesAnEmptyRequestSizeLimitAtStart() {
    web.withPropertyValues("minutes4j.max-request-size=0B")
        .run(context -> assertThat(context).hasFailed());
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    static final MinutesValidator VALIDATOR = MinutesValidator.create();

    @Bean
    FormatRegistry<MinutesExporter> myExporters() {
      return FormatRegistry.of(List.of());
    }

    @Bean
    MinutesValidator myValidator() {
      return VALIDATOR;
    }

    @Bean
    MinutesProblemDetails myProblemDetails() {
      return new MinutesProblemDetails() {};
    }
  }

  @Test
  void backsOffForTheApplicationsOwnBeansOneByOne() {
    web.withUserConfiguration(OwnBeans.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBeanNamesForType(EXPORTERS)).containsExactly("myExporters");
              // An exporter registry of its own does not take the reader registry away.
              assertThat(context.getBeanNamesForType(READERS)).containsExactly("minutes4jReaders");
              assertThat(context).getBean(MinutesValidator.class).isSameAs(OwnBeans.VALIDATOR);
              assertThat(context.getBeanNamesForType(MinutesProblemDetails.class))
                  .containsExactly("myProblemDetails");
              assertThat(context.getBean(MinutesHttpMessageConverter.class).getSupportedMediaTypes())
                  .extracting(Object::toString)
                  .containsExactly("application/json", "application/*+json");
            });
  }

  /** An exporter of the application's own format, and one in place of the shipped HTML. */
  @Configuration(proxyBeanMethods = false)
  static class OwnExporters {
    static final MinutesExporter TEXT = exporter("text", "text/plain");
    static final MinutesExporter HTML = exporter("html", "text/html");

    static MinutesExporter exporter(String id, String mediaType) {
      return new MinutesExporter() {
        @Override
        public FormatDescriptor format() {
          return new FormatDescriptor(id, mediaType, id);
        }

        @Override
        public void write(Minutes minutes, ExportOptions options, OutputStream out)
            throws IOException {
          out.write(minutes.title().getBytes(StandardCharsets.UTF_8));
        }
      };
    }

    @Bean
    MinutesExporter textExporter() {
      return TEXT;
    }

    @Bean
    MinutesExporter htmlExporter() {
      return HTML;
    }
  }

  /**
   * An exporter bean, the way a Spring application configures one, was ignored: only {@code
   * ServiceLoader} filled the registry, and {@code Accept: text/plain} got 406.
   */
  @Test
  void takesTheApplicationsExporterBeansInPlaceOfDiscoveredOnesOfTheSameId() {
    web.withUserConfiguration(OwnExporters.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              FormatRegistry<?> exporters =
                  (FormatRegistry<?>) context.getBeanProvider(EXPORTERS).getObject();
              assertThat(exporters.byId("text")).isSameAs(OwnExporters.TEXT);
              assertThat(exporters.byId("html")).isSameAs(OwnExporters.HTML);
              assertThat(ids(exporters)).contains("json", "html", "text");
              assertThat(context.getBean(MinutesHttpMessageConverter.class).getSupportedMediaTypes())
                  .extracting(Object::toString)
                  .contains("text/plain");
            });
  }

  @Configuration(proxyBeanMethods = false)
  static class TwoExportersOfOneId {
    @Bean
    MinutesExporter first() {
      return OwnExporters.exporter("text", "text/plain");
    }

    @Bean
    MinutesExporter second() {
      return OwnExporters.exporter("text", "text/x-other");
    }
  }

  @Test
  void refusesTwoExporterBeansOfOneFormatIdAtStart() {
    assertThat(rootCause(failedStart(web.withUserConfiguration(TwoExportersOfOneId.class))))
        .isInstanceOf(ProviderConfigurationException.class)
        .hasMessageContaining("Two providers claim the format id 'text'");
  }

  /**
   * A provider that {@code ServiceLoader} finds but cannot create (this module's test {@code
   * BrokenReader}) was only missing: nothing in the log said why its format gave 406 or 415.
   */
  @Test
  void warnsAtStartOfAProviderThatCouldNotBeLoaded(CapturedOutput output) {
    web.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(output)
              .contains("minutes4j: a format provider on the class path could not be loaded")
              .contains("BrokenReader");
        });
  }

  /** Labels of one language whose only text is the name of meeting notes. */
  static LabelProvider labels(String tag, String meetingNotes) {
    return new LabelProvider() {
      @Override
      public Language language() {
        return Language.ofTag(tag);
      }

      @Override
      public Map<String, String> texts() {
        return Map.of("kind.MEETING_NOTES", meetingNotes);
      }
    };
  }

  /** Labels of a language minutes4j does not ship, declared as a bean, as a Spring user would. */
  @Configuration(proxyBeanMethods = false)
  static class OwnLabels {
    @Bean
    LabelProvider northernSami() {
      return labels("se", "Čoahkkinčálus");
    }
  }

  private static Minutes northernSamiMinutes() {
    return MinutesHttpMessageConverterTest.minutes("Bures boahtin")
        .toBuilder()
        .language(Language.ofTag("se"))
        .build();
  }

  /**
   * A {@code LabelProvider} bean was ignored (only {@code ServiceLoader} found label sets): minutes
   * in Northern Sámi came out with English labels.
   */
  @Test
  void takesTheApplicationsLabelProviderBeans() {
    web.withUserConfiguration(OwnLabels.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(LabelSets.class).languages())
                  .contains(Language.ofTag("se"));
              assertThat(
                      context
                          .getBean(ExportOptions.class)
                          .labelsFor(northernSamiMinutes())
                          .documentKind(DocumentKind.MEETING_NOTES))
                  .isEqualTo("Čoahkkinčálus");
              MockHttpOutputMessage html = new MockHttpOutputMessage();
              context
                  .getBean(MinutesHttpMessageConverter.class)
                  .write(northernSamiMinutes(), MediaType.TEXT_HTML, html);
              assertThat(html.getBodyAsString(StandardCharsets.UTF_8)).contains("Čoahkkinčálus");
            });
  }

  /** An application's options of its own take the application's labels too, unless they chose. */
  @Test
  void givesTheApplicationsLabelsToItsOwnOptionsForTheConverter() {
    web.withUserConfiguration(OwnLabels.class)
        .withBean(ExportOptions.class, () -> ExportOptions.defaults().withParticipants(false))
        .run(
            context -> {
              MockHttpOutputMessage html = new MockHttpOutputMessage();
              context
                  .getBean(MinutesHttpMessageConverter.class)
                  .write(northernSamiMinutes(), MediaType.TEXT_HTML, html);
              assertThat(html.getBodyAsString(StandardCharsets.UTF_8)).contains("Čoahkkinčálus");
            });
  }

  @Configuration(proxyBeanMethods = false)
  static class SwedishLabels {
    @Bean
    LabelProvider swedish() {
      return labels("sv", "Anteckningar");
    }
  }

  /** A set of a shipped language fails the start, as on the class path, pointing to overrides. */
  @Test
  void refusesALabelProviderBeanOfAShippedLanguageAtStart() {
    assertThat(rootCause(failedStart(web.withUserConfiguration(SwedishLabels.class))))
        .isInstanceOf(ProviderConfigurationException.class)
        .hasMessageContaining("Two label sets claim the language 'sv'")
        .hasMessageContaining("withLabel");
  }

  @Test
  void leavesTheWebBeansOutOfANonWebApplication() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(Minutes4jAutoConfiguration.class))
        .run(
            context -> {
              assertThat(context).hasSingleBean(MinutesValidator.class);
              assertThat(context).doesNotHaveBean(MinutesHttpMessageConverter.class);
              assertThat(context).doesNotHaveBean(MinutesProblemDetails.class);
              assertThat(context.getBeanNamesForType(READERS)).hasSize(1);
            });
  }
}
