package org.practicereview.identity.camunda;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;

/** What a database would do for the engine's identity queries: LIKE, ORDER BY, OFFSET and LIMIT. */
final class QueryResults {

    private QueryResults() {}

    /** True when no value is asked for, or the value is equal. */
    static boolean equal(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }

    /** SQL LIKE, ignoring case: {@code %} is any text, {@code _} one character. */
    static boolean like(String pattern, String actual) {
        if (pattern == null) {
            return true;
        }
        if (actual == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '%' || c == '_') {
                regex.append(Pattern.quote(literal.toString())).append(c == '%' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString(), Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(actual).matches();
    }

    /**
     * Sorts by the query's orderBy clauses (by id when it has none) and cuts out the page asked for.
     * {@code keys} maps the engine's column names (e.g. {@code ID_}) to the values they sort by.
     */
    static <T> List<T> sortedPage(List<T> results, AbstractQuery<?, ?> query, Map<String, Function<T, String>> keys) {
        Comparator<T> order = null;
        for (QueryOrderingProperty property : query.getOrderingProperties()) {
            Function<T, String> key = keys.get(property.getQueryProperty().getName());
            if (key == null) {
                continue;
            }
            Comparator<T> next = Comparator.comparing(key, Comparator.nullsFirst(Comparator.comparing(s -> s.toLowerCase(Locale.ROOT))));
            if (property.getDirection() != null && Direction.DESCENDING.getName().equals(property.getDirection().getName())) {
                next = next.reversed();
            }
            order = order == null ? next : order.thenComparing(next);
        }
        Comparator<T> byId = Comparator.comparing(keys.get("ID_"));
        List<T> sorted = results.stream().sorted(order == null ? byId : order.thenComparing(byId)).toList();
        int from = Math.min(Math.max(query.getFirstResult(), 0), sorted.size());
        int to = (int) Math.min((long) from + Math.max(query.getMaxResults(), 0), sorted.size());
        return sorted.subList(from, to);
    }
}
