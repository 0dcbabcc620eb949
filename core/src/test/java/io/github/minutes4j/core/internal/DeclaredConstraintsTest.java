package io.github.minutes4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.ActionItem;
import io.github.minutes4j.core.Adjournment;
import io.github.minutes4j.core.Adjustment;
import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attachment;
import io.github.minutes4j.core.Attendance;
import io.github.minutes4j.core.Attendee;
import io.github.minutes4j.core.Ballot;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.ConflictOfInterest;
import io.github.minutes4j.core.Decision;
import io.github.minutes4j.core.HeadCount;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Link;
import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Moment;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.NextMeeting;
import io.github.minutes4j.core.Notice;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Proposal;
import io.github.minutes4j.core.ProtocolNote;
import io.github.minutes4j.core.Reservation;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Tally;
import io.github.minutes4j.core.Venue;
import io.github.minutes4j.core.Vote;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The quick pass reads the model's constraints from its annotations, without Hibernate Validator:
 * what it reads must be what the engine reads, or the pass could let through a document the
 * engine would refuse. Compared record by record with the engine's metadata.
 */
class DeclaredConstraintsTest {

  @Test
  void readsForEveryRecordOfTheModelWhatHibernateValidatorReads() {
    try (ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()) {
      Validator engine = factory.getValidator();
      int constraints = 0;
      for (Class<?> type : ConstraintPass.records(Minutes.class)) {
        BeanDescriptor bean = engine.getConstraintsForClass(type);
        assertEquals(
            describe(bean.getConstraintDescriptors()),
            describeAnnotations(DeclaredConstraints.ofClass(type)),
            type.getName() + ": class-level constraints");

        Map<String, String> expected = new TreeMap<>();
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
          expected.put(
              property.getPropertyName(),
              describe(
                  property.getConstraintDescriptors(),
                  property.isCascaded(),
                  property.getConstrainedContainerElementTypes()));
          constraints += property.getConstraintDescriptors().size();
        }
        Map<String, String> read = new TreeMap<>();
        DeclaredConstraints.ofComponents(type)
            .forEach((name, declared) -> read.put(name, describe(declared)));
        assertEquals(expected, read, type.getName() + ": components");
      }
      assertTrue(constraints > 50, "the model's constraints were compared: " + constraints);
    } catch (ConstraintPass.Unsupported e) {
      throw new AssertionError("the model has a constraint the pass cannot read", e);
    }
  }

  @Test
  void theModelHasAQuickPass() {
    // Empty would send every document to the engine: correct, and slow.
    assertTrue(ConstraintPass.of(Minutes.class).isPresent());
  }

  @Test
  void everyRecordOfTheModelIsReached() {
    Set<Class<?>> records = ConstraintPass.records(Minutes.class);

    // Through components, Optional and List type arguments, and sealed interfaces.
    assertEquals(
        Set.of(
            Minutes.class,
            Organiser.class,
            Network.class,
            Session.class,
            Venue.class,
            Attendance.class,
            HeadCount.class,
            AgendaItem.class,
            Person.class,
            Block.Paragraph.class,
            Block.Subsection.class,
            Block.ItemList.class,
            Inline.Plain.class,
            Inline.Strong.class,
            Inline.Emphasis.class,
            Inline.Hyperlink.class,
            Link.class,
            LinkTarget.class,
            ParticipantList.class,
            Participant.class,
            Affiliation.NetworkMember.class,
            Attendee.class,
            Moment.class,
            Proposal.class,
            Vote.class,
            Ballot.class,
            Tally.class,
            Decision.class,
            Reservation.class,
            ProtocolNote.class,
            ConflictOfInterest.class,
            Attachment.class,
            ActionItem.class,
            Adjustment.class,
            Notice.class,
            NextMeeting.class,
            Adjournment.class),
        records);
  }

  private static String describe(DeclaredConstraints.Declared declared) {
    StringBuilder text = new StringBuilder(describeAnnotations(declared.constraints()));
    text.append(declared.cascaded() ? " cascaded" : "");
    for (DeclaredConstraints.Element element : declared.elements()) {
      text.append(" <")
          .append(element.container().getSimpleName())
          .append(": ")
          .append(describe(element.declared()))
          .append('>');
    }
    return text.toString();
  }

  private static String describe(
      Set<ConstraintDescriptor<?>> constraints,
      boolean cascaded,
      Set<ContainerElementTypeDescriptor> elements) {
    StringBuilder text = new StringBuilder(describe(constraints));
    text.append(cascaded ? " cascaded" : "");
    for (ContainerElementTypeDescriptor element : elements) {
      assertEquals(0, element.getTypeArgumentIndex());
      text.append(" <")
          .append(element.getContainerClass().getSimpleName())
          .append(": ")
          .append(
              describe(
                  element.getConstraintDescriptors(),
                  element.isCascaded(),
                  element.getConstrainedContainerElementTypes()))
          .append('>');
    }
    return text.toString();
  }

  /** The constraints with those they are composed of, each by its type and attributes, sorted. */
  private static String describe(Collection<ConstraintDescriptor<?>> constraints) {
    List<Annotation> annotations = new ArrayList<>();
    List<ConstraintDescriptor<?>> pending = new ArrayList<>(constraints);
    for (int i = 0; i < pending.size(); i++) {
      annotations.add(pending.get(i).getAnnotation());
      pending.addAll(pending.get(i).getComposingConstraints());
    }
    return describeAnnotations(annotations);
  }

  private static String describeAnnotations(Collection<Annotation> annotations) {
    Set<String> described = new TreeSet<>();
    for (Annotation annotation : annotations) {
      Map<String, String> attributes = new TreeMap<>();
      for (Method attribute : annotation.annotationType().getDeclaredMethods()) {
        try {
          Object value = attribute.invoke(annotation);
          attributes.put(
              attribute.getName(),
              value.getClass().isArray()
                  ? Arrays.deepToString(new Object[] {value})
                  : String.valueOf(value));
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
      described.add("@" + annotation.annotationType().getName() + attributes);
    }
    return described.toString();
  }
}
