package org.ratsinfo.validation.internal;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.SupplementaryQuestion;
import org.ratsinfo.model.Mover;
import org.ratsinfo.model.Participant;
import org.ratsinfo.model.Signature;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.VoteTally;

/** Builds the Hibernate Validator factory for the model. */
public final class Bootstrap {

  /** The model types that have rules spanning several of their values. */
  private static final List<Class<?>> TYPES_WITH_RULES = List.of(
      Excerpt.class, MeetingExcerpts.class, Meeting.class, AgendaItem.class, Decision.class, Mover.class,
      Vote.class, VoteTally.class, Inquiry.class, SupplementaryQuestion.class, Participant.class,
      Signature.class);

  private Bootstrap() {}

  /**
   * A factory with the parameter message interpolator (no Expression Language) and the model's
   * cross-value rules registered programmatically, so that the model itself stays free of them;
   * {@code @NotBlank} is checked by {@link VisibleTextValidator}, which also counts no-break spaces and
   * invisible characters as blank.
   */
  public static ValidatorFactory factory() {
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        .messageInterpolator(interpolator(Locale.ENGLISH));
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping.constraintDefinition(NotBlank.class)
        .includeExistingValidators(false)
        .validatedBy(VisibleTextValidator.class);
    for (Class<?> type : TYPES_WITH_RULES) {
      mapping.type(type).constraint(new GenericConstraintDef<>(ModelRules.class));
    }
    return configuration.addMapping(mapping).buildValidatorFactory();
  }

  /** A validator whose messages are in the given language. */
  public static Validator validator(ValidatorFactory factory, Locale locale) {
    return factory.usingContext().messageInterpolator(interpolator(locale)).getValidator();
  }

  private static LocalizedMessageInterpolator interpolator(Locale locale) {
    return new LocalizedMessageInterpolator(
        new ParameterMessageInterpolator(Set.of(locale), locale, false), locale);
  }
}
