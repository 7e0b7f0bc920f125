package org.practicereview.screening;

import static org.practicereview.workflow.ProcessVariables.ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED;
import static org.practicereview.workflow.ProcessVariables.CHILD_DIED;
import static org.practicereview.workflow.ProcessVariables.CHILD_SERIOUSLY_HARMED;
import static org.practicereview.workflow.ProcessVariables.DEFINITIVE_EVIDENCE_NO_CONCERN;
import static org.practicereview.workflow.ProcessVariables.DIED_DEPRIVED_OF_LIBERTY_MCA;
import static org.practicereview.workflow.ProcessVariables.DIED_IN_CUSTODY_OR_DETENTION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The six facts the PRG records against the statutory criteria; exactly the inputs of scr-criteria.dmn. */
public record CriteriaFacts(
        boolean abuseOrNeglectKnownOrSuspected,
        boolean childDied,
        boolean childSeriouslyHarmed,
        boolean definitiveEvidenceNoConcern,
        boolean diedInCustodyOrDetention,
        boolean diedDeprivedOfLibertyMca) {

    /** The variable names, in the order the facts are asked. */
    public static final List<String> NAMES = List.of(ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, CHILD_DIED,
            CHILD_SERIOUSLY_HARMED, DEFINITIVE_EVIDENCE_NO_CONCERN, DIED_IN_CUSTODY_OR_DETENTION,
            DIED_DEPRIVED_OF_LIBERTY_MCA);

    /** Reads the facts by variable name; a fact that is missing or not a boolean is a wiring fault. */
    public static CriteriaFacts from(Function<String, Object> source) {
        return new CriteriaFacts(fact(source, ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED), fact(source, CHILD_DIED),
                fact(source, CHILD_SERIOUSLY_HARMED), fact(source, DEFINITIVE_EVIDENCE_NO_CONCERN),
                fact(source, DIED_IN_CUSTODY_OR_DETENTION), fact(source, DIED_DEPRIVED_OF_LIBERTY_MCA));
    }

    private static boolean fact(Function<String, Object> source, String name) {
        if (source.apply(name) instanceof Boolean b) {
            return b;
        }
        throw new IllegalStateException("Criteria fact " + name + " is missing");
    }

    /** The facts as process variables (the DMN inputs). */
    public Map<String, Object> toVariables() {
        List<Boolean> values = List.of(abuseOrNeglectKnownOrSuspected, childDied, childSeriouslyHarmed,
                definitiveEvidenceNoConcern, diedInCustodyOrDetention, diedDeprivedOfLibertyMca);
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            variables.put(NAMES.get(i), values.get(i));
        }
        return variables;
    }
}
