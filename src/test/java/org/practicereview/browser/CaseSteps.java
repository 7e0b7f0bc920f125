package org.practicereview.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tasks of a new case in process order, each by the demo user whose role it is, with the answers
 * given. A scenario takes the steps before its part through the services ({@link ServiceSteps}) and
 * its own part through the pages ({@link BrowserSteps}), so both paths give the same answers.
 */
final class CaseSteps {

    static final String PASSWORD = "practice-review-demo";
    static final String HEALTH = "demo.health";
    static final String POLICE = "demo.police";
    static final String COORDINATOR = "demo.coordinator";
    static final String MEMBER = "demo.member";
    static final String CHAIR = "demo.chair";
    static final String REVIEWER = "demo.reviewer";
    static final String AUDITOR = "demo.auditor";

    /** One task as a person does it: who, which task (its id and the name people see) and what they answer. */
    record Step(String user, String taskKey, String taskName, Map<String, ?> values) {}

    private CaseSteps() {}

    /** Triage, the request to both agencies and their answers: the round closes. */
    static List<Step> agencyRound() {
        Map<String, Object> summary = Map.of("involvementSummary", "Known to the agency since 2025.",
                "chronology", "Spring 2025: two contacts.", "filesSecured", "yes", "workingTogetherConcerns", "no");
        return List.of(
                new Step(COORDINATOR, "Task_TriageReferral", "Triage referral",
                        Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED")),
                new Step(COORDINATOR, "Task_RequestAgencyInformation", "Request agency information",
                        Map.of("agencies", List.of("NSP", "NHT"))),
                new Step(POLICE, "Task_ProvideAgencySummary", "Provide agency summary", summary),
                new Step(HEALTH, "Task_ProvideAgencySummary", "Provide agency summary", summary));
    }

    /** Screening (criteria met), the PRG's recommendation and the chair's decision to initiate an SCR. */
    static List<Step> screeningAndDecision() {
        return List.of(
                new Step(MEMBER, "Task_ScreenAgainstCriteria", "Screen against criteria", Map.of(
                        "abuseOrNeglectKnownOrSuspected", "yes", "childDied", "no", "childSeriouslyHarmed", "yes",
                        "definitiveEvidenceNoConcern", "no", "diedInCustodyOrDetention", "no", "diedDeprivedOfLibertyMca", "no",
                        "learningNotes", "Concerns were not shared between agencies.")),
                new Step(MEMBER, "Task_RecommendToChair", "Recommend to chair", Map.of("recommendation", "INITIATE_SCR",
                        "rationale", "The criteria are met.", "likelyLearning", "Information sharing.",
                        "impact", "The family will be told.")),
                new Step(CHAIR, "Task_RecordScrDecision", "Record SCR decision",
                        Map.of("decisionOption", "INITIATE_SCR", "rationale", "Criteria met.")));
    }

    /** Terms of reference, the lead reviewer and both agencies' reports: the draft is due. */
    static List<Step> reviewStarted() {
        Map<String, Object> report = Map.of("involvementSummary", "Two contacts with the family in 2025.",
                "analysis", "Concerns were not passed on.", "learning", "Share concerns early.", "filesSecured", "yes");
        return List.of(
                new Step(MEMBER, "Task_AgreeTermsOfReference", "Agree terms of reference", Map.of("periodFrom", "2025-01-01",
                        "periodTo", "2026-06-30", "keyLinesOfEnquiry", "How did agencies share what they knew?",
                        "methodology", "LEARNING_TOGETHER", "familyInvolvementPlanned", "no")),
                new Step(CHAIR, "Task_AppointLeadReviewer", "Appoint lead reviewer",
                        Map.of("leadReviewer", REVIEWER, "independenceConfirmed", "yes")),
                new Step(POLICE, "Task_SubmitAgencyReport", "Submit agency report", report),
                new Step(HEALTH, "Task_SubmitAgencyReport", "Submit agency report", report));
    }

    /** The draft accepted first time, the board's sign-off and the action plan: the pack is due. */
    static List<Step> reviewFinished() {
        return List.of(
                new Step(REVIEWER, "Task_DraftReport", "Draft report", Map.of("summaryOfFindings",
                        "Each agency held part of the picture and nobody put it together in time.")),
                new Step(MEMBER, "Task_QualityAssureReport", "Quality assure report", Map.of("qaOutcome", "ACCEPTED")),
                new Step(CHAIR, "Task_BoardSignOff", "Board sign off", Map.of("meetingDate", "2026-11-20", "boardResponse",
                        "The board accepts the findings and will monitor the action plan quarterly.")),
                new Step(COORDINATOR, "Task_AgreeActionPlan", "Agree action plan", Map.of("item1Recommendation",
                        "Agree a sharing protocol.", "item1Scope", "MULTI_AGENCY", "item1OwnerAgency", "NHT",
                        "item1DueDate", "2027-06-30")));
    }

    static Step preparePack(Map<String, Object> pack) {
        return new Step(COORDINATOR, "Task_PreparePublicationPack", "Prepare publication pack", pack);
    }

    static Step approve() {
        return new Step(CHAIR, "Task_ApprovePublication", "Approve publication", Map.of("publicationApproved", "yes"));
    }

    /** A pack that passes the anonymisation check (the child is "Child Z" throughout), published as a summary only. */
    static Map<String, Object> pack() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("pseudonym", "Child Z");
        p.put("briefing1Background", "A young child was taken to hospital with injuries.");
        p.put("briefing2WhyItMatters", "Concerns held by separate agencies were never put together.");
        p.put("briefing3Heading", "Sharing concerns");
        p.put("briefing3Text", "Each agency held part of the picture.");
        p.put("briefing4Heading", "Professional curiosity");
        p.put("briefing4Text", "Explanations were accepted without challenge.");
        p.put("briefing5Heading", "Hearing the child");
        p.put("briefing5Text", "The child's daily life was not described.");
        p.put("briefing6ThingsToRemember", "Ask, record and share.");
        p.put("briefing7Actions", "Use the escalation policy.");
        p.put("reflectiveQuestion1", "What are your key thoughts?");
        p.put("reflectiveQuestion2", "How will you embed the learning?");
        p.put("reflectiveQuestion3", "How does this feed your team plan?");
        p.put("themes", "information sharing");
        p.put("catalogueSummary", "A review of how agencies shared concerns.");
        p.put("catalogueLearning", "Concerns must be shared.");
        p.put("catalogueRecommendations", "A joint protocol.");
        p.put("catalogueMethodology", "Learning Together.");
        p.put("summaryOnly", "yes"); // the reason is revealed once "Yes" is chosen, so it is typed after
        p.put("summaryOnlyReason", SUMMARY_ONLY_REASON);
        p.put("proceedingsOpen", "no");
        return p;
    }

