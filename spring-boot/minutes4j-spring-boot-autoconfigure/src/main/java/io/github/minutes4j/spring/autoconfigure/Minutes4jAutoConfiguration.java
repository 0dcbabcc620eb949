package io.github.minutes4j.spring.autoconfigure;

import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.format.ProviderFailure;
import io.github.minutes4j.core.spi.FormatProvider;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.spi.MinutesReader;
import io.github.minutes4j.core.text.LabelProvider;
import io.github.minutes4j.core.text.LabelSets;
import io.github.minutes4j.core.validation.MinutesValidator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/**
 * Auto-configures minutes4j: the installed exporters and readers (discovered once, through the
 * application's class loader), the validator, the label sets and the export options from {@link
 * Minutes4jProperties}; in a Spring MVC application also {@link MinutesHttpMessageConverter}
 * (ahead of the JSON converter) and {@link MinutesProblemDetails}. Each bean backs off when the
 * application defines its own: a {@code FormatRegistry<MinutesExporter>}, a {@code
 * FormatRegistry<MinutesReader>}, a {@link MinutesValidator}, {@link ExportOptions}, {@link
 * LabelSets} (since 0.3.0), the converter or the handler.
 *
 * <p>The application's {@link MinutesExporter} and {@link MinutesReader} beans (such as a {@code
 * PdfMinutesExporter} built with its own fonts, or an exporter of its own format) join the
 * discovered ones, each in place of a discovered provider of the same format id (since 0.3.0);
 * two beans of one format id fail the start, naming both. A provider that {@code ServiceLoader}
 * finds but cannot load is logged as a warning at start (since 0.3.0), as it is otherwise only
 * missing from content negotiation.
 *
 * <p>The application's {@link LabelProvider} beans (labels of a language minutes4j does not ship)
 * join the installed label sets in a {@link LabelSets} bean (since 0.3.0), which the export
 * options and the converter take their labels from; a bean of a language that already has a set
 * fails the start, naming both. An {@code ExportOptions} bean of the application's own gets them
 * in the converter too, unless it names label sets of its own ({@link
 * ExportOptions#withLabelSets}). A {@link MinutesValidator} has no settings: every instance checks
 * the model's rules, which the readers and exporters check with {@link MinutesValidator#shared()};
 * the bean is there for the application's own code.
 *
 * <p>Where Jackson 3 is present, a Jackson module lets Spring's Jackson converter write minutes
 * inside other values (a {@code List<Minutes>}, a record of the application's) as {@code
 * minutes4j/1} JSON, written by the installed JSON exporter, instead of Jackson's view of the
 * records (since 0.3.0).
 *
 * @since 0.2.0
 */
@AutoConfiguration
@EnableConfigurationProperties(Minutes4jProperties.class)
public class Minutes4jAutoConfiguration {

  private static final Log LOG = LogFactory.getLog(Minutes4jAutoConfiguration.class);

  /** Created by Spring. */
  public Minutes4jAutoConfiguration() {}

  /**
   * Binds {@code minutes4j.paper-size} in any case, an empty value as A4, and refuses a size
   * minutes4j does not have with a message that names the property, the value and the sizes. It
   * converts only that property: a {@code PageSize} elsewhere in the application keeps Spring's
   * conversion.
   *
   * @return the converter
   * @since 0.3.0
   */
  @Bean
  @ConfigurationPropertiesBinding
  public static GenericConverter minutes4jPaperSizeConverter() {
    return new PaperSizeConverter();
  }

  /**
   * The installed exporters.
   *
   * @param own the application's exporter beans, each in place of a discovered exporter of its
   *     format id (since 0.3.0)
   * @return the registry discovered through the class loader of the application
   */
  @Bean
  @ConditionalOnMissingBean
  public FormatRegistry<MinutesExporter> minutes4jExporters(ObjectProvider<MinutesExporter> own) {
    return withBeans(
        FormatRegistry.exporters(Minutes4jAutoConfiguration.class.getClassLoader()), own);
  }

  /**
   * The installed readers.
   *
   * @param own the application's reader beans, each in place of a discovered reader of its format
   *     id (since 0.3.0)
   * @return the registry discovered through the class loader of the application
   */
  @Bean
  @ConditionalOnMissingBean
  public FormatRegistry<MinutesReader> minutes4jReaders(ObjectProvider<MinutesReader> own) {
    return withBeans(FormatRegistry.readers(Minutes4jAutoConfiguration.class.getClassLoader()), own);
  }

