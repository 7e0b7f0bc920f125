package org.practicereview.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The only Spring beans an expression in a diagram may reach: those the application's own diagrams
 * name (their delegates and {@code workingDays}). Read from the diagrams on the class path when the
 * engine starts; any other name — a repository, the data source — is unknown to the engine. Beans
 * are looked up when first used, as the engine is built before them.
 */
final class DiagramBeans extends AbstractMap<Object, Object> {

    private static final Pattern NAME_IN_EXPRESSION = Pattern.compile("[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

    private final ApplicationContext context;
    private final Set<String> names;

    DiagramBeans(ApplicationContext context) {
        this.context = context;
        this.names = namedIn(context, "classpath*:*.bpmn");
    }

    static Set<String> namedIn(ApplicationContext context, String diagrams) {
        Set<String> names = new TreeSet<>();
        try {
            for (Resource diagram : new PathMatchingResourcePatternResolver().getResources(diagrams)) {
                try (InputStream in = diagram.getInputStream()) {
                    Matcher m = NAME_IN_EXPRESSION.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    while (m.find()) {
                        if (context.containsBean(m.group(1))) {
                            names.add(m.group(1));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The diagrams cannot be read", e);
        }
        return Set.copyOf(names);
    }

    Set<String> names() {
        return names;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && names.contains(name);
    }

    @Override
    public Object get(Object key) {
        return containsKey(key) ? context.getBean((String) key) : null;
    }

    /** Every bean a diagram names, with the bean; the engine itself only looks them up one by one. */
    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return names.stream().map(name -> Map.<Object, Object>entry(name, context.getBean(name)))
                .collect(Collectors.toUnmodifiableSet());
    }
}
