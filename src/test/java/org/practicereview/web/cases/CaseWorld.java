package org.practicereview.web.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.referral.ReferralService;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.UserTasks;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One user per role (two agencies, two reviewers) and real cases driven through {@link UserTasks#complete}
 * as those users would: from a referral by the health agency's user, to the agency round, the chair and
 * the review with its appointed lead reviewer.
 */
final class CaseWorld {

    private static final AtomicInteger NEXT = new AtomicInteger();
    static final String PASSWORD = "correct horse battery staple";

    final String referrer;
    final String otherAgency;
    final String coordinator;
    final String member;
    final String chair;
    final String reviewer;
    final String otherReviewer;
    final String auditor;
    final String admin;

    private final Users users;
    private final UserDetailsService details;
    private final ReferralService referrals;
    private final UserTasks userTasks;
    private final TaskService tasks;

    /** The users of a fresh world, made with the test context's services. */
    CaseWorld(ApplicationContext context) {
        this.users = context.getBean(Users.class);
        this.details = context.getBean(UserDetailsService.class);
        this.referrals = context.getBean(ReferralService.class);
        this.userTasks = context.getBean(UserTasks.class);
        this.tasks = context.getBean(TaskService.class);
        ReferralExamples.registerDemoAgencies(context.getBean(Agencies.class));
        referrer = user("referrer", Role.AGENCY, "NORTHSHIRE_HEALTH");
        otherAgency = user("social-worker", Role.AGENCY, "NORTHSHIRE_CSC");
        coordinator = user("coordinator", Role.PRG_COORDINATOR, null);
        member = user("member", Role.PRG_MEMBER, null);
        chair = user("chair", Role.CHAIR, null);
        reviewer = user("reviewer", Role.REVIEWER, null);
        otherReviewer = user("other-reviewer", Role.REVIEWER, null);
        auditor = user("auditor", Role.AUDITOR, null);
        admin = user("admin", Role.ADMIN, null);
    }

    private String user(String name, Role role, String agency) {
        String username = name + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
        users.create(new NewUser(username, "Test " + name, username + "@example.org", Set.of(role), agency, PASSWORD));
        return username;
    }

    RequestPostProcessor as(String username) {
        SignedInUser user = (SignedInUser) details.loadUserByUsername(username);
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    Actor actor(String username) {
        return users.find(username).orElseThrow().actor();
    }

    CaseReference referral(Map<String, Object> sections) {
        return referrals.submitDirect(actor(referrer), sections).reference();
    }

    CaseReference referral() {
        return referral(ReferralExamples.wholeReferral());
    }

    /** Triage accepted, information asked of the referrer's own agency: the round is open. */
    CaseReference atAgencyRound() {
        CaseReference ref = referral();
        complete(ref, "Task_TriageReferral", coordinator, Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED"));
        complete(ref, "Task_RequestAgencyInformation", coordinator, Map.of("agencies", List.of("NORTHSHIRE_HEALTH")));
        return ref;
    }

    /** Screened (criteria met), recommended and decided (initiate an SCR); terms agreed, {@link #reviewer} appointed. */
    CaseReference atReview() {
        CaseReference ref = atChairsDecision();
        complete(ref, "Task_RecordScrDecision", chair, Map.of("decisionOption", "INITIATE_SCR",
                "rationale", "Criteria met; the PRG recommends an SCR"));
        complete(ref, "Task_AgreeTermsOfReference", member, Map.of("periodFrom", "2025-01-01", "periodTo", "2025-12-31",
                "keyLinesOfEnquiry", "How did agencies share information?", "methodology", "LEARNING_TOGETHER",
                "familyInvolvementPlanned", "no"));
        complete(ref, "Task_AppointLeadReviewer", chair, Map.of("leadReviewer", reviewer, "independenceConfirmed", "yes"));
        return ref;
    }

    /** The agency has answered, the PRG screened (serious harm with concerns: criteria met) and recommended an SCR. */
    CaseReference atChairsDecision() {
        CaseReference ref = atAgencyRound();
        complete(ref, "Task_ProvideAgencySummary", referrer, Map.of("involvementSummary", "Two contacts in 2026",
                "chronology", "2026-01-05 home visit", "filesSecured", "yes", "workingTogetherConcerns", "no"));
        Map<String, Object> facts = new HashMap<>();
        for (String fact : List.of(ProcessVariables.ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, ProcessVariables.CHILD_DIED,
                ProcessVariables.CHILD_SERIOUSLY_HARMED, ProcessVariables.DEFINITIVE_EVIDENCE_NO_CONCERN,
                ProcessVariables.DIED_IN_CUSTODY_OR_DETENTION, ProcessVariables.DIED_DEPRIVED_OF_LIBERTY_MCA)) {
            facts.put(fact, "no");
        }
        facts.put(ProcessVariables.ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, "yes");
        facts.put(ProcessVariables.CHILD_SERIOUSLY_HARMED, "yes");
        facts.put("learningNotes", "Information sharing between school and health");
        complete(ref, "Task_ScreenAgainstCriteria", member, facts);
        complete(ref, "Task_RecommendToChair", member, Map.of("recommendation", "INITIATE_SCR", "rationale",
                "Serious harm with concerns about working together", "likelyLearning", "Information sharing", "impact", "None"));
        return ref;
    }

    Task task(CaseReference ref, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(ref.value()).taskDefinitionKey(key).singleResult();
    }

    void complete(CaseReference ref, String key, String username, Map<String, ?> values) {
        userTasks.complete(task(ref, key).getId(), actor(username), values);
    }
}
