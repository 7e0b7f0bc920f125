package org.practicereview.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.practicereview.shared.GovDates;
import org.springframework.stereotype.Component;

/**
 * Ids and codes in plain words: a diagram's task, process or decision by its name, a rule by its
 * description, a criterion by its label, a date in GOV.UK style and a code such as
 * {@code DECISION_NOTICE} as "decision notice". A trail event's details are stored as written (the
 * hash covers them, and the CSV export keeps them so for verification); pages and PDFs show them
 * through this, and the decision record names its criteria and rule through it.
 */
@Component
public class PlainWords {

    /** Abbreviations people say as they are. */
    private static final Set<String> ABBREVIATIONS = Set.of("SCR", "PRG", "NHS", "MCA", "GP", "PDF", "CSV", "QA");
    private static final Pattern INSTANT = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z");
    private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z][A-Za-z0-9_]*(?:-[a-z0-9]+)*\\b");
    /** A one-word code given as a value ("outcome=ACCEPTED"); elsewhere a word in capitals may be an abbreviation (LSCB). */
    /** A field whose value is a user id. */
    private static final Pattern PERSON = Pattern.compile("\\b(leadReviewer=|assignee=)([a-z0-9][a-z0-9._-]*[a-z0-9])");
    private static final Pattern VALUE = Pattern.compile("(?<==)[A-Z]{2,}\\b");

    private final RepositoryService repository;
    private volatile Map<String, String> names;

    public PlainWords(RepositoryService repository) {
        this.repository = repository;
    }

    /**
     * The details in words, each person a field names (the lead reviewer, an assignee) by their name
     * from {@code names} rather than the user id the trail holds; the name is put back after the words
     * are made, so that it is never read as a code.
     */
    public String of(String details, java.util.function.UnaryOperator<String> names) {
        if (details == null || details.isBlank()) {
            return details;
        }
        java.util.List<String> people = new java.util.ArrayList<>();
        Matcher m = PERSON.matcher(details);
        StringBuilder held = new StringBuilder();
        while (m.find()) {
            people.add(names.apply(m.group(2)));
            m.appendReplacement(held, Matcher.quoteReplacement(m.group(1) + "\u0001" + (people.size() - 1) + "\u0001"));
        }
        m.appendTail(held);
        String text = of(held.toString());
        for (int i = 0; i < people.size(); i++) {
            text = text.replace("\u0001" + i + "\u0001", people.get(i));
        }
        return text;
    }

    /** The details in words; null stays null. */
    public String of(String details) {
        if (details == null || details.isBlank()) {
            return details;
        }
        String text = replace(INSTANT, details, iso -> GovDates.time(Instant.parse(iso)));
        text = replace(DATE, text, iso -> GovDates.day(LocalDate.parse(iso)));
        Map<String, String> known = names();
        text = replace(VALUE, text, code -> known.getOrDefault(code, lower(code)));
        return replace(WORD, text, word -> known.getOrDefault(word, plain(word)));
    }

    /** A code in capitals or a variable's camel-case name, in lower-case words; any other word as it is. */
    private static String plain(String word) {
        if (word.contains("_") && word.equals(word.toUpperCase(Locale.UK))) {
            return String.join(" ", Arrays.stream(word.split("_")).map(PlainWords::lower).toList());
        }
        if (word.matches("[a-z]+[A-Z][A-Za-z0-9]*")) {
            return word.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
        }
        return word;
    }

    private static String lower(String part) {
        return ABBREVIATIONS.contains(part) ? part : part.toLowerCase(Locale.UK);
    }

    private static String replace(Pattern pattern, String text, Function<String, String> words) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            try {
                replacement = words.apply(m.group());
            } catch (DateTimeParseException notADate) {
                replacement = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    /** The names the deployed diagrams and decisions give their ids, read once. */
    private Map<String, String> names() {
        Map<String, String> known = names;
        if (known == null) {
            known = new HashMap<>();
            for (ProcessDefinition p : repository.createProcessDefinitionQuery().latestVersion().list()) {
                if (isId(p.getKey()) && p.getName() != null) {
                    known.put(p.getKey(), p.getName());
                }
                for (FlowElement e : repository.getBpmnModelInstance(p.getId()).getModelElementsByType(FlowElement.class)) {
                    if (isId(e.getId()) && e.getName() != null && !e.getName().isBlank()) {
                        known.put(e.getId(), e.getName());
                    }
                }
            }
            for (DecisionDefinition d : repository.createDecisionDefinitionQuery().latestVersion().list()) {
                decision(repository.getDmnModelInstance(d.getId()), known);
            }
            names = known;
        }
        return known;
    }

    /** An id that no sentence uses as a word: "Task_DraftReport", "case-review"; never "publication". */
    private static boolean isId(String id) {
        return id.contains("_") || id.contains("-") || id.matches("[a-z]+[A-Z].*");
    }

    private static void decision(DmnModelInstance model, Map<String, String> known) {
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (isId(decision.getId()) && decision.getName() != null) {
                known.put(decision.getId(), decision.getName());
            }
        }
        for (Input input : model.getModelElementsByType(Input.class)) {
            if (input.getLabel() != null) {
                known.put(input.getInputExpression().getText().getTextContent().strip(), input.getLabel());
            }
        }
        for (Rule rule : model.getModelElementsByType(Rule.class)) {
            if (rule.getDescription() != null) {
                known.put(rule.getId(), rule.getDescription().getTextContent().strip());
            }
        }
        for (OutputEntry output : model.getModelElementsByType(OutputEntry.class)) {
            String code = output.getTextContent().strip().replace("\"", "");
            if (code.matches("[A-Z][A-Z_]*")) {
                known.put(code, code.contains("_") ? plain(code) : lower(code));
            }
        }
    }
}
