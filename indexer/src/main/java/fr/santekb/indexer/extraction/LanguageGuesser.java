package fr.santekb.indexer.extraction;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Detects the language of a text among those santekb's documents use (n-gram profiles of the
 * optimaize detector, loaded once), or says nothing when unsure. Never trusts metadata:
 * LibreOffice writes the author's locale as dc:language.
 */
final class LanguageGuesser {
  static final List<String> LANGUAGES = List.of("fr", "en", "ar", "de", "es", "it", "nl");
  static final double MIN_CONFIDENCE = 0.8;
  /** Shorter texts give unreliable n-gram statistics. */
  static final int MIN_LENGTH = 40;
  /** Enough text for a stable answer; detection time grows with the length. */
  private static final int SAMPLE_LENGTH = 20_000;

  private final LanguageDetector detector;
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

  LanguageGuesser() {
    try {
      List<LanguageProfile> profiles = new LanguageProfileReader().read(LANGUAGES);
      // A fixed seed: the detector samples n-grams at random, and the same text must always
      // get the same answer.
      detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles)
          .seed(42L).build();
    } catch (IOException e) {
      throw new UncheckedIOException("language profiles missing from the classpath", e);
    }
  }

  /**
   * ISO 639-1 code, or empty below {@link #MIN_CONFIDENCE} or {@link #MIN_LENGTH} letters. Judged on
   * the prose lines when there are enough: tables of names and upper-case headings ("AGFA",
   * "Contents") otherwise outweigh the sentences.
   */
  Optional<String> guess(String text) {
    String prose = prose(text);
    String sample = letters(prose) >= MIN_LENGTH ? prose
        : text.length() > SAMPLE_LENGTH ? text.substring(0, SAMPLE_LENGTH) : text;
    if (letters(sample) < MIN_LENGTH) {
      return Optional.empty();
    }
    List<DetectedLanguage> ranked = detector.getProbabilities(texts.forText(sample));
    return ranked.stream().findFirst().filter(best -> best.getProbability() >= MIN_CONFIDENCE)
        .map(best -> best.getLocale().getLanguage());
  }

  /** Lines of at least six words, mostly lower case, up to {@link #SAMPLE_LENGTH} chars. */
  static String prose(String text) {
    StringBuilder prose = new StringBuilder();
    for (String line : (Iterable<String>) text.lines()::iterator) {
      if (prose.length() >= SAMPLE_LENGTH) {
        break;
      }
      long words = line.strip().split("\\s+").length;
      long letters = letters(line);
      long lower = line.codePoints().filter(Character::isLowerCase).count();
      if (words >= 6 && letters > 0 && lower >= 0.6 * letters) {
        prose.append(line).append('\n');
      }
    }
    return prose.toString();
  }

  private static long letters(String text) {
    return text.codePoints().filter(Character::isLetter).count();
  }
}
