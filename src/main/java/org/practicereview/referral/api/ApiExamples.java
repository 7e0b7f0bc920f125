package org.practicereview.referral.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Examples for the OpenAPI document, with obviously fictional people: "Test" surnames, example.org
 * addresses, Ofcom's drama telephone numbers, and the demo agency codes of the fictional Northshire board (NHT, NSP).
 */
final class ApiExamples {

    private ApiExamples() {}

    static Map<String, Object> referral() {
        return map(
                "aboutYou", map("referrerName", "Sam Example-Referrer", "agencyCode", "NHT",
                        "role", "Named nurse for safeguarding", "phone", "01632 960 001",
                        "email", "sam.referrer@health.example.org", "dslConsulted", "yes"),
                "children", List.of(map("childName", "Poppy Testchild", "dateOfBirth", "2019-03-27",
                        "dateOfIncident", "2026-01-10", "address", "1 Test Street\nNorthtown", "postcode", "NT1 4AP",
                        "ethnicity", "Not known", "childProtectionPlan", "PREVIOUS", "openToSocialCare", "yes",
                        "whereabouts", "At home", "carer", "Mother")),
                "familyMembers", List.of(map("fullName", "Dana Testparent", "relationship", "Mother",
                        "dateOfBirth", "1990-05-01", "address", "1 Test Street, Northtown NT1 4AP")),
                "agencies", List.of(map("agencyCode", "NSP", "contactRole", "Designated safeguarding lead",
                        "stillInvolved", "yes")),
                "circumstances", map("criteriaBelieved", List.of("ABUSE_OR_NEGLECT", "SERIOUS_HARM"),
                        "narrative", "A fictional example: the child was admitted to hospital with injuries that were not explained.",
                        "interAgencyConcerns", "A fictional example: information was not shared between school and health.",
                        "keyDates", "10 January 2026 - admitted to hospital"),
                "parallelProcesses", map("policeInvestigation", "OPEN", "criminalProceedings", "NONE", "inquest", "NONE",
                        "childDeathReview", "NOT_KNOWN", "domesticHomicideReview", "NONE"),
                "purpose", map("purpose", "SCR_CONSIDERATION"));
    }

    static Map<String, Object> created() {
        return map("reference", "PR-2026-0001", "stage", "TRIAGE", "submittedAt", "2026-01-12T10:15:30.123456Z");
    }

    static Map<String, Object> status() {
        return map("reference", "PR-2026-0001", "stage", "TRIAGE", "submittedAt", "2026-01-12T10:15:30.123456Z",
                "questions", "Please tell us which school the child attends.",
                "questionsAskedAt", "2026-01-13T09:00:00Z", "answerBy", "2026-01-20T17:00:00Z", "answerAt", "/api/referrals/PR-2026-0001/answers");
    }

    static Map<String, Object> answer() {
        return map("information", "A fictional example: the child attends Northtown Primary School.");
    }

    static Map<String, Object> answered() {
        return map("reference", "PR-2026-0001", "stage", "TRIAGE", "answeredAt", "2026-01-14T11:00:00.123456Z");
    }

    static Map<String, Object> invalid() {
        return map("type", "about:blank", "title", "Invalid referral", "status", 422,
                "detail", "The referral was not accepted and nothing was stored: correct the fields listed in errors.",
                "errors", List.of(map("field", "children[1].dateOfBirth", "message", "Child 2: Enter the child's date of birth")));
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
