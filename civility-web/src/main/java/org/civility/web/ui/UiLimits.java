package org.civility.web.ui;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.ws.rs.HttpMethod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.lang.annotation.Annotation;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The limits of the text fields the API reads (longest, shortest, pattern), from the Bean Validation constraints of
 * its request DTOs, so that the browser UI's inputs carry the same {@code maxlength}, {@code minlength} and
 * {@code pattern} as the API checks rather than copies of them.
 *
 * <p>Which DTOs: the entity parameter of each resource method (a parameter of a method with an HTTP method annotation
 * that carries no JAX-RS annotation such as {@code @PathParam} or {@code @Context}), when it is a record, and the
 * records its components hold, directly or in a collection (the grants of an account to create). Going from the
 * resource methods rather than from the {@code *Dtos} classes finds exactly what the API reads, wherever the record is
 * declared (nested in its resource, in a portal's own resources), and leaves the answers out.
 *
 * <p>Where the constraints are read: javac copies an annotation of a record component to every element it may
 * annotate, here the private field, the accessor, the canonical constructor's parameter and their types. Bean
 * Validation validates a request body by its fields (an accessor is no getter by its name, and the constructor is
 * not called through the validator), so the limits are those of {@code getConstrainedProperties()}: what a request
 * is validated against. Only text properties count; a {@code @Size} of a list is no input's length.
 *
 * <p>Keys are "{@code <simple name of the record>.<component>}", e.g. {@code PlaceOrderDto.description}. Where DTOs
 * share a simple name (the {@code ReasonDto} of orders and that of bookings), each is named with the class it is
 * declared in as well: {@code OrderDtos.ReasonDto.reason}.
 */
public final class UiLimits {

    /** The limits of one text field; null where the DTO sets none. */
    @Schema(name = "UiLimit", description = "Limits of a text field of a request: the longest and shortest length in "
            + "characters and a regular expression the whole text matches (JavaScript's syntax as well as Java's)")
    public record Limit(Integer maxLength, Integer minLength, String pattern) {
    }

    private UiLimits() {
    }

    /** The limits of the text fields of the request DTOs of the resource classes, by key, in the order of the keys. */
    public static SortedMap<String, Limit> of(Collection<Class<?>> resources, Validator validator) {
        Set<Class<?>> dtos = new LinkedHashSet<>();
        for (Class<?> resource : resources) {
            for (Method m : resource.getMethods()) {
                if (Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                    for (Parameter p : m.getParameters()) {
                        if (isEntity(p)) {
                            collect(p.getParameterizedType(), dtos);
                        }
                    }
                }
            }
        }
        Map<String, List<Class<?>>> bySimpleName = dtos.stream().collect(Collectors.groupingBy(Class::getSimpleName));
        SortedMap<String, Limit> limits = new TreeMap<>();
        for (Class<?> dto : dtos) {
            String name = bySimpleName.get(dto.getSimpleName()).size() > 1 && dto.getEnclosingClass() != null
                    ? dto.getEnclosingClass().getSimpleName() + "." + dto.getSimpleName() : dto.getSimpleName();
            for (PropertyDescriptor property : validator.getConstraintsForClass(dto).getConstrainedProperties()) {
                if (CharSequence.class.isAssignableFrom(property.getElementClass())) {
                    limitOf(property).ifPresent(l -> limits.put(name + "." + property.getPropertyName(), l));
                }
            }
        }
        return Collections.unmodifiableSortedMap(limits);
    }

    /** The request body: no {@code @PathParam}, {@code @QueryParam}, {@code @Context} or other JAX-RS annotation. */
    private static boolean isEntity(Parameter p) {
        return Arrays.stream(p.getAnnotations()).map(a -> a.annotationType().getPackageName())
                .noneMatch(pkg -> pkg.equals("jakarta.ws.rs") || pkg.startsWith("jakarta.ws.rs."));
    }

    /** The records of a type (itself, its type arguments, its array elements) and, once each, those they hold. */
    private static void collect(Type type, Set<Class<?>> into) {
        switch (type) {
            case Class<?> c when c.isArray() -> collect(c.getComponentType(), into);
            case Class<?> c when c.isRecord() -> {
                if (into.add(c)) {
                    for (RecordComponent rc : c.getRecordComponents()) {
                        collect(rc.getGenericType(), into);
                    }
                }
            }
            case ParameterizedType p -> Arrays.stream(p.getActualTypeArguments()).forEach(t -> collect(t, into));
            case GenericArrayType a -> collect(a.getGenericComponentType(), into);
            case WildcardType w -> Arrays.stream(w.getUpperBounds()).forEach(t -> collect(t, into));
            default -> {
                // Not a record: no fields of a request DTO.
            }
        }
    }

    /**
     * The tightest {@code @Size} and the one {@code @Pattern} (without flags) of a property, including those a
     * composed constraint is made of; empty when it has neither. Several patterns are left to the API.
     */
    private static Optional<Limit> limitOf(PropertyDescriptor property) {
        Integer max = null;
        Integer min = null;
        List<String> patterns = new ArrayList<>();
        for (ConstraintDescriptor<?> c : all(property.getConstraintDescriptors())) {
            Class<? extends Annotation> type = c.getAnnotation().annotationType();
            Map<String, Object> attributes = c.getAttributes();
            if (type == Size.class) {
                int cMax = (Integer) attributes.get("max");
                int cMin = (Integer) attributes.get("min");
                if (cMax < Integer.MAX_VALUE) {
                    max = max == null ? cMax : Math.min(max, cMax);
                }
                if (cMin > 0) {
                    min = min == null ? cMin : Math.max(min, cMin);
                }
            } else if (type == Pattern.class && ((Pattern.Flag[]) attributes.get("flags")).length == 0) {
                patterns.add((String) attributes.get("regexp"));
            }
        }
        String pattern = patterns.size() == 1 ? patterns.getFirst() : null;
        return max == null && min == null && pattern == null ? Optional.empty()
                : Optional.of(new Limit(max, min, pattern));
    }

    private static List<ConstraintDescriptor<?>> all(Set<ConstraintDescriptor<?>> constraints) {
        List<ConstraintDescriptor<?>> out = new ArrayList<>();
        for (ConstraintDescriptor<?> c : constraints) {
            out.add(c);
            out.addAll(all(c.getComposingConstraints()));
        }
        return out;
    }
}
