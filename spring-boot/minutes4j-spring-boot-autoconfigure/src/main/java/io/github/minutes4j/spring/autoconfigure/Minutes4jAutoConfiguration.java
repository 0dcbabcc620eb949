package io.github.minutes4j.spring.autoconfigure;

import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.spi.MinutesReader;
import io.github.minutes4j.core.validation.MinutesValidator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Auto-configures minutes4j: the installed exporters and readers (discovered once, through the
 * application's class loader), the validator and the export options from {@link
 * Minutes4jProperties}; in a Spring MVC application also {@link MinutesHttpMessageConverter}
 * (ahead of the JSON converter) and {@link MinutesProblemDetails}. Each bean backs off when the
 * application defines its own: a {@code FormatRegistry<MinutesExporter>}, a {@code
 * FormatRegistry<MinutesReader>}, a {@link MinutesValidator}, {@link ExportOptions}, the converter
 * or the handler.
 *
 * @since 0.2.0
 */
@AutoConfiguration
@EnableConfigurationProperties(Minutes4jProperties.class)
public class Minutes4jAutoConfiguration {

  /** Created by Spring. */
  public Minutes4jAutoConfiguration() {}

  /**
   * The installed exporters.
   *
   * @return the registry discovered through the class loader of the application
   */
  @Bean
  @ConditionalOnMissingBean
  public FormatRegistry<MinutesExporter> minutes4jExporters() {
    return FormatRegistry.exporters(Minutes4jAutoConfiguration.class.getClassLoader());
  }

  /**
   * The installed readers.
   *
   * @return the registry discovered through the class loader of the application
   */
  @Bean
  @ConditionalOnMissingBean
  public FormatRegistry<MinutesReader> minutes4jReaders() {
    return FormatRegistry.readers(Minutes4jAutoConfiguration.class.getClassLoader());
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
   * The options of every export, from {@code minutes4j.*}.
   *
   * @param properties the properties
   * @return the options
   */
  @Bean
  @ConditionalOnMissingBean
  public ExportOptions minutes4jExportOptions(Minutes4jProperties properties) {
    return properties.toExportOptions();
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
        Minutes4jProperties properties) {
      return new MinutesHttpMessageConverter(
          exporters, readers, options, properties.getMaxRequestSize().toBytes());
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
  }
}
