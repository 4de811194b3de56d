package org.ratsinfo.json.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
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
    return type == AgendaItem.class ? new LegacyVoteTally(canonical) : canonical;
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
   * An agenda item's instantiator that also takes the earlier format's {@code "voteTally"}, a single
   * tally, as one open vote on the main motion in {@code "votes"}: an extra creator property, so that
   * Jackson reads it like any other (problems inside it are reported at its own path). It is never
   * written.
   */
  private static final class LegacyVoteTally extends ValueInstantiator.Delegating {
    private static final long serialVersionUID = 1L;

    LegacyVoteTally(ValueInstantiator canonical) {
      super(canonical);
    }

    @Override
    public ValueInstantiator createContextual(DeserializationContext ctxt,
        BeanDescription.Supplier beanDescRef) {
      ValueInstantiator contextual = delegate().createContextual(ctxt, beanDescRef);
      return contextual == delegate() ? this : new LegacyVoteTally(contextual);
    }

    @Override
    public SettableBeanProperty[] getFromObjectArguments(DeserializationConfig config) {
      SettableBeanProperty[] canonical = delegate().getFromObjectArguments(config);
      SettableBeanProperty[] all = Arrays.copyOf(canonical, canonical.length + 1);
      all[canonical.length] = CreatorProperty.construct(PropertyName.construct(ModelTypes.VOTE_TALLY),
          config.constructType(VoteTally.class), null, null, null, null, canonical.length, null,
          PropertyMetadata.STD_OPTIONAL);
      return all;
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, SettableBeanProperty[] props,
        PropertyValueBuffer buffer) {
      return createFromObjectWith(ctxt, buffer.getParameters(ctxt, props));
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
      int votes = ModelTypes.components(AgendaItem.class).indexOf(
          ModelTypes.component(AgendaItem.class, "votes"));
      Object[] canonical = Arrays.copyOf(args, args.length - 1);
      Object tally = args[args.length - 1];
      if (tally != null) {
        if (canonical[votes] instanceof List<?> list && !list.isEmpty()) {
          throw new ValueFormatException(ctxt.getParser(), tally, AgendaItem.class, "voteTallyAndVotes");
        }
        canonical[votes] = List.of(Vote.of((VoteTally) tally));
      }
      return delegate().createFromObjectWith(ctxt, canonical);
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
