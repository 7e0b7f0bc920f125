package org.practicereview.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Agency;

/** Valid answers to every referral section, with fictional people; tests change one value at a time. */
public final class ReferralExamples {

    public static final String CHILD_NAME = "Poppy Testchild";
    public static final String SIBLING_NAME = "Alfie Testchild";
    public static final String MOTHER_NAME = "Dana Testparent";

    private ReferralExamples() {}

    public static void registerDemoAgencies(Agencies agencies) {
        agencies.register(new Agency("NORTHSHIRE_POLICE", "Northshire Police", "POLICE"));
        agencies.register(new Agency("NORTHSHIRE_HEALTH", "Northshire Health Trust", "HEALTH"));
        agencies.register(new Agency("NORTHSHIRE_CSC", "Northshire Children's Social Care", "SOCIAL_CARE"));
    }

    public static Map<String, Object> aboutYou() {
        return map("referrerName", "Sam Referrer", "agencyCode", "NORTHSHIRE_HEALTH", "role", "Named nurse for safeguarding",
                "phone", "01632 960 001", "email", "sam.referrer@health.example.org", "dslConsulted", "yes");
    }

    public static Map<String, Object> child() {
        return child(CHILD_NAME);
    }

    public static Map<String, Object> child(String name) {
        return map("childName", name, "dateOfBirth", "2019-03-27", "dateOfIncident", "2026-01-10",
                "address", "1 Test Street\nNorthtown", "postcode", "nt1 4ap", "ethnicity", "White British",
                "childProtectionPlan", "PREVIOUS", "openToSocialCare", "yes",
                "whereabouts", "At home", "carer", "Mother");
    }

    public static Map<String, Object> familyMember() {
        return map("fullName", MOTHER_NAME, "relationship", "Mother", "dateOfBirth", "1990-05-01",
                "address", "1 Test Street, Northtown NT1 4AP");
    }

    public static Map<String, Object> agency(String code) {
        return map("agencyCode", code, "contactRole", "Designated safeguarding lead", "stillInvolved", "yes");
    }

    public static Map<String, Object> circumstances() {
        return map("criteriaBelieved", List.of("ABUSE_OR_NEGLECT", "SERIOUS_HARM"),
                "narrative", "The child was admitted to hospital with injuries that the family could not explain.",
                "interAgencyConcerns", "Information was not shared between the school and health.",
                "keyDates", "10 January 2026 - admitted to hospital");
    }

    public static Map<String, Object> parallelProcesses() {
        return map("policeInvestigation", "OPEN", "criminalProceedings", "NONE", "inquest", "NONE",
                "childDeathReview", "NOT_KNOWN", "domesticHomicideReview", "NONE");
    }

    public static Map<String, Object> purpose() {
        return map("purpose", "SCR_CONSIDERATION");
    }

    /** A whole referral as {@code ReferralService.submitDirect} takes it: keys are form ids. */
    public static Map<String, Object> wholeReferral() {
        return map("referral-about-you", aboutYou(),
                "referral-child", List.of(child(), child(SIBLING_NAME)),
                "referral-family-member", List.of(familyMember()),
                "referral-agency-involved", List.of(agency("NORTHSHIRE_POLICE"), agency("NORTHSHIRE_CSC")),
                "referral-circumstances", circumstances(),
                "referral-parallel-processes", parallelProcesses(),
                "referral-purpose", purpose());
    }

    public static Map<String, Object> with(Map<String, Object> values, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
