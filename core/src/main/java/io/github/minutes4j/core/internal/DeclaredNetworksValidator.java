package io.github.minutes4j.core.internal;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.validation.DeclaredNetworks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks {@link DeclaredNetworks}. */
public final class DeclaredNetworksValidator
    implements ConstraintValidator<DeclaredNetworks, Minutes> {

  /** Creates a validator. */
  public DeclaredNetworksValidator() {}

  @Override
  public boolean isValid(Minutes minutes, ConstraintValidatorContext context) {
    if (minutes == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    Set<String> codes = new LinkedHashSet<>();
    List<Network> networks = minutes.organiser().networks();
    for (int i = 0; i < networks.size(); i++) {
      if (!codes.add(networks.get(i).code())) {
        valid = false;
        context
            .buildConstraintViolationWithTemplate(
                Messages.escape(
                    "repeats the code '"
                        + networks.get(i).code()
                        + "'; give each network its own code"))
            .addPropertyNode("organiser")
            .addPropertyNode("networks")
            .addPropertyNode("code")
            .inIterable()
            .atIndex(i)
            .addConstraintViolation();
      }
    }
    if (minutes.participants().isEmpty()) {
      return valid;
    }
    List<Participant> entries = minutes.participants().get().entries();
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).affiliation() instanceof Affiliation.NetworkMember) {
        String code = ((Affiliation.NetworkMember) entries.get(i).affiliation()).networkCode();
        if (!codes.contains(code)) {
          valid = false;
          context
              .buildConstraintViolationWithTemplate(
                  Messages.escape(
                      "names the network '"
                          + code
                          + "', which the organiser does not declare; declare it under"
                          + " organiser.networks or use one of "
                          + (codes.isEmpty() ? "(none declared)" : String.join(", ", codes))))
              .addPropertyNode("participants")
              .addPropertyNode("entries")
              .addPropertyNode("affiliation")
              .inIterable()
              .atIndex(i)
              .addConstraintViolation();
        }
      }
    }
    return valid;
  }
}
