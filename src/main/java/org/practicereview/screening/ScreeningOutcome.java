package org.practicereview.screening;

import java.time.Instant;
import org.practicereview.shared.CaseReference;

/**
 * A completed screening as other modules see it: the facts, what the versioned decision table
 * concluded, the rule that fired, and when. The version tag names the criteria set (null if the table has none).
 */
public record ScreeningOutcome(
        CaseReference caseReference,
        CriteriaFacts facts,
        CriteriaResult result,
        String reason,
        String ruleId,
        String decisionKey,
        int decisionVersion,
        String decisionVersionTag,
        Instant evaluatedAt) {}
