package org.issa.core.sql;

import java.util.ArrayList;
import java.util.List;

/** A piece of SQL with its bound parameters, to be composed into a statement. */
public record SqlFragment(String sql, List<Object> params) {

    public SqlFragment {
        params = List.copyOf(params);
    }

    public static SqlFragment of(String sql, Object... params) {
        return new SqlFragment(sql, List.of(params));
    }

    public SqlFragment and(SqlFragment other) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(other.params);
        return new SqlFragment(sql + " AND " + other.sql, all);
    }

    public Object[] paramArray() {
        return params.toArray();
    }
}
