package org.practicereview.referral.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.practicereview.referral.ReferralSection;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/** Maps the validated sections (form keys) onto the referral aggregate. Form keys are read here only. */
@Component
public class ReferralMapper {

    /** The question key of each parallel process in {@code referral-parallel-processes}. */
    static final Map<ParallelProcess.Kind, String> PROCESS_KEYS = new EnumMap<>(Map.of(
            ParallelProcess.Kind.POLICE_INVESTIGATION, "policeInvestigation",
            ParallelProcess.Kind.CRIMINAL_PROCEEDINGS, "criminalProceedings",
            ParallelProcess.Kind.INQUEST, "inquest",
            ParallelProcess.Kind.CHILD_DEATH_REVIEW, "childDeathReview",
            ParallelProcess.Kind.DOMESTIC_HOMICIDE_REVIEW, "domesticHomicideReview"));

    public ReferralContent toContent(ValidatedReferral referral) {
        return new ReferralContent(
                referrer(referral.single(ReferralSection.ABOUT_YOU)),
                Purpose.valueOf(referral.single(ReferralSection.PURPOSE).requiredText("purpose")),
                circumstances(referral.single(ReferralSection.CIRCUMSTANCES)),
                referral.items(ReferralSection.CHILD).stream().map(ReferralMapper::child).toList(),
                referral.items(ReferralSection.FAMILY_MEMBER).stream().map(ReferralMapper::familyMember).toList(),
                referral.items(ReferralSection.AGENCY).stream().map(ReferralMapper::agency).toList(),
                parallelProcesses(referral.single(ReferralSection.PARALLEL_PROCESSES)));
    }

    private static Referrer referrer(ValidatedValues v) {
        return new Referrer(v.requiredText("referrerName"), v.requiredText("agencyCode"), v.requiredText("role"),
                v.requiredText("phone"), v.requiredText("email"), yes(v, "dslConsulted"));
    }

    private static Circumstances circumstances(ValidatedValues v) {
        return Circumstances.of(v.list("criteriaBelieved"), v.requiredText("narrative"),
                v.textOrNull("interAgencyConcerns"), v.textOrNull("keyDates"));
    }

    static Child child(ValidatedValues v) {
        return new Child(v.requiredText("childName"), v.date("dateOfBirth").orElseThrow(), v.date("dateOfDeath").orElse(null),
                v.date("dateOfIncident").orElseThrow(), v.requiredText("address"), Postcodes.normalised(v.requiredText("postcode")),
                v.textOrNull("ethnicity"), v.requiredText("childProtectionPlan"), v.requiredText("openToSocialCare"),
                v.requiredText("whereabouts"), v.requiredText("carer"));
    }

    private static FamilyMember familyMember(ValidatedValues v) {
        return new FamilyMember(v.requiredText("fullName"), v.requiredText("relationship"),
                v.date("dateOfBirth").orElse(null), v.textOrNull("address"));
    }

    private static AgencyInvolvement agency(ValidatedValues v) {
        return new AgencyInvolvement(v.requiredText("agencyCode"), v.requiredText("contactRole"), yes(v, "stillInvolved"));
    }

    private static List<ParallelProcess> parallelProcesses(ValidatedValues v) {
        List<ParallelProcess> processes = new ArrayList<>();
        PROCESS_KEYS.forEach((kind, key) ->
                processes.add(new ParallelProcess(kind, ParallelProcess.Status.valueOf(v.requiredText(key)))));
        return processes;
    }

    private static boolean yes(ValidatedValues v, String key) {
        return "yes".equals(v.requiredText(key));
    }
}
