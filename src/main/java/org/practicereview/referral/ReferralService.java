package org.practicereview.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.referral.internal.CaseFile;
import org.practicereview.referral.internal.CaseFiles;
import org.practicereview.referral.internal.CaseReferences;
import org.practicereview.referral.internal.CaseReviewProcess;
import org.practicereview.referral.internal.Referral;
import org.practicereview.referral.internal.ReferralForms;
import org.practicereview.referral.internal.ReferralMapper;
import org.practicereview.referral.internal.Referrals;
import org.practicereview.referral.internal.ValidatedReferral;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Regime;
import org.practicereview.shared.Role;
import org.practicereview.settings.BoardSettings;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.FormSubmissions;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submits a referral: checks every section, writes the referral and its case file, keeps each
 * section as a submission, records it in the trail with the law the case follows (the board's regime setting
 * in force on the day) and starts the case's process — all in one
 * transaction, so a refused referral writes nothing at all.
 */
@Service
public class ReferralService {

    private final ReferralDrafts drafts;
    private final ReferralForms forms;
    private final ReferralMapper mapper;
    private final CaseReferences references;
    private final Referrals referrals;
    private final CaseFiles caseFiles;
    private final FormSubmissions submissions;
    private final Trail trail;
    private final CaseReviewProcess process;
    private final Clock clock;
    private final BoardSettings settings;

    ReferralService(ReferralDrafts drafts, ReferralForms forms, ReferralMapper mapper, CaseReferences references,
                    Referrals referrals, CaseFiles caseFiles, FormSubmissions submissions, Trail trail,
                    CaseReviewProcess process, Clock clock, BoardSettings settings) {
        this.settings = settings;
        this.drafts = drafts;
        this.forms = forms;
        this.mapper = mapper;
        this.references = references;
        this.referrals = referrals;
        this.caseFiles = caseFiles;
        this.submissions = submissions;
        this.trail = trail;
        this.process = process;
        this.clock = clock;
    }

    /**
     * Submits the actor's draft and removes it. Throws {@link org.practicereview.workflow.InvalidSubmissionException}
     * naming every incomplete or wrong field (e.g. {@code child-1.dateOfBirth}, "Child 1: Enter the child's date of birth").
     */
    @Transactional
    public SubmittedReferral submit(Actor actor, String draftId) {
        SubmittedReferral submitted = record(actor, drafts.answersOf(actor, draftId));
        drafts.discard(actor, draftId);
        return submitted;
    }

    /**
     * What still stops the actor's draft from being submitted, worded as {@link #submit} would; empty
     * when it is ready. For the task list and the check-answers page. Writes nothing.
     */
    @Transactional(readOnly = true)
    public List<FieldError> problems(Actor actor, String draftId) {
        try {
            forms.validate(drafts.answersOf(actor, draftId));
            return List.of();
        } catch (InvalidSubmissionException e) {
            return e.errors();
        }
    }

    /**
     * Submits a referral sent whole (the API): keys are form ids; single sections map to their values,
     * repeating sections ({@code referral-child}, {@code referral-family-member}, {@code referral-agency-involved})
     * to a list of them.
     */
    @Transactional
    public SubmittedReferral submitDirect(Actor actor, Map<String, ?> sections) {
        return record(actor, ReferralAnswers.ofFormIds(sections));
    }

    private SubmittedReferral record(Actor actor, Map<ReferralSection, List<Map<String, ?>>> answers) {
        if (!actor.has(Role.AGENCY)) {
            throw new NotPermittedException("Only agency users can submit referrals");
        }
        ValidatedReferral valid = forms.validate(answers);
        CaseReference reference = references.next();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Referral referral = referrals.save(Referral.submit(reference, actor.userId(), now, mapper.toContent(valid)));
        Regime regime = settings.current().regimeAt(now);
        CaseFile file = caseFiles.save(CaseFile.open(reference, referral.purpose(), regime, now));
        List<Map.Entry<String, ValidatedValues>> sections = new ArrayList<>();
        valid.forEach((section, values) -> sections.add(Map.entry(section.formId(), values)));
        submissions.keepAll(reference, actor, sections);
        trail.append(reference, actor, TrailAction.REFERRAL_SUBMITTED, referral.summary() + " regime=" + regime.name());
        process.start(reference, actor, referral.purpose(), regime);
        // The managed case file: the stage the process start recorded on it (StageTracker), no query.
        return new SubmittedReferral(reference, referral.submittedAt(), file.stage());
    }
}