  /**
   * The discovered registry with the application's beans in place of discovered providers of the
   * same format id, and a warning logged for each provider that could not be loaded.
   */
  private static <P extends FormatProvider> FormatRegistry<P> withBeans(
      FormatRegistry<P> discovered, ObjectProvider<P> own) {
    for (ProviderFailure failure : discovered.failures()) {
      LOG.warn(
          "minutes4j: a format provider on the class path could not be loaded and is not"
              + " installed: "
              + failure.description(),
          failure.cause());
    }
    List<P> beans = own.orderedStream().toList();
    // Two beans of one format id are a configuration error, named as the registry names it.
    FormatRegistry.of(beans);
    FormatRegistry<P> registry = discovered;
    for (P bean : beans) {
      registry = registry.replacing(bean);
    }
    return registry;
  }

  /**
   * The validator.
   *
   * @return the shared validator
   */
  @Bean
  @ConditionalOnMissingBean
  public MinutesValidator minutes4jValidator() {
    return MinutesValidator.shared();
  }

  /**
   * The label sets: the shipped ones, those {@code ServiceLoader} finds and the application's
   * {@link LabelProvider} beans. A provider that cannot be loaded is logged as a warning.
   *
   * @param own the application's label provider beans
   * @return the installed sets with the beans' sets
   * @throws io.github.minutes4j.core.format.ProviderConfigurationException if two sets claim one
   *     language (such as a bean of a shipped language); the message names both and the fix
   * @since 0.3.0
   */
  @Bean
  @ConditionalOnMissingBean
  public LabelSets minutes4jLabelSets(ObjectProvider<LabelProvider> own) {
    LabelSets installed = LabelSets.installed();
    for (ProviderFailure failure : installed.failures()) {
      LOG.warn(
          "minutes4j: a label provider on the class path could not be loaded and is not"
              + " installed: "
              + failure.description(),
          failure.cause());
    }
    return installed.adding(own.orderedStream().toList());
  }

  /**
   * The options of every export, from {@code minutes4j.*}, with the label sets.
   *
   * @param properties the properties
   * @param labelSets the label sets (since 0.3.0)
   * @return the options
   */
  @Bean
  @ConditionalOnMissingBean
  public ExportOptions minutes4jExportOptions(Minutes4jProperties properties, LabelSets labelSets) {
    return withLabelSets(properties.toExportOptions(), labelSets);
  }

  /**
   * Options that take their labels from the application's label sets, unless they name sets of
   * their own; unchanged (equal to options built by hand) when those are the installed sets.
   */
  static ExportOptions withLabelSets(ExportOptions options, LabelSets labelSets) {
    boolean own = options.labelOptions().sets().isPresent();
    return own || labelSets == LabelSets.installed() ? options : options.withLabelSets(labelSets);
  }

  /** Minutes inside other values that Jackson writes, as {@code minutes4j/1} JSON. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(JacksonModule.class)
  static class JacksonConfiguration {

    @Bean
    JacksonModule minutes4jJacksonModule(
        FormatRegistry<MinutesExporter> exporters, ExportOptions options, LabelSets labelSets) {
      Optional<MinutesExporter> json =
          exporters.providers().stream()
              .filter(p -> "application/json".equals(p.format().mediaTypeWithoutParameters()))
              .findFirst();
      return json.<JacksonModule>map(
              exporter -> new MinutesJacksonModule(exporter, withLabelSets(options, labelSets)))
          .orElseGet(() -> new SimpleModule("minutes4j"));
    }
  }

  /** The Spring MVC part. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass({WebMvcConfigurer.class, HttpMessageConverters.class})
  static class WebConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MinutesHttpMessageConverter minutes4jHttpMessageConverter(
        FormatRegistry<MinutesExporter> exporters,
        FormatRegistry<MinutesReader> readers,
        ExportOptions options,
        LabelSets labelSets,
        Minutes4jProperties properties) {
      return new MinutesHttpMessageConverter(
          exporters,
          readers,
          withLabelSets(options, labelSets),
          properties.getMaxRequestSize().toBytes());
    }

    @Bean
    WebMvcConfigurer minutes4jWebMvcConfigurer(MinutesHttpMessageConverter converter) {
      return new WebMvcConfigurer() {
        @Override
        public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
          builder.addCustomConverter(converter);
        }
      };
    }

    @Bean
    @ConditionalOnMissingBean
    MinutesProblemDetails minutes4jProblemDetails() {
      return new MinutesProblemDetails();
    }

    @Bean
    MinutesEmptyBody minutes4jEmptyBody(MinutesHttpMessageConverter converter) {
      return new MinutesEmptyBody(converter);
    }
  }
}
