package org.issa.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A declared, documented model that rules are written against: a name and its fields. Each field
 * has a fixed position, so that {@link Facts} hold their values in an array and evaluation looks a
 * value up without reflection.
 */
public final class Model {

    private final String name;
    private final List<Field> fields;
    private final Map<String, Integer> index;

    public Model(String name, List<Field> fields) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a model needs a name");
        }
        this.name = name;
        this.fields = List.copyOf(fields);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < this.fields.size(); i++) {
            if (idx.put(this.fields.get(i).name(), i) != null) {
                throw new IllegalArgumentException("field declared twice: " + this.fields.get(i).name());
            }
        }
        for (Field f : this.fields) {
            String group = f.name().substring(0, f.name().indexOf('.'));
            if (idx.containsKey(group)) {
                throw new IllegalArgumentException("field " + group + " clashes with the group of " + f.name());
            }
        }
        this.index = Map.copyOf(idx);
    }

    public String name() {
        return name;
    }

    public List<Field> fields() {
        return fields;
    }

    /** The fields a rule may use (all but the forbidden ones). */
    public List<Field> usableFields() {
        List<Field> out = new ArrayList<>();
        for (Field f : fields) {
            if (!f.isForbidden()) {
                out.add(f);
            }
        }
        return out;
    }

    public Optional<Field> field(String name) {
        Integer i = index.get(name);
        return i == null ? Optional.empty() : Optional.of(fields.get(i));
    }

    /** The position of a field, or -1. */
    int position(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    public Facts.Builder facts() {
        return new Facts.Builder(this);
    }

    @Override
    public String toString() {
        return "Model[" + name + ", " + fields.size() + " fields]";
    }
}
