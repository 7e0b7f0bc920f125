package org.practicereview.screening;

import java.time.Instant;
import org.practicereview.shared.CaseReference;

/**
 * A completed screening as other modules see it: the facts, what the versioned decision table
 * concluded, the rule that fired, and when.
 */
public record ScreeningOutcome(
        CaseReference caseReference,
        CriteriaFacts facts,
        CriteriaResult result,
        String reason,
        String ruleId,
        String decisionKey,
        int decisionVersion,
        Instant evaluatedAt) {}
