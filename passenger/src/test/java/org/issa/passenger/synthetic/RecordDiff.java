package org.issa.passenger.synthetic;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The path to the first difference between two model values, for readable round-trip failures. */
final class RecordDiff {

    private RecordDiff() {}

    static Optional<String> first(Object a, Object b, String path) {
        if (Objects.equals(a, b)) {
            return Optional.empty();
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return Optional.of(path + ": " + a + " != " + b);
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                return Optional.of(path + ": size " + la.size() + " != " + lb.size() + "\n  expected " + la + "\n  actual   " + lb);
            }
            for (int i = 0; i < la.size(); i++) {
                Optional<String> d = first(la.get(i), lb.get(i), path + "[" + i + "]");
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        if (a instanceof Optional<?> oa && b instanceof Optional<?> ob && oa.isPresent() && ob.isPresent()) {
            return first(oa.get(), ob.get(), path);
        }
        if (a.getClass().isRecord()) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                try {
                    Optional<String> d = first(c.getAccessor().invoke(a), c.getAccessor().invoke(b), path + "." + c.getName());
                    if (d.isPresent()) {
                        return d;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Optional.of(path + ": " + a + " != " + b);
    }
}
