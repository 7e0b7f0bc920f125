package org.practicereview.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What must never reach a page, PDF or CSV meant for people: the ids of the diagrams and decision
 * (read from {@code processes/*.bpmn} and {@code *.dmn}, with the decision's output codes and the
 * forms' option codes and field keys, so that the list cannot drift from the diagrams), enum-style
 * words, ISO timestamps and dates, ISO durations and raw UUIDs such as process and task ids.
 * <p>
 * {@link #ALLOWED} and {@link #FOR_PEOPLE}, side by side, are the one place where something that
 * looks like a code is let through, each with the reason it is meant for people.
 */
final class InternalCodes {

    /** Words that look like codes but are what people call things, and why. */
    static final Map<String, String> ALLOWED = Map.of(
            "SCR", "the statutory name's abbreviation, \"Serious Case Review (SCR)\", is how boards and the national panel say it",
            "PRG", "the Practice Review Group is called the PRG by everyone who sits on it",
            "CSV", "the name of the download format on the export links",
            "PDF", "the name of the download format on the document links");

    /**
     * Not words but meant for people all the same, and why: a case reference (PR-2026-0001) is what
     * people quote in letters and on the phone; a document's file name
     * (decision-record-pr-2026-0001-2026-12-03.pdf) is what their computer saves it as, its date
     * written year first so that the files sort in order; the referral's protective marking is in
     * capitals because markings are written so.
     */
    private static final Pattern FOR_PEOPLE = Pattern.compile("\\bPR-\\d{4}-\\d{4,}\\b|[\\w.-]+\\.(?:pdf|csv)\\b"
            + "|RESTRICTED / CONFIDENTIAL WHEN COMPLETED");

    private static final Map<String, Pattern> SHAPES = Map.of(
            "enum-style word", Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b"),
            "ISO timestamp", Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2})?"),
            "ISO date", Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b"),
            "ISO duration", Pattern.compile("\\bP(?=\\d|T\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?"
                    + "(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d+)?S)?)?\\b"),
            "UUID", Pattern.compile("\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b"));

    private static final InternalCodes DERIVED = derive();

    private final Set<String> named;

    private InternalCodes(Set<String> named) {
        this.named = named;
    }

    static InternalCodes fromDiagramsAndForms() {
        return DERIVED;
    }

    /** Every code this text contains, each as "kind: code"; empty when it is all plain words. */
    List<String> in(String text) {
        String plain = FOR_PEOPLE.matcher(text).replaceAll(" ");
        Map<String, String> found = new LinkedHashMap<>();
        Matcher words = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(?:-[a-z0-9]+)*").matcher(plain);
        while (words.find()) {
            if (named.contains(words.group())) {
                found.putIfAbsent(words.group(), "diagram, decision or form code");
            }
        }
        SHAPES.forEach((kind, shape) -> {
            Matcher m = shape.matcher(plain);
            while (m.find()) {
                found.putIfAbsent(m.group(), kind);
            }
        });
        found.keySet().removeAll(ALLOWED.keySet());
        return found.entrySet().stream().map(e -> e.getValue() + ": " + e.getKey()).toList();
    }

    /** As {@link #in}, each with the words around its first appearance, to find where it came from. */
    List<String> inContext(String text) {
        return in(text).stream().map(found -> {
            int at = text.indexOf(found.substring(found.indexOf(": ") + 2));
            String around = text.substring(Math.max(0, at - 40), Math.min(text.length(), at + found.length() + 30));
            return found + " in \"" + around.replaceAll("\\s+", " ") + "\"";
        }).toList();
    }

    /** The codes read from the diagrams, the decision and the forms (for the test of this class). */
    Set<String> named() {
        return named;
    }

    private static InternalCodes derive() {
        Set<String> named = new TreeSet<>();
        for (String xml : resources("*.bpmn", "*.dmn")) {
            matches(xml, "\\sid=\"([^\"]+)\"").stream().filter(InternalCodes::looksLikeAnId).forEach(named::add);
            matches(xml, "<text>\"([A-Z][A-Z0-9_]*)\"</text>").forEach(named::add);
        }
        ObjectMapper json = new ObjectMapper();
        for (String form : resources("*.form")) {
            try {
                collect(json.readTree(form), named);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new InternalCodes(Set.copyOf(named));
    }

    /**
     * Option codes in capitals (OPEN, NEVER, RETURNED) and field keys in camel case
     * (summaryOfFindings). A key or id that is one plain word ("purpose", "publication", the
     * publication process's id) is also an English word, and is left to the other checks.
     */
    private static void collect(JsonNode node, Set<String> named) {
        if (node.has("key") && node.get("key").asText().matches("[a-z]+[A-Z0-9][A-Za-z0-9]*")) {
            named.add(node.get("key").asText());
        }
        for (JsonNode option : node.path("values")) {
            String value = option.path("value").asText();
            if (value.matches("[A-Z][A-Z0-9_]*")) {
                named.add(value);
            }
        }
        node.path("components").forEach(child -> collect(child, named));
    }

    private static boolean looksLikeAnId(String id) {
        return id.contains("_") || id.contains("-") || id.matches("[a-z]+[A-Z].*");
    }

    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<String> resources(String... patterns) {
        List<String> texts = new ArrayList<>();
        try {
            for (String pattern : patterns) {
                for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern)) {
                    try (InputStream in = r.getInputStream()) {
                        texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("No diagrams or forms on the classpath");
        }
        return texts;
    }
}
