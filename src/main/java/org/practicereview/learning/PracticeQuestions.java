package org.practicereview.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Agency;
import org.practicereview.learning.PlanRecords.Actions;
import org.practicereview.learning.PlanRecords.Plans;
import org.practicereview.publication.ReviewPublished;
import org.practicereview.referral.CaseRecords;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.FollowUpSurvey;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.ReadingMemo;
import org.practicereview.shared.Role;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.practicereview.workflow.WorkingDays;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up survey of a published review: each agency involved (named in the referral or owning an
 * action of the plan, and the referrer's) is asked "what changed in practice?" on the working day the board's setting in
 * force at publication gives, reminded once, and its answer is kept beside the review. An agency reads
 * and answers only its own question; the PRG, the chair and the auditor read every answer.
 */
@Service
public class PracticeQuestions {

    static final int MAX_ANSWER = 2000;

    interface Questions extends Repository<PracticeQuestion, Long> {
        PracticeQuestion save(PracticeQuestion question);
        Optional<PracticeQuestion> findByCaseReferenceAndAgencyCode(String caseReference, String agencyCode);
        List<PracticeQuestion> findByCaseReference(String caseReference);
        List<PracticeQuestion> findByAskedOnIsNullAndAskOnLessThanEqual(LocalDate today);
        List<PracticeQuestion> findByAnsweredAtIsNullAndRemindedOnIsNullAndRemindOnLessThanEqual(LocalDate today);
        List<PracticeQuestion> findByAgencyCodeAndAskedOnIsNotNullAndAnsweredAtIsNull(String agencyCode);
        List<PracticeQuestion> findByAskedOnIsNotNull();
    }

    /** One agency's question about one review, in words: when asked, whether answered, and the answer. */
    public record AnswerView(String caseReference, String agency, String askedOn, String status, String answer,
                             boolean overdue) {}

    private final Questions questions;
    private final CaseRecords caseRecords;
    private final Plans plans;
    private final Actions actions;
    private final Agencies agencies;
    private final BoardSettings settings;
    private final WorkingDays workingDays;
    private final Trail trail;
    private final Clock clock;

    PracticeQuestions(Questions questions, CaseRecords caseRecords, Plans plans, Actions actions, Agencies agencies,
                      BoardSettings settings, WorkingDays workingDays, Trail trail, Clock clock) {
        this.questions = questions;
        this.caseRecords = caseRecords;
        this.plans = plans;
        this.actions = actions;
        this.agencies = agencies;
        this.settings = settings;
        this.workingDays = workingDays;
        this.trail = trail;
        this.clock = clock;
    }

    /** Where an agency answers the question about the review of case {@code reference}. */
    public static String answerPath(String reference) {
        return "/briefings/" + reference + "/what-changed";
    }

    /** At publication: one question per agency involved, to be asked on the day the survey setting in force gives. */
    @Transactional
    public void schedule(ReviewPublished published) {
        FollowUpSurvey survey = settings.inForceAt(published.publishedAt()).survey();
        LocalDate publishedOn = published.publishedAt().atZone(WorkingDays.UK).toLocalDate();
        LocalDate askOn = workingDays.onOrAfter(publishedOn.plusMonths(survey.monthsAfterPublication()));
        CaseReference ref = published.caseReference();
        for (String agency : involved(ref)) {
            if (questions.findByCaseReferenceAndAgencyCode(ref.value(), agency).isEmpty()) {
                questions.save(new PracticeQuestion(ref.value(), agency, askOn, survey.reminderWorkingDays()));
                trail.append(ref, Actor.SYSTEM, TrailAction.PRACTICE_QUESTION_SCHEDULED,
                        agencies.nameOf(agency) + ", to be asked on " + GovDates.day(askOn));
            }
        }
    }

    /** The active agencies that referred, that the referral names, or that the action plan gives an action, by code. */
    private Set<String> involved(CaseReference ref) {
        Set<String> codes = new TreeSet<>();
        caseRecords.summary(ref).ifPresent(summary -> {
            codes.addAll(summary.agenciesInvolved());
            codes.add(summary.referrerAgencyCode());
        });
        plans.findByCaseReference(ref.value()).ifPresent(plan -> actions.findByPlanIdOrderByRecommendationNumberAscNumberAsc(plan.id())
                .forEach(a -> codes.add(a.ownerAgency())));
        Set<String> active = agencies.all().stream().map(Agency::code).collect(Collectors.toSet());
        codes.retainAll(active);
        return codes;
    }

    /** The questions due today and not asked yet; returns them for the notices. */
    List<PracticeQuestion> askDue(LocalDate today) {
        List<PracticeQuestion> due = questions.findByAskedOnIsNullAndAskOnLessThanEqual(today);
        for (PracticeQuestion q : due) {
            q.asked(today, workingDays.addWorkingDays(today, q.reminderDays()));
            questions.save(q);
            trail.append(new CaseReference(q.caseReference()), Actor.SYSTEM, TrailAction.PRACTICE_QUESTION_ASKED,
                    agencies.nameOf(q.agencyCode()) + ", answer asked by " + GovDates.day(q.remindOn()));
        }
        return due;
    }

    /** The questions asked and still unanswered on their reminder day, reminded once. */
    List<PracticeQuestion> remindDue(LocalDate today) {
        List<PracticeQuestion> due = questions.findByAnsweredAtIsNullAndRemindedOnIsNullAndRemindOnLessThanEqual(today);
        for (PracticeQuestion q : due) {
            q.reminded(today);
            questions.save(q);
            trail.append(new CaseReference(q.caseReference()), Actor.SYSTEM, TrailAction.PRACTICE_QUESTION_REMINDED,
                    agencies.nameOf(q.agencyCode()));
        }
        return due;
    }

    /** An agency says what changed in its practice; answered once, and nothing is kept when the answer is refused. */
    @Transactional
    public void answer(Actor actor, CaseReference ref, String text) {
        PracticeQuestion q = askedOf(actor, ref).orElseThrow(() -> new NotPermittedException("Not asked of this agency"));
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty()) {
            throw new InvalidSubmissionException(List.of(new FieldError("whatChanged", "Enter what changed in your agency's practice")));
        }
        if (answer.length() > MAX_ANSWER) {
            throw new InvalidSubmissionException(List.of(new FieldError("whatChanged",
                    "What changed must be " + MAX_ANSWER + " characters or fewer")));
        }
        q.answer(answer, actor.userId(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        questions.save(q);
        trail.append(ref, actor, TrailAction.PRACTICE_QUESTION_ANSWERED, agencies.nameOf(q.agencyCode()));
    }

    /** The viewer's agency's question about a review, once it has been asked. */
    @Transactional(readOnly = true)
    public Optional<AnswerView> question(Actor actor, CaseReference ref) {
        return askedOf(actor, ref).map(this::view);
    }

    private Optional<PracticeQuestion> askedOf(Actor actor, CaseReference ref) {
        if (!actor.has(Role.AGENCY) || actor.agencyCode() == null) {
            return Optional.empty();
        }
        return questions.findByCaseReferenceAndAgencyCode(ref.value(), actor.agencyCode()).filter(q -> q.askedOn() != null);
    }

    /** The viewer's agency's questions waiting for an answer, for its home page. */
    @Transactional(readOnly = true)
    public List<AnswerView> waitingFor(Actor actor) {
        if (!actor.has(Role.AGENCY) || actor.agencyCode() == null) {
            return List.of();
        }
        return questions.findByAgencyCodeAndAskedOnIsNotNullAndAnsweredAtIsNull(actor.agencyCode()).stream()
                .sorted(Comparator.comparing(PracticeQuestion::askedOn)).map(this::view).toList();
    }

    /** The asked questions of a review as the viewer may read them: the board every agency's, an agency its own. */
    @Transactional(readOnly = true)
    public List<AnswerView> answers(Actor viewer, CaseReference ref) {
        return visible(viewer, ofCase(ref).stream().filter(q -> q.askedOn() != null).toList());
    }

    /**
     * The questions of a review not asked yet, for the board only (an agency learns of its question when it is
     * asked): each agency and the day it will be asked.
     */
    @Transactional(readOnly = true)
    public List<AnswerView> toBeAsked(Actor viewer, CaseReference ref) {
        if (!PlanAccess.seesWholePlan(viewer)) {
            return List.of();
        }
        List<PracticeQuestion> waiting = ofCase(ref).stream().filter(q -> q.askedOn() == null).toList();
        Map<String, String> names = agencies.namesOf(waiting.stream().map(PracticeQuestion::agencyCode).collect(Collectors.toSet()));
        return waiting.stream().sorted(Comparator.comparing(q -> names.get(q.agencyCode())))
                .map(q -> new AnswerView(q.caseReference(), names.get(q.agencyCode()), null,
                        "To be asked on " + GovDates.day(q.askOn()), null, false))
                .toList();
    }

    /** The case's questions, read once a read-only transaction: the case page shows those asked and those to be. */
    private List<PracticeQuestion> ofCase(CaseReference ref) {
        return ReadingMemo.remember("practice questions of a case", ref.value(),
                () -> List.copyOf(questions.findByCaseReference(ref.value())));
    }

    /** Every asked question as the viewer may read it, for the briefings' take-up page. */
    @Transactional(readOnly = true)
    public List<AnswerView> answers(Actor viewer) {
        return visible(viewer, questions.findByAskedOnIsNotNull());
    }

    private List<AnswerView> visible(Actor viewer, List<PracticeQuestion> asked) {
        boolean board = PlanAccess.seesWholePlan(viewer);
        String own = viewer.has(Role.AGENCY) ? viewer.agencyCode() : null;
        Map<String, String> names = agencies.namesOf(asked.stream().map(PracticeQuestion::agencyCode).collect(Collectors.toSet()));
        return asked.stream().filter(q -> board || (own != null && own.equals(q.agencyCode())))
                .sorted(Comparator.comparing(PracticeQuestion::caseReference).thenComparing(q -> names.get(q.agencyCode())))
                .map(q -> view(q, names.get(q.agencyCode()))).toList();
    }

    private AnswerView view(PracticeQuestion q) {
        return view(q, agencies.nameOf(q.agencyCode()));
    }

    private AnswerView view(PracticeQuestion q, String agency) {
        LocalDate today = workingDays.today();
        String status = q.answeredAt() != null ? "Answered on " + GovDates.day(q.answeredAt().atZone(WorkingDays.UK).toLocalDate())
                : "Not answered yet, asked by " + GovDates.day(q.remindOn());
        return new AnswerView(q.caseReference(), agency, GovDates.day(q.askedOn()), status, q.answer(), q.overdue(today));
    }
}
