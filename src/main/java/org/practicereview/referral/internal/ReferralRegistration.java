package org.practicereview.referral.internal;

import java.time.Clock;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The referral module's service steps: register a new referral, merge a duplicate into its open case. */
@Service
public class ReferralRegistration {

    private final ReferralNotices notices;
    private final CaseFiles caseFiles;
    private final Triages triages;
    private final Trail trail;
    private final Clock clock;

    ReferralRegistration(ReferralNotices notices, CaseFiles caseFiles, Triages triages, Trail trail, Clock clock) {
        this.notices = notices;
        this.caseFiles = caseFiles;
        this.triages = triages;
        this.trail = trail;
        this.clock = clock;
    }

    /** Acknowledges the referral to the referrer and tells the coordinator. */
    @Transactional
    public void register(CaseReference ref) {
        notices.acknowledge(ref);
        notices.tellCoordinator(ref);
        trail.append(ref, Actor.SYSTEM, TrailAction.REFERRAL_REGISTERED, "acknowledgement and coordinator notice queued");
    }

    /** Closes the case as merged into the open case the latest triage names. */
    @Transactional
    public void merge(CaseReference ref) {
        CaseReference target = triages.latest(ref).map(Triage::duplicateOf)
                .orElseThrow(() -> new IllegalStateException("No merge target recorded for " + ref));
        CaseFile duplicate = caseFiles.find(ref).orElseThrow(() -> new IllegalStateException("No case file " + ref));
        CaseFile into = caseFiles.find(target).orElseThrow(() -> new IllegalStateException("No case file " + target));
        duplicate.mergeInto(into, clock.instant());
        caseFiles.save(duplicate);
        trail.append(ref, Actor.SYSTEM, TrailAction.REFERRAL_MERGED, "into " + target);
        trail.append(target, Actor.SYSTEM, TrailAction.REFERRAL_MERGED_IN, "from " + ref);
    }
}
