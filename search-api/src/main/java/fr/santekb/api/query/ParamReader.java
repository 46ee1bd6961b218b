package fr.santekb.api.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Typed, validated access to query parameters ({@code name -> values}); every failure is an
 * {@link InvalidParameterException} whose message names the parameter and the rule.
 */
public final class ParamReader {
  private final Map<String, List<String>> params;

  public ParamReader(Map<String, List<String>> params) {
    this.params = params;
  }

  /**
   * Refuses the first parameter (in request order) that is not in {@code accepted}: a misspelt
   * name ({@code yearfrom}, {@code tri}) would otherwise be ignored silently and answer another
   * question than the one asked. An empty name (from {@code a=1&&b=2}) is no parameter.
   */
  public void refuseUnknown(String... accepted) {
    refuseUnknown(List.of(accepted), List.of(accepted)::contains);
  }

  /** Like {@link #refuseUnknown(String...)}, with {@code isAccepted} deciding. */
  public void refuseUnknown(List<String> accepted, Predicate<String> isAccepted) {
    for (String name : params.keySet()) {
      if (!name.isEmpty() && !isAccepted.test(name)) {
        throw new InvalidParameterException(name, "unknown parameter \"" + abbreviate(name)
            + "\"" + (accepted.isEmpty() ? ": this route takes none"
                : " (accepted: " + String.join(", ", accepted) + ")"));
      }
    }
  }

  /** Non-empty values of a repeatable parameter, in order. */
  public List<String> all(String name) {
    return params.getOrDefault(name, List.of()).stream().map(String::strip)
        .filter(v -> !v.isEmpty()).toList();
  }

  /** The single value of a parameter; empty when absent or blank; refused when given twice. */
  public Optional<String> single(String name) {
    List<String> values = all(name);
    if (values.size() > 1) {
      throw new InvalidParameterException(name, name + " must be given at most once (got "
          + values.size() + " values)");
    }
    return values.stream().findFirst();
  }

  /** Raw text of a parameter that may be blank (such as the query), "" when absent. */
  public String text(String name, int maxLength) {
    List<String> values = params.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw new InvalidParameterException(name, name + " must be given at most once (got "
          + values.size() + " values)");
    }
    String value = values.isEmpty() ? "" : values.get(0);
    if (value.length() > maxLength) {
      throw new InvalidParameterException(name, name + " must be at most " + maxLength
          + " characters long (got " + value.length() + ")");
    }
    return value;
  }

  /** A whole number in [min, max], or {@code dflt} when absent. */
  public int integer(String name, int min, int max, int dflt) {
    return optionalInteger(name, min, max).orElse(dflt);
  }

  public Optional<Integer> optionalInteger(String name, int min, int max) {
    return single(name).map(v -> parseInteger(name, v, min, max));
  }

  /** {@code true} or {@code false}, or {@code dflt} when absent. */
  public boolean bool(String name, boolean dflt) {
    return single(name).map(v -> switch (v) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidParameterException(name, name + " must be true or false (got \""
          + abbreviate(v) + "\")");
    }).orElse(dflt);
  }

  /** Parses one value as a whole number in [min, max]. */
  public static int parseInteger(String name, String value, int min, int max) {
    long parsed;
    try {
      if (!value.matches("[+-]?[0-9]{1,18}")) {
        throw new NumberFormatException(value);
      }
      parsed = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, name + " must be a whole number (got \""
          + abbreviate(value) + "\")");
    }
    if (parsed < min || parsed > max) {
      throw new InvalidParameterException(name, name + " must be between " + min + " and " + max
          + " (got " + parsed + ")");
    }
    return (int) parsed;
  }

  /** Keeps echoed client input short in error messages. */
  static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
