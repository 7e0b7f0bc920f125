package org.practicereview.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Referrals about obviously fictional children ("Ava Fictional", "Noah Sample", ...), as the API takes them. */
final class DemoReferrals {

    enum Example {
        ALPHA("Ava Fictional", "2021-04-12", "SERIOUS_HARM", "SCR_CONSIDERATION"),
        BRAVO("Noah Sample", "2015-09-30", "SERIOUS_HARM", "SCR_CONSIDERATION"),
        CHARLIE("Isla Example", "2018-01-05", "ABUSE_OR_NEGLECT", "SCR_CONSIDERATION"),
        DELTA("Leo Placeholder", "2012-06-21", "SERIOUS_HARM", "SCR_CONSIDERATION"),
        ECHO("Mia Specimen", "2020-11-02", "ABUSE_OR_NEGLECT", "GOOD_PRACTICE"),
        FOXTROT("Theo Madeup", "2016-03-14", "ABUSE_OR_NEGLECT", "SCR_CONSIDERATION"),
        /** Referred after the board moved to the 2018 arrangements: a rapid review awaiting the partners. */
        GOLF("Ruby Invented", "2019-08-23", "SERIOUS_HARM", "SCR_CONSIDERATION");

        final String childName;
        final String dateOfBirth;
        final String criterion;
        final String purpose;

        Example(String childName, String dateOfBirth, String criterion, String purpose) {
            this.childName = childName;
            this.dateOfBirth = dateOfBirth;
            this.criterion = criterion;
            this.purpose = purpose;
        }

        String surname() {
            return childName.substring(childName.indexOf(' ') + 1);
        }
    }

    private DemoReferrals() {}

    static Map<String, Object> referral(Example e) {
        return map("referral-about-you", map("referrerName", "Sam Demo-Health", "agencyCode", "NHT",
                        "role", "Named nurse for safeguarding children", "phone", "01632 960 123",
                        "email", "demo.health@example.org", "dslConsulted", "yes"),
                "referral-child", List.of(map("childName", e.childName, "dateOfBirth", e.dateOfBirth,
                        "dateOfIncident", "2026-06-14", "address", "1 Example Street\nNorthtown", "postcode", "NT1 1AA",
                        "ethnicity", "Not known", "childProtectionPlan", "NEVER", "openToSocialCare", "yes",
                        "whereabouts", "At home", "carer", "Parent")),
                "referral-family-member", List.of(map("fullName", "Jordan " + e.surname(), "relationship", "Parent",
                        "dateOfBirth", "1992-02-02", "address", "1 Example Street, Northtown NT1 1AA")),
                "referral-agency-involved", List.of(map("agencyCode", "NSP", "contactRole", "Detective sergeant",
                        "stillInvolved", "yes"), map("agencyCode", "NHT", "contactRole", "Health visitor", "stillInvolved", "yes")),
                "referral-circumstances", map("criteriaBelieved", List.of("ABUSE_OR_NEGLECT", e.criterion),
                        "narrative", "Fictional demo case. The child was taken to hospital; agencies each held some concerns.",
                        "interAgencyConcerns", "Concerns held by health were not known to the police or to the school.",
                        "keyDates", "14 June 2026 - taken to hospital"),
                "referral-parallel-processes", map("policeInvestigation", "OPEN", "criminalProceedings", "NONE",
                        "inquest", "NONE", "childDeathReview", "NONE", "domesticHomicideReview", "NONE"),
                "referral-purpose", map("purpose", e.purpose));
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
