package io.github.minutes4j.core.text;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.format.ProviderConfigurationException;
import io.github.minutes4j.core.format.ProviderFailure;
import io.github.minutes4j.core.internal.Discovery;
import io.github.minutes4j.core.internal.NonNullLists;
import io.github.minutes4j.core.internal.OneLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label sets a program can use: those minutes4j ships (Swedish, English, Finnish, Norwegian
 * Bokmål, Danish, German and Arabic) and those that {@link LabelProvider}s add. Immutable and thread-safe.
 *
 * <p>{@link #installed()} discovers providers once, with {@link ServiceLoader}; {@link #of(List)}
 * takes providers by hand, without discovery. A provider that fails to load is kept in {@link
 * #failures()} and does not hide the others; two sets of one language are an error naming both
 * classes.
 *
 * <p>How a language is served ({@link #labels(Language, Language)}): each label comes from the
 * first set along the tag ({@code de-CH-1996}, {@code de-CH}, {@code de}), else from the first set
 * along the fallback language's tag, else from English, which has every label. {@link
 * Labels#resolution()} tells which. Norwegian ({@code no}) and Nynorsk ({@code nn}, with any
 * region) continue along their tag to Norwegian Bokmål ({@code nb}), whose labels their readers
 * read without trouble: that is no fallback, and the labels are marked with the tag asked for, as
 * a region's are ({@link Labels#language()}), so that a Nynorsk document's page and PDF say
 * {@code nn}; a set for {@code nn} that a {@link LabelProvider} adds comes first.
 *
 * <p>Some regions write dates, times or words otherwise than the language's set does, and
 * minutes4j ships what differs as a set of their own that comes before the language's along the
 * tag: {@code en-US} and {@code en-CA} write "January 9, 2026", a 12-hour clock ("3:00 PM",
 * "3:00 p.m.") and "Organizer"; {@code en-AU} and {@code en-NZ} the 12-hour clock ("3:00 pm");
 * the {@code en} set itself is British ("9 January 2026", "15:00"). Month names and the words
 * for AM and PM follow the tag asked for, as CLDR gives them ({@code de-AT} "Jänner", {@code
 * ar-LB} "كانون الثاني"). These regional sets are not languages of their own ({@link
 * #languages()}); a provider's set for the same tag comes before the shipped one, label by label.
 * Punctuation ({@link
 * Labels#listSeparator()} and the like) that a language's sets lack follows its script rather than
 * the fallback: Persian, Urdu and other languages written in Arabic script take the Arabic set's
 * "، " and "؛ ", so that their names and addresses are joined as their readers expect even when
 * the words of the labels are the fallback's.
 *
 * @since 0.2.0
 */
public final class LabelSets {

  /** The tags of the shipped sets, in the order {@link #shipped()} lists them. */
  private static final List<String> SHIPPED = List.of("sv", "en", "fi", "nb", "da", "de", "ar");

  /**
   * The tags of the shipped regional sets: what a region of a shipped language writes otherwise
   * than the language's set (CLDR's long date and short time), such as the American date.
   */
  private static final List<String> REGIONAL_TAGS = List.of("en-US", "en-CA", "en-AU", "en-NZ");

  /**
   * Languages whose readers read another language's labels, which come after their own tag's sets:
   * Norwegian (the macrolanguage) and Nynorsk read Bokmål.
   */
  private static final Map<String, Language> READ_AS =
      Map.of("no", Language.NORWEGIAN_BOKMAL, "nn", Language.NORWEGIAN_BOKMAL);

  /** The keys of punctuation, which follows the script of the language asked for. */
  private static final List<String> PUNCTUATION =
      List.of("separator.list", "separator.group", "separator.label");

  /**
   * Languages written in Arabic script by default (CLDR's likely script) that minutes4j ships no
   * labels for; a tag with the script {@code Arab}, such as {@code az-Arab}, is one too.
   */
  private static final Set<String> ARABIC_SCRIPT =
      Set.of("fa", "prs", "ps", "ur", "ckb", "sd", "ug", "ks", "pnb", "glk", "mzn", "lrc", "bal");

  private static final Language ARABIC = Language.ofTag("ar");

  /** A placeholder of a label's text, such as {@code {0}}, which {@link Labels} fills in. */
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([0-9]+)\\}");

  private static final String SHIPPED_ORIGIN = "minutes4j's shipped labels (module io.github.minutes4j.core)";

  private final Map<Language, LabelSet> sets;
  private final List<ProviderFailure> failures;
  private final Map<Language, Labels> resolved;

  private LabelSets(Map<Language, LabelSet> sets, List<ProviderFailure> failures) {
    this.sets = Map.copyOf(sets);
    this.failures = List.copyOf(failures);
    Map<Language, Labels> byLanguage = new HashMap<>();
    for (Language language : sets.keySet()) {
      byLanguage.put(language, resolve(language, Language.ENGLISH));
    }
    for (Language region : Shipped.REGIONS.keySet()) {
      byLanguage.put(region, resolve(region, Language.ENGLISH));
    }
    this.resolved = Map.copyOf(byLanguage);
  }

  /**
   * The shipped sets and those that {@link ServiceLoader} finds on the class path and module path,
   * discovered once, at the first call, through the context class loader of that call.
   *
   * @return the installed sets; never null
   * @throws ProviderConfigurationException if two sets have the same language; the message names
   *     both classes
   */
  public static LabelSets installed() {
    if (Installed.PROBLEM != null) {
      throw new ProviderConfigurationException(Installed.PROBLEM.getMessage());
    }
    return Installed.SETS;
  }

  /**
   * The shipped sets and those that {@link ServiceLoader} finds through a class loader.
   *
   * @param loader the class loader
   * @return the sets
   * @throws ProviderConfigurationException if two sets have the same language
   */
  public static LabelSets discover(ClassLoader loader) {
    return discover(ServiceLoader.load(LabelProvider.class, loader));
  }

  /**
   * The shipped sets and those that {@link ServiceLoader} finds in a module layer and its parents.
   *
   * @param layer the module layer
   * @return the sets
   * @throws ProviderConfigurationException if two sets have the same language
   */
  public static LabelSets discover(ModuleLayer layer) {
    return discover(ServiceLoader.load(layer, LabelProvider.class));
  }

  /**
   * The shipped sets and the given providers, without discovery.
   *
   * @param providers the providers
   * @return the sets
   * @throws ProviderConfigurationException if two sets have the same language
   * @throws IllegalArgumentException if a provider's texts are not usable (the message says why)
   * @throws NullPointerException if the list or a provider is null
   */
  public static LabelSets of(List<? extends LabelProvider> providers) {
    Map<Language, LabelSet> sets = new TreeMap<>(LabelSets::compare);
    sets.putAll(Shipped.SETS);
    for (LabelProvider provider : NonNullLists.copyOf(providers, "providers")) {
      add(sets, LabelSet.of(provider));
    }
    return new LabelSets(sets, List.of());
  }

  /**
   * These sets and those of more providers, such as providers that a framework holds as beans
   * rather than registers for {@link ServiceLoader}. The texts are checked as at discovery; the
   * {@linkplain #failures() failures} of these sets are kept.
   *
   * @param providers the providers; none gives these sets
   * @return the sets; {@code this} if {@code providers} is empty
   * @throws ProviderConfigurationException if two sets have the same language (such as a provider
   *     of a language these sets have, or of a shipped language); the message names both
   * @throws IllegalArgumentException if a provider's texts are not usable (the message says why)
   * @throws NullPointerException if the list or a provider is null
   * @since 0.3.0
   */
  public LabelSets adding(List<? extends LabelProvider> providers) {
    List<? extends LabelProvider> added = NonNullLists.copyOf(providers, "providers");
    if (added.isEmpty()) {
      return this;
    }
    Map<Language, LabelSet> more = new TreeMap<>(LabelSets::compare);
    more.putAll(sets);
    for (LabelProvider provider : added) {
      add(more, LabelSet.of(provider));
    }
    return new LabelSets(more, failures);
  }

  private static LabelSets discover(ServiceLoader<LabelProvider> loader) {
    Map<Language, LabelSet> sets = new TreeMap<>(LabelSets::compare);
    sets.putAll(Shipped.SETS);
    List<LabelSet> provided = new ArrayList<>();
    Discovery.Found<LabelProvider> found =
        Discovery.load("label provider", loader, p -> provided.add(LabelSet.of(p)));
    for (LabelSet set : provided) {
      add(sets, set);
    }
    return new LabelSets(sets, found.failures());
  }

  private static void add(Map<Language, LabelSet> sets, LabelSet set) {
    LabelSet previous = sets.putIfAbsent(set.language(), set);
    if (previous != null) {
      throw new ProviderConfigurationException(
          "Two label sets claim the language '"
              + set.language().tag()
              + "': "
              + previous.origin()
              + " and "
              + set.origin()
              + ". Remove one of them from the class path or module path; to reword a few labels,"
              + " use ExportOptions.withLabel(...) instead of a provider.");
    }
  }

  /**
   * The languages minutes4j ships labels for.
   *
   * @return Swedish, English, Finnish, Norwegian Bokmål, Danish, German and Arabic; never null
   */
  public static List<Language> shipped() {
    return SHIPPED.stream().map(Language::ofTag).toList();
  }

  /**
   * Every language that has a set of its own here, ordered by tag: the shipped languages and those
   * providers add, not the shipped regional sets (such as {@code en-US}'s dates).
   *
   * @return the languages; never null
   */
  public List<Language> languages() {
    return sets.keySet().stream().sorted(LabelSets::compare).toList();
  }

  /**
   * The label providers that failed to load during discovery.
   *
   * @return the failures; empty if all loaded; never null
   */
  public List<ProviderFailure> failures() {
    return failures;
  }

  /**
   * The languages with a set of their own, for logs and messages.
   *
   * @return such as {@code LabelSets[ar, da, de, en, fi, nb, sv]}; never null
   * @since 0.3.0
   */
  @Override
  public String toString() {
    return "LabelSets" + languages();
  }

  /**
   * The set that serves a language: the first along its tag.
   *
   * @param language a language, such as {@code sv-SE}
   * @return the language of that set, such as {@code sv}, or {@code nb} for Nynorsk ({@code
   *     nn}); empty if none does, so that the fallback language serves it
   */
  public Optional<Language> setFor(Language language) {
    return chain(language).stream().filter(sets::containsKey).findFirst();
  }

  /**
   * The labels of a language.
   *
   * @param language the language of the document
   * @param fallback the language of labels that {@code language} lacks
   * @return the labels; never null. Their {@link Labels#resolution()} says which sets served them
   * @throws NullPointerException if an argument is null
   */
  public Labels labels(Language language, Language fallback) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(fallback, "fallback");
    if (fallback.equals(Language.ENGLISH)) {
      Labels known = resolved.get(language);
      if (known != null) {
        return known;
      }
    }
    return resolve(language, fallback);
  }

  private Labels resolve(Language language, Language fallback) {
    List<LabelSet> primary = setsAlong(language);
    List<LabelSet> secondary = setsAlong(fallback);
    Language fallbackWritten = secondary.isEmpty() ? Language.ENGLISH : fallback;
    secondary.add(sets.get(Language.ENGLISH));
    Map<String, String> texts = new HashMap<>();
    List<String> fromFallback = new ArrayList<>();
    for (String key : Labels.keys()) {
      // A provided set that words a counted label once has that wording for every number.
      Optional<String> own =
          find(primary, key)
              .or(() -> Labels.generalForm(key).flatMap(general -> find(primary, general)));
      if (own.isPresent()) {
        texts.put(key, own.get());
      } else {
        fromFallback.add(key);
        Optional<String> script =
            PUNCTUATION.contains(key) && arabicScript(language)
                ? find(setsAlong(ARABIC), key)
                : Optional.empty();
        texts.put(key, script.or(() -> find(secondary, key)).orElseThrow());
      }
    }
    Language servedBy =
        setFor(language).or(() -> setFor(fallback)).orElse(Language.ENGLISH);
    Language written = primary.isEmpty() ? fallbackWritten : language;
    Locale dateLocale =
        (fromFallback.contains("pattern.date") ? fallbackWritten : language).locale();
    Locale timeLocale =
        (fromFallback.contains("pattern.time") ? fallbackWritten : language).locale();
    LabelResolution resolution =
        new LabelResolution(
            language,
            servedBy,
            fallback,
            fromFallback,
            failures.stream().map(ProviderFailure::description).toList());
    return new Labels(written, resolution, texts, dateLocale, timeLocale);
  }

  /** Whether a language is written in Arabic script, as Persian and Urdu are. */
  private static boolean arabicScript(Language language) {
    Locale locale = language.locale();
    return locale.getScript().equals("Arab")
        || (locale.getScript().isEmpty() && ARABIC_SCRIPT.contains(locale.getLanguage()));
  }

  /**
   * The sets along a language's tag, most specific first; at each step a language's set (which may
   * be a provider's) before the shipped regional set of that tag.
   */
  private List<LabelSet> setsAlong(Language language) {
    List<LabelSet> along = new ArrayList<>();
    for (Language step : chain(language)) {
      Optional.ofNullable(sets.get(step)).ifPresent(along::add);
      Optional.ofNullable(Shipped.REGIONS.get(step)).ifPresent(along::add);
    }
    return along;
  }

  private static Optional<String> find(List<LabelSet> sets, String key) {
    for (LabelSet set : sets) {
      String text = set.texts().get(key);
      if (text != null) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  /**
   * The tags a language's labels are looked up under, most specific first: the whole tag, then
   * without extensions, variant, region and script, and {@code nb} after {@code no} and {@code nn}.
   */
  static List<Language> chain(Language language) {
    Set<Language> chain = new LinkedHashSet<>();
    chain.add(language);
    Locale locale = language.locale().stripExtensions();
    String lang = locale.getLanguage();
    String script = locale.getScript();
    String region = locale.getCountry();
    String variant = locale.getVariant();
    chain.add(step(lang, script, region, variant));
    chain.add(step(lang, script, region, ""));
    chain.add(step(lang, script, "", ""));
    chain.add(step(lang, "", region, variant));
    chain.add(step(lang, "", region, ""));
    chain.add(step(lang, "", "", ""));
    Optional.ofNullable(READ_AS.get(lang)).ifPresent(chain::add);
    return List.copyOf(chain);
  }

  private static Language step(String lang, String script, String region, String variant) {
    return Language.of(
        new Locale.Builder()
            .setLanguage(lang)
            .setScript(script)
            .setRegion(region)
            .setVariant(variant)
            .build());
  }

  private static int compare(Language a, Language b) {
    return a.tag().compareTo(b.tag());
  }

  /** One language's texts and where they come from. */
  private record LabelSet(Language language, Map<String, String> texts, String origin) {

    static LabelSet of(LabelProvider provider) {
      String origin = Discovery.origin(provider);
      Language language =
          Objects.requireNonNull(provider.language(), () -> origin + " returned no language");
      Map<String, String> texts =
          Objects.requireNonNull(provider.texts(), () -> origin + " returned no texts");
      if (texts.isEmpty()) {
        throw new IllegalArgumentException(
            "The " + language.tag() + " labels of " + origin + " are empty; give at least one");
      }
      return new LabelSet(
          language,
          check(texts, language.tag() + " labels of " + origin, english()),
          origin);
    }

    /**
     * Checks a set's texts against the English set, which has every label, and copies them.
     *
     * @param texts the texts, by key
     * @param what whose texts they are, for the messages ("hsb labels of com.acme.Sorbian")
     * @param english the English texts
     */
    static Map<String, String> check(
        Map<String, String> texts, String what, Map<String, String> english) {
      Map<String, String> copy = new HashMap<>();
      List<String> unknown = new ArrayList<>();
      texts.forEach(
          (key, text) -> {
            if (key == null || !Labels.keys().contains(key)) {
              unknown.add(String.valueOf(key));
            } else if (text == null || text.isBlank()) {
              throw new IllegalArgumentException(
                  "The " + what + " give no text for the key '" + key + "'; give one or leave the key out");
            } else if (OneLine.isBlank(text)) {
              throw new IllegalArgumentException(
                  "The "
                      + what
                      + " give the key '"
                      + key
                      + "' a text that "
                      + OneLine.problem(text, Integer.MAX_VALUE).orElseThrow()
                      + "; give a text that shows, or leave the key out");
            } else {
              placeholderProblem(key, text, english)
                  .ifPresent(
                      problem -> {
                        throw new IllegalArgumentException(
                            "The "
                                + what
                                + " give the key '"
                                + key
                                + "' the text '"
                                + text
                                + "', which "
                                + problem);
                      });
              copy.put(key, text);
            }
          });
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException(
            "The "
                + what
                + " have keys that are not labels: "
                + unknown
                + "; the keys are "
                + String.join(", ", Labels.keys()));
      }
      for (String key : List.of("pattern.date", "pattern.time")) {
        if (copy.containsKey(key)) {
          try {
            DateTimeFormatter.ofPattern(copy.get(key));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                "The " + what + " have a bad " + key + " '" + copy.get(key) + "': " + e.getMessage(),
                e);
          }
        }
      }
      return Map.copyOf(copy);
    }
  }

  /** The English set's texts, which every label has, to check other texts against. */
  static Map<String, String> english() {
    return Shipped.SETS.get(Language.ENGLISH).texts();
  }

  /**
   * What is wrong with the placeholders of a label's text, measured against the English text of
   * its key: a placeholder the label is not given ("{5}") would be printed as it stands, and the
   * part it was meant to hold would be missing; a text must hold each part the label is given ("{2}"
   * left out of a vote's totals drops the abstentions). A form for one or two ({@code
   * RESERVED.one}, {@code count.exact.one}) is given the parts of its general form, and may leave
   * one out, as "1 person" leaves out the count.
   *
   * @param key the key, such as {@code VOTE_RESULT}
   * @param text its text
   * @param english the English texts
   * @return the problem, worded to follow "the text 'T', which ", such as "has {5}, a placeholder
   *     the label is not given, and lacks {2}; the label takes ..."; empty if there is none
   */
  static Optional<String> placeholderProblem(String key, String text, Map<String, String> english) {
    String general = key;
    for (String form : List.of(".one", ".two")) {
      String stem = key.substring(0, Math.max(0, key.length() - form.length()));
      if (key.endsWith(form) && english.containsKey(stem)) {
        general = stem;
      }
    }
    String reference = english.getOrDefault(general, "");
    Set<String> given = placeholders(reference);
    Set<String> used = placeholders(text);
    Set<String> unknown = new LinkedHashSet<>(used);
    unknown.removeAll(given);
    Set<String> missing = new LinkedHashSet<>(given);
    if (general.equals(key)) {
      missing.removeAll(used);
    } else {
      missing.clear();
    }
    if (unknown.isEmpty() && missing.isEmpty()) {
      return Optional.empty();
    }
    List<String> faults = new ArrayList<>();
    if (!unknown.isEmpty()) {
      faults.add(
          "has "
              + String.join(", ", unknown)
              + (unknown.size() == 1 ? ", a placeholder" : ", placeholders")
              + " the label is not given");
    }
    if (!missing.isEmpty()) {
      faults.add("lacks " + String.join(", ", missing));
    }
    return Optional.of(
        String.join(", and ", faults)
            + "; "
            + (given.isEmpty()
                ? "the label takes none; write the text without a number in braces"
                : "the label takes " + String.join(", ", given) + ", as in '" + reference + "'"));
  }

  /** The placeholders of a text ({@code {0}}, {@code {12}}), in the order they first appear. */
  private static Set<String> placeholders(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  /** The shipped sets, read once from this module's resources. */
  private static final class Shipped {
    /** The English texts as read, which every other set is checked against. */
    private static final Map<String, String> ENGLISH = read("en");

    static final Map<Language, LabelSet> SETS = load(SHIPPED);
    static final Map<Language, LabelSet> REGIONS = load(REGIONAL_TAGS);

    /**
     * The sets of some tags, each from {@code labels_<tag>.properties} ({@code labels_en_US}),
     * checked against the English set.
     */
    private static Map<Language, LabelSet> load(List<String> tags) {
      Map<Language, LabelSet> sets = new HashMap<>();
      for (String tag : tags) {
        Language language = Language.ofTag(tag);
        Map<String, String> checked = LabelSet.check(tag.equals("en") ? ENGLISH : read(tag),
            tag + " labels of " + SHIPPED_ORIGIN, ENGLISH);
        sets.put(language, new LabelSet(language, checked, SHIPPED_ORIGIN));
      }
      return Map.copyOf(sets);
    }

    /** The texts of {@code labels_<tag>.properties}, by key. */
    private static Map<String, String> read(String tag) {
      String name = "labels_" + tag.replace('-', '_') + ".properties";
      Properties texts = new Properties();
      try (InputStream in = LabelSets.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("The resource " + name + " is missing from the jar");
        }
        texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + name, e);
      }
      Map<String, String> map = new HashMap<>();
      texts.stringPropertyNames().forEach(key -> map.put(key, texts.getProperty(key)));
      return map;
    }
  }

  /** The installed sets, discovered once. */
  private static final class Installed {
    static final LabelSets SETS;
    static final ProviderConfigurationException PROBLEM;

    static {
      LabelSets sets = null;
      ProviderConfigurationException problem = null;
      try {
        sets = discover(ServiceLoader.load(LabelProvider.class));
      } catch (ProviderConfigurationException e) {
        problem = e;
      }
      SETS = sets;
      PROBLEM = problem;
    }
  }
}
