package org.ratsinfo.json.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.VoteTally;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.PropertyMetadata;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.deser.CreatorProperty;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.bean.PropertyValueBuffer;

/**
 * Makes the model's records through a method handle of their canonical constructor, prepared once to
 * take the arguments as an array: Jackson's own instantiator calls the constructor through {@code
 * MethodHandle.invokeWithArguments}, which builds a spreading invoker on every call (about a tenth of
 * the time of reading a meeting's excerpts). Everything else, and what a failing constructor becomes (a
 * {@code ValueInstantiationException}), is Jackson's. Immutable and thread-safe.
 */
final class RecordInstantiators implements ValueInstantiators {

  @Override
  public @Nullable ValueInstantiator findValueInstantiator(DeserializationConfig config,
      BeanDescription.Supplier beanDescRef) {
    return null;
  }

  @Override
  public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
      BeanDescription.Supplier beanDescRef, ValueInstantiator defaultInstantiator) {
    Class<?> type = beanDescRef.getBeanClass();
    if (!ModelTypes.isRecord(type) || !defaultInstantiator.canCreateFromObjectWith()) {
      return defaultInstantiator;
    }
    Canonical canonical = new Canonical(defaultInstantiator, canonical(type));
    return type == AgendaItem.class ? new EarlierSpellings(canonical) : canonical;
  }

  /** The canonical constructor of a record, taking its arguments as an {@code Object[]}. */
  private static MethodHandle canonical(Class<?> record) {
    Class<?>[] parameters = ModelTypes.components(record).stream()
        .map(ModelTypes.Component::type).toArray(Class<?>[]::new);
    try {
      return MethodHandles.lookup().findConstructor(record, MethodType.methodType(void.class, parameters))
          .asSpreader(Object[].class, parameters.length)
          .asType(MethodType.methodType(Object.class, Object[].class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no canonical constructor: " + record.getName(), e);
    }
  }

  /**
   * An agenda item's instantiator that also takes the earlier format's spellings: {@code "voteTally"},
   * a single tally, as one open vote on the main motion in {@code "votes"}, and {@code
   * "consultation"}, a single consultation, as the only one in {@code "consultations"}. Each is an
   * extra creator property, so that Jackson reads it like any other (problems inside it are reported
   * at its own path). Neither is ever written.
   */
  private static final class EarlierSpellings extends ValueInstantiator.Delegating {
    private static final long serialVersionUID = 1L;

    EarlierSpellings(ValueInstantiator canonical) {
      super(canonical);
    }

    @Override
    public ValueInstantiator createContextual(DeserializationContext ctxt,
        BeanDescription.Supplier beanDescRef) {
      ValueInstantiator contextual = delegate().createContextual(ctxt, beanDescRef);
      return contextual == delegate() ? this : new EarlierSpellings(contextual);
    }

    @Override
    public SettableBeanProperty[] getFromObjectArguments(DeserializationConfig config) {
      SettableBeanProperty[] canonical = delegate().getFromObjectArguments(config);
      SettableBeanProperty[] all = Arrays.copyOf(canonical, canonical.length + 2);
      all[canonical.length] = earlier(config, ModelTypes.VOTE_TALLY, VoteTally.class, canonical.length);
      all[canonical.length + 1] =
          earlier(config, ModelTypes.CONSULTATION, Consultation.class, canonical.length + 1);
      return all;
    }

    private static CreatorProperty earlier(DeserializationConfig config, String name, Class<?> type,
        int index) {
      return CreatorProperty.construct(PropertyName.construct(name), config.constructType(type), null,
          null, null, null, index, null, PropertyMetadata.STD_OPTIONAL);
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, SettableBeanProperty[] props,
        PropertyValueBuffer buffer) {
      return createFromObjectWith(ctxt, buffer.getParameters(ctxt, props));
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
      Object[] canonical = Arrays.copyOf(args, args.length - 2);
      Object tally = args[args.length - 2];
      if (tally != null) {
        replace(ctxt, canonical, "votes", tally, List.of(Vote.of((VoteTally) tally)),
            "voteTallyAndVotes");
      }
      Object consultation = args[args.length - 1];
      if (consultation != null) {
        replace(ctxt, canonical, "consultations", consultation, List.of(consultation),
            "consultationAndConsultations");
      }
      return delegate().createFromObjectWith(ctxt, canonical);
    }

    /** Puts an earlier spelling's value in its component's place, which must be empty. */
    private static void replace(DeserializationContext ctxt, Object[] canonical, String component,
        Object earlier, List<?> value, String problem) {
      int index = ModelTypes.components(AgendaItem.class).indexOf(
          ModelTypes.component(AgendaItem.class, component));
      if (canonical[index] instanceof List<?> list && !list.isEmpty()) {
        throw new ValueFormatException(ctxt.getParser(), earlier, AgendaItem.class, problem);
      }
      canonical[index] = value;
    }
  }

  /** Jackson's instantiator of a record, with the record made through the prepared handle. */
  private static final class Canonical extends ValueInstantiator.Delegating {
    private static final long serialVersionUID = 1L;

    private final transient MethodHandle constructor;

    Canonical(ValueInstantiator delegate, MethodHandle constructor) {
      super(delegate);
      this.constructor = constructor;
    }

    @Override
    public ValueInstantiator createContextual(DeserializationContext ctxt,
        BeanDescription.Supplier beanDescRef) {
      ValueInstantiator contextual = delegate().createContextual(ctxt, beanDescRef);
      return contextual == delegate() ? this : new Canonical(contextual, constructor);
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, SettableBeanProperty[] props,
        PropertyValueBuffer buffer) {
      return createFromObjectWith(ctxt, buffer.getParameters(ctxt, props));
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
      try {
        return constructor.invokeExact(args);
      } catch (Error | JacksonException e) {
        throw e;
      } catch (Throwable t) {
        return ctxt.handleInstantiationProblem(getValueClass(), args, t);
      }
    }
  }
}
