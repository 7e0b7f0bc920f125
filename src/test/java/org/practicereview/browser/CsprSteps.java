package org.practicereview.browser;

import static org.practicereview.browser.CaseSteps.COORDINATOR;
import static org.practicereview.browser.CaseSteps.HEALTH;
import static org.practicereview.browser.CaseSteps.POLICE;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicereview.browser.CaseSteps.Step;

/**
 * The tasks of a case under the 2018 arrangements that the serious case review route does not have, each by the demo
 * user whose role it is, with the answers given; the local review's own steps are {@link CaseSteps}'.
 */
final class CsprSteps {

    static final String PARTNER_LOCAL_AUTHORITY = "demo.partner-la";
    static final String PARTNER_ICB = "demo.partner-icb";
    static final String PARTNER_POLICE = "demo.partner-police";
    static final List<String> PARTNERS = List.of(PARTNER_LOCAL_AUTHORITY, PARTNER_ICB, PARTNER_POLICE);

    static final String FACTS = "Admitted to hospital with injuries; the police and the health trust knew the family.";
    static final String LEARNING = "Concerns about bruising were held by health and never reached the police.";
    static final String PANEL_REFERENCE = "NP-BROWSER-0018";
    static final String IMPROVEMENTS = "A joint protocol for sharing early concerns.";

    private CsprSteps() {}

    static Step triage() {
        return new Step(COORDINATOR, "Task_TriageReferral", "Triage referral",
                Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED"));
    }

    static Step awareness(LocalDate awareOn) {
        return new Step(COORDINATOR, "Task_RecordAwareness", "Record when the local authority became aware",
                Map.of("becameAwareOn", awareOn.toString(), "lookedAfterChild", "no", "abuseOrNeglectKnownOrSuspected", "yes",
                        "childDied", "no", "childSeriouslyHarmed", "yes", "whereHarmed", "IN_AREA"));
    }

    static Step notifyPanel(LocalDate notifiedOn) {
        return new Step(PARTNER_LOCAL_AUTHORITY, "Task_NotifyPanel", "Notify the national panel",
                Map.of("panelNotifiedOn", notifiedOn.toString(), "panelReference", PANEL_REFERENCE));
    }

    /** The request to the police and health, and their answers. */
    static List<Step> agencyRound() {
        Map<String, Object> summary = Map.of("involvementSummary", "Known to the agency since 2025.",
                "chronology", "Spring 2025: two contacts.", "filesSecured", "yes", "workingTogetherConcerns", "no");
        return List.of(
                new Step(COORDINATOR, "Task_RequestAgencyInformation", "Request agency information",
                        Map.of("agencies", List.of("NSP", "NHT"))),
                new Step(POLICE, "Task_ProvideAgencySummary", "Provide agency summary", summary),
                new Step(HEALTH, "Task_ProvideAgencySummary", "Provide agency summary", summary));
    }

    static Step recordRapidReview(LocalDate meetingOn) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("meetingDate", meetingOn.toString());
        record.put("facts", FACTS);
        record.put("childContext", "Lives with a parent and a younger sibling; attends nursery.");
        record.put("actionForChild", "A child protection plan is in place.");
        record.put("actionForOthers", "The sibling was seen and assessed.");
        record.put("learning", LEARNING);
        record.put("localReviewCriteria", List.of("IMPROVEMENTS", "AGENCIES_TOGETHER"));
        record.put("outcome", "LCSPR");
        record.put("partnersRecommendLocal", "yes");
        record.put("rationale", "How agencies work together needs improving; a local review will show how.");
        return new Step(COORDINATOR, "Task_RecordRapidReview", "Record the rapid review", record);
    }

    static Step approveRapidReview(String partner) {
        return new Step(partner, "Task_ApproveRapidReview", "Approve the rapid review", Map.of("approved", "yes"));
    }

    static Step panelAgrees(LocalDate receivedOn) {
        return new Step(COORDINATOR, "Task_RecordPanelResponse", "Record the national panel's response", Map.of(
                "receivedOn", receivedOn.toString(), "panelResponse", "AGREES",
                "panelWords", "The panel agrees that a local review is appropriate."));
    }

    /**
     * A local review on the review's full path, like an SCR's (docs/regimes.md): terms of reference, the lead reviewer,
     * both agencies' reports, the draft with the improvements and the systemic reasons its report must give, quality
     * assurance, the sign-off with the written response and the action plan.
     */
    static List<Step> localReview() {
        List<Step> started = CaseSteps.reviewStarted();
        List<Step> scr = CaseSteps.reviewFinished();
        return List.of(started.get(0), started.get(1), started.get(2), started.get(3),
                new Step(CaseSteps.REVIEWER, "Task_DraftReport", "Draft report", Map.of("summaryOfFindings",
                        "Each agency held part of the picture and nobody put it together in time.",
                        "recommendedImprovements", IMPROVEMENTS,
                        "systemicReasons", "Each agency recorded concerns where the others could not see them.")),
                scr.get(1), scr.get(2), scr.get(3));
    }

    static Step approvePublication(String partner) {
        return new Step(partner, "Task_ApprovePublication", "Approve publication", Map.of("publicationApproved", "yes"));
    }

    /** The pack of a local review: "Child Y" throughout, a summary only, the report sent to the panel today. */
    static Map<String, Object> pack(LocalDate reportSentOn) {
        Map<String, Object> pack = new LinkedHashMap<>(CaseSteps.pack());
        pack.put("pseudonym", "Child Y");
        pack.put("catalogueSummary", "A local review of how agencies shared early concerns about a young child.");
        pack.put("reportSentToPanelOn", reportSentOn.toString());
        return pack;
    }
}
