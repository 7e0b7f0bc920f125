package org.practicereview.incident;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.practicereview.shared.CaseFileSection.Row;

/** The facts the notification criteria read (serious-incident-notification.dmn): flags and a place, no personal data. */
public record IncidentFacts(boolean lookedAfterChild, boolean abuseOrNeglectKnownOrSuspected, boolean childDied,
                            boolean childSeriouslyHarmed, WhereHarmed whereHarmed) {

    static final String LOOKED_AFTER_CHILD = "lookedAfterChild";
    static final String ABUSE_OR_NEGLECT = "abuseOrNeglectKnownOrSuspected";
    static final String CHILD_DIED = "childDied";
    static final String CHILD_SERIOUSLY_HARMED = "childSeriouslyHarmed";
    static final String WHERE_HARMED = "whereHarmed";

    /** From answers by key: "yes"/"no" (a form) or booleans (process variables). */
    static IncidentFacts from(Function<String, Object> answers) {
        return new IncidentFacts(yes(answers.apply(LOOKED_AFTER_CHILD)), yes(answers.apply(ABUSE_OR_NEGLECT)),
                yes(answers.apply(CHILD_DIED)), yes(answers.apply(CHILD_SERIOUSLY_HARMED)),
                WhereHarmed.valueOf(String.valueOf(answers.apply(WHERE_HARMED))));
    }

    /** The decision table's inputs. */
    Map<String, Object> toVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(LOOKED_AFTER_CHILD, lookedAfterChild);
        variables.put(ABUSE_OR_NEGLECT, abuseOrNeglectKnownOrSuspected);
        variables.put(CHILD_DIED, childDied);
        variables.put(CHILD_SERIOUSLY_HARMED, childSeriouslyHarmed);
        variables.put(WHERE_HARMED, whereHarmed.name());
        return variables;
    }

    /** The facts as the case page and the brief say them. */
    public List<Row> inWords() {
        return List.of(Row.of("Looked-after child", yesNo(lookedAfterChild)),
                Row.of("Abuse or neglect known or suspected", yesNo(abuseOrNeglectKnownOrSuspected)),
                Row.of("The child died", yesNo(childDied)),
                Row.of("The child was seriously harmed", yesNo(childSeriouslyHarmed)),
                Row.of("Where the child died or came to harm", whereHarmed.words()));
    }

    /** For the trail: the facts in words, one line. */
    String summary() {
        return "looked-after child " + yesNo(lookedAfterChild).toLowerCase() + ", abuse or neglect known or suspected "
                + yesNo(abuseOrNeglectKnownOrSuspected).toLowerCase() + ", died " + yesNo(childDied).toLowerCase()
                + ", seriously harmed " + yesNo(childSeriouslyHarmed).toLowerCase() + ", where: "
                + whereHarmed.words().toLowerCase();
    }

    private static boolean yes(Object answer) {
        return Boolean.TRUE.equals(answer) || "yes".equals(answer);
    }

    private static String yesNo(boolean flag) {
        return flag ? "Yes" : "No";
    }
}
