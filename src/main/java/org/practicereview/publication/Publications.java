package org.practicereview.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.practicereview.publication.PublicationRecords.Briefings;
import org.practicereview.publication.PublicationRecords.Findings;
import org.practicereview.publication.PublicationRecords.PublicationPacks;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.BusinessRuleException;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.NotPermittedException;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publication module's public API: the public catalogue, briefings, the open anonymisation
 * findings of a pack, and the business unit's word that parallel proceedings have concluded.
 */
@Service
public class Publications {

    private final PublicationPacks packs;
    private final Findings findings;
    private final Briefings briefings;
    private final PublicationSteps steps;
    private final RuntimeService runtime;
    private final BriefingContent content;
    /** The board's name is read when a page or document is made: an administrator may change it. */
    private final BoardSettings settings;

    Publications(PublicationPacks packs, Findings findings, Briefings briefings, PublicationSteps steps,
                 RuntimeService runtime, ObjectMapper json, BoardSettings settings) {
        this.packs = packs;
        this.findings = findings;
        this.briefings = briefings;
        this.steps = steps;
        this.runtime = runtime;
        this.content = new BriefingContent(json);
        this.settings = settings;
    }

    /** The coordinator records that the trial or inquest holding publication has concluded. */
    @Transactional
    public void proceedingsConcluded(Actor actor, CaseReference caseReference) {
        if (!actor.has(Role.PRG_COORDINATOR)) {
            throw new NotPermittedException("Only the business unit records that proceedings have concluded");
        }
        steps.proceedingsConcluded(caseReference, actor);
        try {
            runtime.createMessageCorrelation(ProcessVariables.MESSAGE_PROCEEDINGS_CONCLUDED)
                    .processInstanceBusinessKey(caseReference.value()).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new BusinessRuleException("The publication of " + caseReference + " is not waiting for proceedings to conclude");
        }
    }

    /**
     * The chair records why the review may be published although the check still finds identifiers.
     * The reason goes into the trail; the coordinator's next submission of the resolve task (changed or
     * not) runs the check again, which passes on the findings overridden and on no others.
     */
    @Transactional
    public void overrideFindings(Actor actor, CaseReference caseReference, String reason) {
        if (!actor.has(Role.CHAIR)) {
            throw new NotPermittedException("Only the chair overrides anonymisation findings");
        }
        steps.overrideFindings(caseReference, actor, reason);
    }

    /** Whether the chair has overridden the open findings of the last check. */
    @Transactional(readOnly = true)
    public boolean findingsOverridden(CaseReference caseReference) {
        return packs.findByCaseReference(caseReference.value()).filter(PublicationPack::findingsOverridden).isPresent();
    }

    /** One page of the published reviews, newest first, and how many there are in all. */
    public record PublishedPage(List<PublishedReview> reviews, long total, int page, int pages) {}

    /**
     * One page of the public "Learning from reviews" list, newest first; a page past the end gives the
     * last page. Reads only that page's packs (a national catalogue holds thousands).
     */
    @Transactional(readOnly = true)
    public PublishedPage publishedPage(int page, int size) {
        Sort newestFirst = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));
        Page<PublicationPack> found = packs.findByStatus(PackStatus.PUBLISHED, PageRequest.of(Math.max(0, page - 1), size, newestFirst));
        int pages = Math.max(1, found.getTotalPages());
        if (page > pages) {
            found = packs.findByStatus(PackStatus.PUBLISHED, PageRequest.of(pages - 1, size, newestFirst));
        }
        return new PublishedPage(found.getContent().stream().map(Publications::entry).toList(), found.getTotalElements(),
                found.getNumber() + 1, pages);
    }

    /** One published review, by its case reference; empty unless it is published. */
    @Transactional(readOnly = true)
    public Optional<PublishedReview> publishedReview(CaseReference caseReference) {
        return packs.findByCaseReferenceAndStatus(caseReference.value(), PackStatus.PUBLISHED).map(Publications::entry);
    }

    /** Every published review, newest first: the downloadable catalogue (CSV, JSON). */
    @Transactional(readOnly = true)
    public List<PublishedReview> published() {
        return packs.findByStatusOrderByPublishedAtDesc(PackStatus.PUBLISHED).stream().map(Publications::entry).toList();
    }

    /**
     * The published titles of the reviews of the cases named, by case reference, read in one statement whatever
     * their number; a case not published is left out.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> publishedTitles(java.util.Collection<String> caseReferences) {
        if (caseReferences.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        for (Object[] row : packs.publishedPseudonyms(caseReferences)) {
            titles.put((String) row[0], BriefingContent.title(org.practicereview.shared.ReviewType.valueOf((String) row[1]),
                    (String) row[2]));
        }
        return titles;
    }

    /** The latest briefing of a case, once generated (for the business unit and the chair). */
    @Transactional(readOnly = true)
    public Optional<Briefing> briefing(CaseReference caseReference) {
        Optional<PublicationPack> pack = packs.findByCaseReference(caseReference.value());
        return briefings.findFirstByCaseReferenceOrderByVersionNumberDesc(caseReference.value())
                .map(v -> content.briefing(v, settings.current().boardName(), pack.flatMap(PublicationPack::publishedAt).orElse(null)));
    }

    /** The briefing of a published review only: what the public may see. */
    @Transactional(readOnly = true)
    public Optional<Briefing> publishedBriefing(CaseReference caseReference) {
        boolean published = packs.findByCaseReference(caseReference.value())
                .filter(p -> p.status() == PackStatus.PUBLISHED).isPresent();
        return published ? briefing(caseReference) : Optional.empty();
    }

    /** The findings of the last check while they are open, for the resolve page. Contexts are masked. */
    @Transactional(readOnly = true)
    public List<Finding> openFindings(CaseReference caseReference) {
        return packs.findByCaseReference(caseReference.value())
                .filter(p -> p.status() == PackStatus.FINDINGS_OPEN)
                .map(p -> findings.findByCaseReferenceAndCheckRoundOrderById(caseReference.value(), p.checkRounds())
                        .stream().map(RecordedFinding::finding).toList())
                .orElse(List.of());
    }

    /** The pseudonym the pack gives the child, once there is a pack: all the PRG report may name. */
    @Transactional(readOnly = true)
    public Optional<String> pseudonym(CaseReference caseReference) {
        return packs.findByCaseReference(caseReference.value()).map(PublicationPack::pseudonym);
    }

    /** Where the pack of a case stands, if there is one. */
    @Transactional(readOnly = true)
    public Optional<PackStatus> status(CaseReference caseReference) {
        return packs.findByCaseReference(caseReference.value()).map(PublicationPack::status);
    }

    private static PublishedReview entry(PublicationPack p) {
        List<String> themes = Arrays.stream(p.text(PackFields.THEMES).split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
        return new PublishedReview(p.caseReference().value(), BriefingContent.title(p.reviewType(), p.pseudonym()),
                p.pseudonym(), p.reviewType().title(), BriefingContent.monthYear(p.publishedAt().orElseThrow()),
                p.publishedAt().orElseThrow(), themes, p.text("catalogueSummary"), p.text("catalogueLearning"),
                p.text("catalogueRecommendations"), p.text("catalogueMethodology"), p.text(PackFields.EXECUTIVE_SUMMARY),
                p.text(PackFields.BOARD_RESPONSE));
    }
}
