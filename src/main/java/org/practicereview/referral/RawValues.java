package org.practicereview.referral;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.practicereview.workflow.FormDefinition;
import org.practicereview.workflow.FormField;

/**
 * What a page sent, kept as typed (not yet validated) so the page can show it again: only the
 * form's own keys, text or lists of text, each value capped so a draft cannot grow without bound.
 */
final class RawValues {

    static final int MAX_CHARS = 20_000;

    private RawValues() {}

    static Map<String, Object> of(FormDefinition form, Map<String, ?> submitted) {
        Map<String, Object> kept = new LinkedHashMap<>();
        if (submitted == null) {
            return kept;
        }
        for (FormField field : form.fields()) {
            Object value = plain(submitted.get(field.key()));
            if (value != null) {
                kept.put(field.key(), value);
            }
        }
        return kept;
    }

    private static Object plain(Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof String[] array) {
            return array.length == 1 ? capped(array[0]) : plain(Arrays.asList(array));
        }
        if (raw instanceof Collection<?> items) {
            return items.stream().filter(i -> i != null).map(i -> capped(i.toString())).toList();
        }
        if (raw instanceof Boolean || raw instanceof Number) {
            return raw;
        }
        return capped(raw.toString());
    }

    private static String capped(String text) {
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }

}
