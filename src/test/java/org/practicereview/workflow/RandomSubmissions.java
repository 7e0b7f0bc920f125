package org.practicereview.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random submissions for a form, built from a valid one: any number of fields replaced by random
 * values of any type (jqwik generators), and one field made certainly wrong, so the submission can
 * never be accepted. Used to prove that a refused task writes nothing.
 */
public final class RandomSubmissions {

    private static final Arbitrary<Object> ANY_VALUE = Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(300).map(s -> (Object) s),
            Arbitraries.strings().alpha().ofLength(25000).map(s -> (Object) s),
            Arbitraries.integers().map(i -> (Object) i),
            Arbitraries.of(true, false).map(b -> (Object) b),
            Arbitraries.strings().alpha().list().ofMaxSize(3).map(l -> (Object) l),
            Arbitraries.of("2026-02-30", "not a date", "1899-12-31", "<script>alert(1)</script>").map(s -> (Object) s),
            Arbitraries.just(null));

    private RandomSubmissions() {}

    public static List<Map<String, Object>> invalidVariants(FormDefinition form, Map<String, ?> valid, int count, long seed) {
        Random random = new Random(seed);
        List<Map<String, Object>> variants = new ArrayList<>();
        List<FormField> fields = form.fields();
        for (int i = 0; i < count; i++) {
            Map<String, Object> values = new LinkedHashMap<>(valid);
            for (FormField f : fields) {
                if (random.nextInt(4) == 0) {
                    values.put(f.key(), ANY_VALUE.sample());
                }
            }
            FormField broken = fields.get(random.nextInt(fields.size()));
            values.put(broken.key(), Map.of("not", "a value of any field type"));
            variants.add(values);
        }
        return variants;
    }
}
