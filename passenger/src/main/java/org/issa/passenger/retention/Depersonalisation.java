package org.issa.passenger.retention;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issa.passenger.pnr.Annex;
import org.issa.passenger.pnr.AnnexItem;

/**
 * Masks exactly the items Article 12(2) of Directive (EU) 2016/681 lists, in any record of the ingest model, led by
 * its {@link Annex} tags: a component tagged with a masked item (names, contacts, payment, frequent flyer, general
 * remarks, API data, number of travellers) is replaced by {@link #MASK} (text) or emptied (lists, optionals); every
 * other component is kept and its nested records are walked in turn. A nested record whose type carries a masked tag,
 * which says it is masked after six months (a history entry about a masked item), or whose own Annex I item
 * ({@code annexItem()}, as SSRs and remarks tell it) is masked, goes whole.
 */
public final class Depersonalisation {

    /** What a masked text reads as, in storage, search results, exports and pages. */
    public static final String MASK = "***";

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private Depersonalisation() {
    }

    /** The record with its Article 12(2) items masked; the original is not changed. */
    public static <T extends Record> T mask(T record) {
        @SuppressWarnings("unchecked")
        T masked = (T) maskRecord(record, false);
        return masked;
    }

    private static Object maskRecord(Record r, boolean all) {
        Shape shape = SHAPES.get(r.getClass());
        Object[] args = new Object[shape.components.length];
        for (int i = 0; i < args.length; i++) {
            RecordComponent c = shape.components[i];
            Object value;
            try {
                value = shape.accessors[i].invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
            }
            args[i] = all || shape.masked[i] ? blank(value, c.getType()) : walk(value);
        }
        try {
            return shape.constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild a masked " + r.getClass().getSimpleName(), e);
        }
    }

    private static Object walk(Object value) {
        if (value instanceof Record r) {
            return maskedWhole(r) ? maskRecord(r, true) : maskRecord(r, false);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                if (o instanceof Record r && maskedWhole(r)) {
                    continue;
                }
                out.add(walk(o));
            }
            return List.copyOf(out);
        }
        if (value instanceof Optional<?> opt) {
            if (opt.isPresent() && opt.get() instanceof Record r && maskedWhole(r)) {
                return Optional.empty();
            }
            return opt.map(Depersonalisation::walk);
        }
        return value;
    }

    private static boolean maskedWhole(Record r) {
        Shape shape = SHAPES.get(r.getClass());
        if (shape.typeMasked) {
            return true;
        }
        try {
            if (shape.selfJudged != null) {
                return (boolean) shape.selfJudged.invoke(r);
            }
            if (shape.itemOf != null) {
                Object item = shape.itemOf.invoke(r);
                if (item instanceof Optional<?> o) {
                    // An element that names no Annex I item (it should not have been kept): masked, to be safe.
                    return o.map(i -> ((AnnexItem) i).isMaskedAfterSixMonths()).orElse(true);
                }
                return item == null || ((AnnexItem) item).isMaskedAfterSixMonths();
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot ask a " + r.getClass().getSimpleName() + " whether it is masked", e);
        }
        return false;
    }

    private static Object blank(Object value, Class<?> type) {
        if (value == null) {
            return null;
        }
        if (type == String.class) {
            return ((String) value).isEmpty() ? "" : MASK;
        }
        if (List.class.isAssignableFrom(type)) {
            return List.of();
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == int.class || type == Integer.class) {
            return 0;
        }
        if (type == long.class || type == Long.class) {
            return 0L;
        }
        if (type == BigDecimal.class) {
            return BigDecimal.ZERO;
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals("UNKNOWN")) {
                    return constant;
                }
            }
            return value;
        }
        if (value instanceof Record r) {
            return maskRecord(r, true);
        }
        return null;
    }

    private static boolean anyMasked(Annex annex) {
        if (annex == null) {
            return false;
        }
        for (AnnexItem item : annex.value()) {
            if (item.isMaskedAfterSixMonths()) {
                return true;
            }
        }
        return false;
    }

    /** What masking needs to know of a record type, worked out once per type. */
    private record Shape(RecordComponent[] components, Method[] accessors, boolean[] masked, Constructor<?> constructor,
                         boolean typeMasked, Method selfJudged, Method itemOf) {

        static Shape of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            RecordComponent[] cs = type.getRecordComponents();
            Method[] accessors = new Method[cs.length];
            boolean[] masked = new boolean[cs.length];
            Class<?>[] types = new Class<?>[cs.length];
            for (int i = 0; i < cs.length; i++) {
                accessors[i] = cs[i].getAccessor();
                accessors[i].setAccessible(true);
                masked[i] = anyMasked(cs[i].getAnnotation(Annex.class));
                types[i] = cs[i].getType();
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                Method judged = null;
                try {
                    Method m = type.getMethod("maskedAfterSixMonths");
                    if (m.getReturnType() == boolean.class) {
                        judged = m;
                    }
                } catch (NoSuchMethodException e) {
                    judged = null;
                }
                Method itemOf = null;
                try {
                    Method m = type.getMethod("annexItem");
                    if (m.getReturnType() == AnnexItem.class || m.getReturnType() == Optional.class) {
                        itemOf = m;
                    }
                } catch (NoSuchMethodException e) {
                    itemOf = null;
                }
                return new Shape(cs, accessors, masked, constructor, anyMasked(type.getAnnotation(Annex.class)), judged, itemOf);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
            }
        }
    }
}
