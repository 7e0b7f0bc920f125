package org.practicereview.web.components;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders our Thymeleaf component fragments without a Spring context and compares them with the
 * reference HTML in govuk-frontend's {@code fixtures.json} (from the webjar on the classpath).
 */
final class Components {

    static final String FIXTURES = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/components/%s/fixtures.json";

    /** Attributes whose presence matters but not their value. */
    private static final Set<String> BOOLEAN_ATTRIBUTES = Set.of("checked", "selected", "disabled");

    private static final SpringTemplateEngine ENGINE = engine();

    private Components() {}

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCharacterEncoding("UTF-8");
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver strings = new StringTemplateResolver();
        strings.setTemplateMode(TemplateMode.HTML);
        strings.setOrder(2);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(strings);
        // Context-relative links (@{/...}) without a servlet request: the application runs at the root.
        engine.setLinkBuilder(new StandardLinkBuilder() {
            @Override
            protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
                return "";
            }
        });
        return engine;
    }

    /** Renders a fragment expression, such as {@code components/tag :: tag(${text}, ${colour})}, with these variables. */
    static String render(String fragment, Map<String, ?> variables) {
        Context context = new Context();
        variables.forEach(context::setVariable);
        return ENGINE.process("<th:block th:replace=\"~{" + fragment + "}\"></th:block>", context);
    }

    /** A fixture of a component, by name. */
    static Fixture fixture(String component, String name) {
        String path = FIXTURES.formatted(component);
        try (InputStream in = Components.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path + " on the classpath").isNotNull();
            JsonNode root = new ObjectMapper().readTree(in);
            for (JsonNode f : root.get("fixtures")) {
                if (f.get("name").asText().equals(name)) {
                    return new Fixture(component, name, f.get("options"), f.get("html").asText());
                }
            }
            throw new AssertionError("no fixture \"" + name + "\" for " + component);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Fixture(String component, String name, JsonNode options, String html) {

        /** The fixture's option at a JSON pointer, such as {@code /label/text}. */
        String option(String pointer) {
            JsonNode n = options.at(pointer);
            return n.isMissingNode() || n.isNull() ? null : n.asText();
        }

        Element expected() {
            return Jsoup.parseBodyFragment(html).body();
        }
    }

    /** Asserts the fixture's tree and ours are the same, after {@code adjust} applies our deliberate differences to the fixture. */
    static void assertConforms(String ours, Fixture fixture, Map<String, String> renames, Consumer<Element> adjust) {
        Element expected = fixture.expected();
        adjust.accept(expected);
        assertThat(canonical(Jsoup.parseBodyFragment(ours).body(), Map.of()))
                .as("%s \"%s\"", fixture.component(), fixture.name())
                .isNotBlank()
                .isEqualTo(canonical(expected, renames));
    }

    static void assertConforms(String ours, Fixture fixture, Map<String, String> renames) {
        assertConforms(ours, fixture, renames, e -> {});
    }

    static void assertConforms(String ours, Fixture fixture) {
        assertConforms(ours, fixture, Map.of(), e -> {});
    }

    /**
     * One line per element and text: tag, attributes sorted by name, classes sorted, whitespace collapsed. Tokens of
     * attribute values found in {@code renames} are replaced: ids the fixture chose arbitrarily, mapped to ours.
     */
    static String canonical(Element root, Map<String, String> renames) {
        StringBuilder out = new StringBuilder();
        for (Node child : root.childNodes()) {
            write(child, 0, renames, out);
        }
        return out.toString();
    }

    private static void write(Node node, int depth, Map<String, String> renames, StringBuilder out) {
        if (node instanceof TextNode text) {
            String t = text.text().replaceAll("\\s+", " ").trim();
            if (!t.isEmpty()) {
                out.append("  ".repeat(depth)).append('"').append(t).append("\"\n");
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return; // comments
        }
        Map<String, String> attributes = new TreeMap<>();
        for (Attribute a : e.attributes()) {
            String name = a.getKey().toLowerCase();
            String value = a.getValue();
            if (BOOLEAN_ATTRIBUTES.contains(name)) {
                value = "";
            } else if (name.equals("class")) {
                value = Arrays.stream(value.trim().split("\\s+")).sorted().collect(Collectors.joining(" "));
            } else {
                value = rename(value, renames);
            }
            attributes.put(name, value);
        }
        out.append("  ".repeat(depth)).append('<').append(e.normalName());
        attributes.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
        out.append(">\n");
        for (Node child : e.childNodes()) {
            write(child, depth + 1, renames, out);
        }
    }

    private static String rename(String value, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return value;
        }
        return Arrays.stream(value.split(" ", -1))
                .map(token -> token.startsWith("#") && renames.containsKey(token.substring(1))
                        ? "#" + renames.get(token.substring(1))
                        : renames.getOrDefault(token, token))
                .collect(Collectors.joining(" "));
    }
}
