package org.practicereview.audit.web;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The auditor's reports read the decision table as stored (codes), and say it in words. The words are
 * the chair's form's and the criteria's own; {@code AuditWordsTest} fails when a code has none.
 */
final class AuditWords {

    static final Map<String, String> DECISIONS = Map.of(
            "INITIATE_SCR", "Initiate a serious case review",
            "OTHER_REVIEW", "Commission another type of review",
            "NO_REVIEW", "No review: disseminate learning or take immediate action",
            "DEFER", "Defer for more information");

    static final Map<String, String> CRITERIA_RESULTS = Map.of(
            "MANDATORY", "A serious case review should always be undertaken",
            "MET", "The criteria for a serious case review are met",
            "NOT_MET", "The criteria for a serious case review are not met");

    private AuditWords() {}

    static String decision(String code) {
        return DECISIONS.getOrDefault(code, "Not recorded");
    }

    static String criteriaResult(String code) {
        return CRITERIA_RESULTS.getOrDefault(code, "Not recorded");
    }

    /** "12 years", "1 year and 6 months", "30 days". */
    static String period(Period period) {
        List<String> parts = new ArrayList<>();
        add(parts, period.getYears(), "year");
        add(parts, period.getMonths(), "month");
        add(parts, period.getDays(), "day");
        if (parts.isEmpty()) {
            return "no time";
        }
        String last = parts.remove(parts.size() - 1);
        return parts.isEmpty() ? last : String.join(", ", parts) + " and " + last;
    }

    private static void add(List<String> parts, int amount, String unit) {
        if (amount != 0) {
            parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
        }
    }
}
