package org.practicereview.learning;

import org.practicereview.workflow.TypedText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.Agencies;
import org.practicereview.publication.PublishedReview;
import org.practicereview.publication.Publications;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.practicereview.workflow.WorkingDays;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The uses agencies record of the published 7 minute briefings, and their take-up as the board reads it.
 * An agency records and reads only its own uses; the PRG, the chair and the auditor read every agency's.
 */
@Service
public class BriefingUses {

    static final int MAX_NOTE = 1000;
    static final int MAX_STAFF = 100_000;
    static final TypedText NOTE = new TypedText("note", null, "The note", MAX_NOTE);

    interface Uses extends Repository<BriefingUse, Long> {
        BriefingUse save(BriefingUse use);
        List<BriefingUse> findAll();
        List<BriefingUse> findByAgencyCodeOrderByUsedOnDesc(String agencyCode);
    }

    private final Uses uses;
    private final Publications publications;
    private final Agencies agencies;
    private final WorkingDays workingDays;
    private final Trail trail;
    private final Clock clock;

    BriefingUses(Uses uses, Publications publications, Agencies agencies, WorkingDays workingDays, Trail trail, Clock clock) {
        this.uses = uses;
        this.publications = publications;
        this.agencies = agencies;
        this.workingDays = workingDays;
        this.trail = trail;
        this.clock = clock;
    }

    /** The published briefing of a case, for the agency's form; empty unless it is published. */
    @Transactional(readOnly = true)
    public Optional<PublishedReview> briefing(CaseReference ref) {
        return publications.publishedReview(ref);
    }

    /** An agency records one use of a published briefing; every problem is reported at once and nothing half is kept. */
    @Transactional
    public void record(Actor actor, CaseReference ref, NewBriefingUse use) {
        if (!actor.has(Role.AGENCY) || actor.agencyCode() == null) {
            throw new NotPermittedException("Only an agency records where it used a briefing");
        }
        PublishedReview review = publications.publishedReview(ref).orElseThrow(() -> new NotPermittedException("Not published"));
        List<FieldError> errors = new ArrayList<>();
        Optional<BriefingSetting> setting = Arrays.stream(BriefingSetting.values()).filter(s -> s.name().equals(use.setting())).findFirst();
        if (setting.isEmpty()) {
            errors.add(new FieldError("setting", "Select where the briefing was used"));
        }
        LocalDate published = LocalDate.ofInstant(review.publishedAt(), ZoneId.of("Europe/London"));
        if (use.usedOn() == null) {
            errors.add(new FieldError("usedOn", "Enter the date the briefing was used"));
        } else if (use.usedOn().isAfter(workingDays.today())) {
            errors.add(new FieldError("usedOn", "The date the briefing was used must be today or in the past"));
        } else if (use.usedOn().isBefore(published)) {
            errors.add(new FieldError("usedOn", "The date the briefing was used must be on or after " + GovDates.day(published)
                    + ", when it was published"));
        }
        Integer staff = staff(use.staff(), errors);
        String note = NOTE.check(use.note(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        uses.save(new BriefingUse(ref.value(), actor.agencyCode(), setting.get(), use.usedOn(), staff,
                note.isEmpty() ? null : note, actor.userId(), clock.instant().truncatedTo(ChronoUnit.MICROS)));
        trail.append(ref, actor, TrailAction.BRIEFING_USE_RECORDED, agencies.nameOf(actor.agencyCode()) + ", "
                + setting.get().label().toLowerCase() + " on " + GovDates.day(use.usedOn()) + ", " + staff + " staff");
    }

    private static Integer staff(String typed, List<FieldError> errors) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty()) {
            errors.add(new FieldError("staff", "Enter how many staff the briefing reached"));
            return null;
        }
        if (!s.matches("\\d{1,6}") || Integer.parseInt(s) < 1 || Integer.parseInt(s) > MAX_STAFF) {
            errors.add(new FieldError("staff", "The number of staff must be a whole number between 1 and " + MAX_STAFF));
            return null;
        }
        return Integer.parseInt(s);
    }

    /** Take-up as the viewer may read it: the board every agency's, an agency only its own. */
    @Transactional(readOnly = true)
    public BriefingTakeUp takeUp(Actor viewer) {
        boolean board = PlanAccess.seesWholePlan(viewer);
        if (!board && (!viewer.has(Role.AGENCY) || viewer.agencyCode() == null)) {
            throw new NotPermittedException("Not for this user");
        }
        List<BriefingUse> seen = board ? uses.findAll() : uses.findByAgencyCodeOrderByUsedOnDesc(viewer.agencyCode());
        List<PublishedReview> published = publications.published();
        Map<String, String> titles = published.stream().collect(Collectors.toMap(PublishedReview::caseReference, PublishedReview::title));
        Map<String, List<BriefingUse>> byBriefing = seen.stream().collect(Collectors.groupingBy(BriefingUse::caseReference));
        List<BriefingTakeUp.BriefingRow> briefings = published.stream().map(r -> {
            List<BriefingUse> its = byBriefing.getOrDefault(r.caseReference(), List.of());
            return new BriefingTakeUp.BriefingRow(r.caseReference(), r.title(), r.monthYear(), its.size(),
                    its.stream().mapToLong(BriefingUse::staffCount).sum(), its.stream().map(BriefingUse::agencyCode).distinct().count());
        }).toList();
        Map<String, String> names = agencies.namesOf(seen.stream().map(BriefingUse::agencyCode).collect(Collectors.toSet()));
        List<BriefingTakeUp.AgencyRow> byAgency = seen.stream().collect(Collectors.groupingBy(BriefingUse::agencyCode))
                .entrySet().stream().map(e -> new BriefingTakeUp.AgencyRow(names.get(e.getKey()), e.getValue().size(),
                        e.getValue().stream().mapToLong(BriefingUse::staffCount).sum(),
                        e.getValue().stream().map(BriefingUse::caseReference).distinct().count()))
                .sorted(Comparator.comparing(BriefingTakeUp.AgencyRow::agency)).toList();
        List<BriefingTakeUp.UseRow> own = board ? List.of() : seen.stream().map(u -> new BriefingTakeUp.UseRow(
                titles.getOrDefault(u.caseReference(), u.caseReference()), u.setting().label(), GovDates.day(u.usedOn()),
                u.staffCount(), u.note())).toList();
        return new BriefingTakeUp(briefings, byAgency, own);
    }

    /** Where an agency records a use of the briefing of case {@code reference}: the link of the briefing's mail and home page. */
    public static String recordPath(String reference) {
        return "/briefings/" + reference + "/uses/new";
    }

    /** The published briefings nobody of the viewer's agency has recorded a use of yet, newest first. */
    @Transactional(readOnly = true)
    public List<PublishedReview> notYetUsedBy(Actor viewer) {
        if (!viewer.has(Role.AGENCY) || viewer.agencyCode() == null) {
            return List.of();
        }
        Set<String> used = uses.findByAgencyCodeOrderByUsedOnDesc(viewer.agencyCode()).stream().map(BriefingUse::caseReference)
                .collect(Collectors.toSet());
        return publications.published().stream().filter(r -> !used.contains(r.caseReference())).toList();
    }

    /** The case references of the published briefings, for the pages' links. */
    public Set<String> publishedReferences() {
        return publications.published().stream().map(PublishedReview::caseReference).collect(Collectors.toSet());
    }
}
