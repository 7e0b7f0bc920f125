package org.practicereview.referral;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.CaseAccess;
import org.practicereview.referral.internal.CaseFile;
import org.practicereview.referral.internal.CaseFiles;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Regime;
import org.practicereview.workflow.FormAnswers;
import org.practicereview.workflow.FormSubmission;
import org.practicereview.workflow.FormSubmissions;
import org.springframework.stereotype.Component;

/**
 * The referral in full (every section as the referrer gave it: each child, family member and agency
 * with its contact; the purpose in the words of the law the case follows) and the triage with any
 * answers the referrer gave since, from the kept submissions of the referral's own forms.
 */
@Component
class ReferralCaseFile implements CaseFileSections {

    static final String TRIAGE_FORM = "triage-referral";
    static final String MORE_INFORMATION_FORM = "provide-more-information";

    private final FormSubmissions submissions;
    private final FormAnswers answers;
    private final Agencies agencies;
    private final CaseAccess access;
    private final CaseFiles caseFiles;
    private final PurposeWording purposes;

    ReferralCaseFile(FormSubmissions submissions, FormAnswers answers, Agencies agencies, CaseAccess access,
                     CaseFiles caseFiles, PurposeWording purposes) {
        this.submissions = submissions;
        this.answers = answers;
        this.agencies = agencies;
        this.access = access;
        this.caseFiles = caseFiles;
        this.purposes = purposes;
    }

    @Override
    public Set<String> keys() {
        return Set.of("referral", "triage");
    }

    @Override
    public List<CaseFileSection> sectionsFor(Actor viewer, CaseReference caseReference) {
        if (!access.maySeeReferralContent(viewer)) {
            return List.of();
        }
        List<String> forms = Stream.concat(Arrays.stream(ReferralSection.values()).map(ReferralSection::formId),
                Stream.of(TRIAGE_FORM, MORE_INFORMATION_FORM, ReferrerQuestions.WITHDRAWAL_FORM)).toList();
        List<FormSubmission> kept = submissions.forCase(caseReference, forms);
        Map<String, String> agencyNames = agencies.namesOf(agencyCodes(kept));
        List<Part> referral = new ArrayList<>();
        List<Part> triage = new ArrayList<>();
        Map<ReferralSection, Integer> counts = new EnumMap<>(ReferralSection.class);
        Regime regime = kept.isEmpty() ? Regime.SCR_2006 : regime(caseReference);
        for (FormSubmission s : kept) {
            ReferralSection section = ReferralSection.byFormId(s.formId()).orElse(null);
            if (section == null) {
                triage.add(triagePart(s, agencyNames));
                continue;
            }
            int n = counts.merge(section, 1, Integer::sum);
            String heading = section.repeating() ? section.title() + " " + n : section.title();
            String byline = referral.isEmpty() ? answers.byline("Submitted", s) : null;
            referral.add(new Part(heading, byline, answers.rows(s, form -> purposes.worded(form, regime),
                    code -> agencyNames.getOrDefault(code, code))));
        }
        return List.of(CaseFileSection.of("referral", "Referral", 10, referral, "The referral has not been submitted."),
                CaseFileSection.of("triage", "Triage", 20, triage, "The referral has not been triaged yet."));
    }

    /** The law the case follows, which words its purpose; a case file is written with its referral. */
    private Regime regime(CaseReference ref) {
        return caseFiles.find(ref).map(CaseFile::regime).orElse(Regime.SCR_2006);
    }

    private Part triagePart(FormSubmission s, Map<String, String> agencyNames) {
        if (s.formId().equals(ReferrerQuestions.WITHDRAWAL_FORM)) {
            return new Part("Questions withdrawn", answers.byline("Withdrawn", s), answers.rows(s, c -> c));
        }
        boolean triaged = s.formId().equals(TRIAGE_FORM);
        return new Part(triaged ? "Triage decision" : "More information from the referrer",
                answers.byline(triaged ? "Triaged" : "Sent", s), answers.rows(s, c -> agencyNames.getOrDefault(c, c)));
    }

    private List<String> agencyCodes(List<FormSubmission> kept) {
        return kept.stream().filter(s -> s.formId().startsWith("referral-"))
                .map(s -> answers.values(s).get("agencyCode")).filter(String.class::isInstance).map(String.class::cast)
                .distinct().toList();
    }
}