    /** No report is uploaded in the browser scenarios: the pack records why only a summary is published. */
    static final String SUMMARY_ONLY_REASON = "The full report would identify the family in a small community;"
            + " the board publishes a summary of the learning.";

    /** The referral the health agency's user makes in the browser, section by section, as the API takes it. */
    static Map<String, Object> referral(String childName) {
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("referral-about-you", aboutYou());
        sections.put("referral-child", List.of(child(childName)));
        sections.put("referral-circumstances", circumstances());
        sections.put("referral-parallel-processes", parallelProcesses());
        sections.put("referral-purpose", Map.of("purpose", "SCR_CONSIDERATION"));
        return sections;
    }

    static Map<String, Object> aboutYou() {
        return Map.of("referrerName", "Sam Demo-Health", "role", "Named nurse", "phone", "01632 960 123",
                "email", "demo.health@example.org", "dslConsulted", "yes");
    }

    static Map<String, Object> child(String childName) {
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("childName", childName);
        child.put("dateOfBirth", "2019-03-27");
        child.put("dateOfIncident", "2026-01-10");
        child.put("address", "2 Example Road, Northtown");
        child.put("postcode", "NT1 2AB");
        child.put("ethnicity", "Not known");
        child.put("childProtectionPlan", "NEVER");
        child.put("openToSocialCare", "no");
        child.put("whereabouts", "At home");
        child.put("carer", "Parent");
        return child;
    }

    static Map<String, Object> circumstances() {
        return Map.of("criteriaBelieved", List.of("ABUSE_OR_NEGLECT", "SERIOUS_HARM"),
                "narrative", "A fictional browser-test case: the child was taken to hospital.",
                "interAgencyConcerns", "Concerns were not shared.", "keyDates", "10 January 2026 - hospital");
    }

    static Map<String, Object> parallelProcesses() {
        return Map.of("policeInvestigation", "OPEN", "criminalProceedings", "NONE", "inquest", "NONE",
                "childDeathReview", "NONE", "domesticHomicideReview", "NONE");
    }
}
