package org.practicereview.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.notification.Notification;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.referral.CaseDetails;
import org.practicereview.review.ProcessDriver;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
@Import(PublicationProcessTests.KnownCase.class)
@TestPropertySource(properties = {PublicationProcessTests.UNIQUE_ENGINE, PublicationProcessTests.UNIQUE_APPLICATION})
class PublicationProcessTests {

    /**
     * This context has its own CaseDetails, so it is a second application context in the test JVM: its
     * engine and process application get unique names, or Camunda refuses to register a second "default".
     */
    static final String UNIQUE_ENGINE = "camunda.bpm.generate-unique-process-engine-name=true";
    static final String UNIQUE_APPLICATION = "camunda.bpm.generate-unique-process-application-name=true";

    static final Actor COORDINATOR = Actor.of("business.unit", Role.PRG_COORDINATOR);
    static final Actor CHAIR = Actor.of("the.chair", Role.CHAIR);
    static final String[] TABLES = {"publication_pack", "publication_pack_text", "publication_finding",
            "publication_briefing", "form_submission", "trail_event", "notification"};

    /** Stands in for the referral module: every case is about the same (fictional) child. */
    @TestConfiguration
    static class KnownCase {
        /** Primary, so it still wins once the referral module's own CaseDetails is on the classpath. */
        @Bean
        @Primary
        CaseDetails fictionalCaseDetails() {
            return new CaseDetails() {
                public IdentifyingDetails identifyingDetails(CaseReference ref) {
                    return new IdentifyingDetails(List.of("Amelia Jane Smith-Jones", "Hope Baker"),
                            List.of(LocalDate.of(2015, 3, 12)), List.of("14 Acacia Avenue, Northtown"), List.of("NT4 7QP"));
                }
                public String referrerEmail(CaseReference ref) { return "referrer@example.org"; }
                public Set<String> agenciesInvolved(CaseReference ref) { return Set.of("POLICE"); }
                public boolean parallelProceedingsOpen(CaseReference ref) { return false; }
                public String purpose(CaseReference ref) { return "SCR_CONSIDERATION"; }
                public java.util.Optional<org.practicereview.shared.ReviewType> learningReview(CaseReference ref) {
                    return java.util.Optional.empty();
                }
            };
        }
    }

    @Autowired ProcessDriver driver;
    @Autowired Publications publications;
    @Autowired Notifications notifications;
    @Autowired Trail trail;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static Map<String, Object> pack(String proceedingsOpen) {
        Map<String, Object> pack = new LinkedHashMap<>(PublicationFormsTests.pack());
        pack.put("proceedingsOpen", proceedingsOpen);
        if ("yes".equals(proceedingsOpen)) {
            pack.put("checkProceedingsBy", CHECK_AGAIN.toString());
        }
        return pack;
    }

    static final String SUMMARY_ONLY_REASON = "The trial of a relative is still to come: the board publishes a summary of the"
            + " learning now and decides on the full report after the trial.";

    /** The same pack, published as a summary only with the reason: no report has to be uploaded. */
    static Map<String, Object> summaryOnly(Map<String, Object> pack) {
        pack.put("summaryOnly", "yes");
        pack.put("summaryOnlyReason", SUMMARY_ONLY_REASON);
        return pack;
    }

    /** The date the coordinator sets to check on parallel proceedings: three months ahead, whenever the test runs. */
    static final LocalDate CHECK_AGAIN = LocalDate.now(org.practicereview.workflow.WorkingDays.UK).plusMonths(3);

    String start(CaseReference ref) {
        return driver.start("publication", ref, Map.of("reviewType", "SCR"));
    }

    @Test
    void refusedPackWritesNothingAndLeavesTheTaskOpen() {
        CaseReference ref = ProcessDriver.newCase();
        start(ref);
        Task task = driver.task(ref, "Task_PreparePublicationPack");
        Map<String, Long> before = driver.rowCounts(TABLES);
        Map<String, Object> overlong = pack("no");
        overlong.put("briefing6ThingsToRemember", BriefingSpaceTests.PROSE.substring(0, 990));

        assertThatThrownBy(() -> driver.userTasks.complete(task.getId(), COORDINATOR, overlong))
                .isInstanceOf(InvalidSubmissionException.class);

        assertThat(driver.rowCounts(TABLES)).isEqualTo(before);
        assertThat(driver.isOpen(task.getId())).isTrue();
    }

    @Test
    void loopsThroughResolvingFindingsUntilThePackIsCleanWithoutStoringTheIdentifiers() {
        CaseReference ref = ProcessDriver.newCase();
        String id = start(ref);
        Map<String, Object> leaky = pack("no");
        leaky.put("briefing3Text", "Amelia's school saw her at 14 acacia avenue on many occasions.");
        leaky.put("catalogueSummary", "A review of the care of a child born 12 March 2015.");

        driver.complete(ref, "Task_PreparePublicationPack", COORDINATOR, leaky);

        assertThat(driver.runtime.getVariable(id, "anonymisationFindings")).isEqualTo(3);
        assertThat(publications.openFindings(ref)).extracting(Finding::field, Finding::kind, Finding::context).containsExactly(
                org.assertj.core.groups.Tuple.tuple("briefing3Text", IdentifierKind.NAME,
                        "[name] school saw her at [address] on …"),
                org.assertj.core.groups.Tuple.tuple("briefing3Text", IdentifierKind.ADDRESS,
                        "[name] school saw her at [address] on many occasions."),
                org.assertj.core.groups.Tuple.tuple("catalogueSummary", IdentifierKind.DATE_OF_BIRTH,
                        "… the care of a child born [date of birth]."));
        assertNoIdentifierStoredOutsideThePack(ref, id);

        Task resolve = driver.task(ref, "Task_ResolveAnonymisationFindings");
        assertThatThrownBy(() -> driver.userTasks.complete(resolve.getId(), COORDINATOR, Map.of()))
                .isInstanceOf(InvalidSubmissionException.class);
        driver.userTasks.complete(resolve.getId(), COORDINATOR,
                Map.of("briefing3Text", "Her school saw her at home on many occasions."));
        assertThat(driver.runtime.getVariable(id, "anonymisationFindings")).isEqualTo(1);

        driver.complete(ref, "Task_ResolveAnonymisationFindings", COORDINATOR,
                Map.of("catalogueSummary", "A review of the care of a young child."));

        assertThat(driver.runtime.getVariable(id, "anonymisationFindings")).isEqualTo(0);
        assertThat(publications.openFindings(ref)).isEmpty();
        assertThat(publications.briefing(ref)).get().extracting(Briefing::version).isEqualTo(1);
        assertThat(driver.timer(id, "IntermediateTimer_NoticePeriod")).isNotNull();
    }

    private void assertNoIdentifierStoredOutsideThePack(CaseReference ref, String processInstanceId) {
        List<String> stored = driver.jdbc.sql("select masked_context from publication_finding").query(String.class).list();
        assertThat(stored).isNotEmpty().noneMatch(s -> s.contains("Amelia") || s.contains("acacia") || s.contains("2015"));
        assertThat(trail.forCase(ref)).extracting(TrailEntry::details)
                .noneMatch(d -> d != null && (d.contains("Amelia") || d.contains("acacia") || d.contains("2015")));
        assertThat(driver.runtime.getVariables(processInstanceId).values())
                .noneMatch(v -> String.valueOf(v).contains("Amelia"));
    }

    @Test
    void holdsPublicationUntilTheCoordinatorSaysProceedingsHaveConcluded() {
        CaseReference ref = ProcessDriver.newCase();
        String id = start(ref);
        driver.complete(ref, "Task_PreparePublicationPack", COORDINATOR, pack("yes"));

        assertThat(driver.runtime.createExecutionQuery().processInstanceId(id)
                .activityId("IntermediateCatchEvent_ProceedingsConcluded").count()).isEqualTo(1);
        assertThat(notifications.forCase(ref)).isEmpty();
        assertThat(trail.forCase(ref)).filteredOn(e -> e.is(TrailAction.PROCEEDINGS_CHECK_DATE_SET)).extracting(TrailEntry::details)
                .containsExactly("publication held; check again on " + org.practicereview.shared.GovDates.day(CHECK_AGAIN));
        driver.management.executeJob(driver.timer(id, "BoundaryEvent_ProceedingsCheckDue").getId());
        assertThat(notifications.forCase(ref)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.PROCEEDINGS_CHECK);
            assertThat(n.subject()).isEqualTo("Publication held: have the parallel proceedings of case " + ref.value() + " concluded?");
        });
        assertThat(trail.forCase(ref)).extracting(TrailEntry::kind).contains(TrailAction.PROCEEDINGS_CHECK_DUE);
        assertThatThrownBy(() -> publications.proceedingsConcluded(CHAIR, ref)).isInstanceOf(NotPermittedException.class);

        publications.proceedingsConcluded(COORDINATOR, ref);

        assertThat(notifications.forCase(ref)).filteredOn(n -> n.kind() != NotificationKind.PROCEEDINGS_CHECK)
                .extracting(Notification::kind, Notification::recipient).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NotificationKind.PRE_PUBLICATION_NOTICE, "national.panel@example.org"),
                org.assertj.core.groups.Tuple.tuple(NotificationKind.PRE_PUBLICATION_NOTICE, "ofsted.notifications@example.org"));
        assertThat(driver.timer(id, "IntermediateTimer_NoticePeriod")).isNotNull();
        assertThat(trail.forCase(ref)).extracting(TrailEntry::kind).contains(TrailAction.PROCEEDINGS_CONCLUDED);
        assertThatThrownBy(() -> publications.proceedingsConcluded(COORDINATOR, ref)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aHoldNeedsAFutureDateToCheckAgainAndStoresNothingWithout() {
        CaseReference ref = ProcessDriver.newCase();
        start(ref);
        Map<String, Object> withoutDate = pack("yes");
        withoutDate.remove("checkProceedingsBy");
        Map<String, Object> past = pack("yes");
        past.put("checkProceedingsBy", LocalDate.now(org.practicereview.workflow.WorkingDays.UK).minusDays(1).toString());
        Task task = driver.task(ref, "Task_PreparePublicationPack");

        assertThatThrownBy(() -> driver.userTasks.complete(task.getId(), COORDINATOR, withoutDate))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors()).extracting("message")
                        .containsExactly("Enter the date to check again whether the proceedings have concluded"));
        assertThatThrownBy(() -> driver.userTasks.complete(task.getId(), COORDINATOR, past))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors()).extracting("message")
                        .containsExactly("The date to check again must be in the future"));
        assertThat(driver.openTaskKeys(ref)).containsExactly("Task_PreparePublicationPack");
        assertThat(trail.forCase(ref)).extracting(TrailEntry::kind).doesNotContain(TrailAction.PROCEEDINGS_CHECK_DATE_SET);
    }

    @Test
    void publishesAfterTheNoticePeriodOnceTheChairApprovesAndNotBefore() {
        CaseReference ref = ProcessDriver.newCase();
        String id = start(ref);
        driver.complete(ref, "Task_PreparePublicationPack", COORDINATOR, pack("no"));
        Date notBefore = (Date) driver.runtime.getVariable(id, "publishNotBefore");
        assertThat(notBefore).isAfter(new Date(ClockUtil.getCurrentTime().getTime() + 5 * 86_400_000L));

        passNoticePeriod(id, notBefore);
        Task approve = driver.task(ref, "Task_ApprovePublication");
        assertThatThrownBy(() -> driver.userTasks.complete(approve.getId(), CHAIR, Map.of("publicationApproved", "no")))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors()).extracting("message")
                        .containsExactly("Enter comments saying what must change before publication"));
        driver.userTasks.complete(approve.getId(), CHAIR, Map.of("publicationApproved", "no",
                "approvalComments", "Shorten panel 2."));
        assertThat(driver.openTaskKeys(ref)).containsExactly("Task_PreparePublicationPack");
        assertThat(publications.published()).extracting(PublishedReview::caseReference).doesNotContain(ref.value());

        driver.complete(ref, "Task_PreparePublicationPack", COORDINATOR, summaryOnly(pack("no")));
        passNoticePeriod(id, (Date) driver.runtime.getVariable(id, "publishNotBefore"));
        driver.complete(ref, "Task_ApprovePublication", CHAIR, Map.of("publicationApproved", "yes"));

        assertThat(driver.ended(id)).isTrue();
        PublishedReview entry = publications.published().stream().filter(p -> p.caseReference().equals(ref.value()))
                .findFirst().orElseThrow();
        assertThat(entry.title()).isEqualTo("Serious Case Review (SCR) – Child Q");
        assertThat(entry.themes()).containsExactly("neglect", "information sharing", "domestic abuse");
        assertThat(publications.publishedBriefing(ref)).get().extracting(Briefing::version, Briefing::boardName)
                .containsExactly(2, "Northshire Safeguarding Children Board");
        assertThat(notifications.forCase(ref)).extracting(Notification::kind).containsSubsequence(
                NotificationKind.PRE_PUBLICATION_NOTICE, NotificationKind.PUBLISHED, NotificationKind.PUBLISHED);
    }

    @Test
    void aLocalReviewIsPublishedOnlyOnceEachOfTheThreeSafeguardingPartnersHasApproved() {
        CaseReference ref = ProcessDriver.newCase();
        String id = driver.start("publication", ref, Map.of("reviewType", "LCSPR", "regime", "CSPR_2018"));
        driver.complete(ref, "Task_PreparePublicationPack", COORDINATOR, localReviewPack());
        passNoticePeriod(id, (Date) driver.runtime.getVariable(id, "publishNotBefore"));

        assertThat(driver.openTasks(ref)).extracting(Task::getTaskDefinitionKey).containsOnly("Task_ApprovePublication").hasSize(3);
        assertThatThrownBy(() -> driver.userTasks.complete(partnersTask(ref, Role.PARTNER_POLICE).getId(), CHAIR,
                Map.of("publicationApproved", "yes"))).as("the chair cannot answer for a partner").isNotNull();
        driver.userTasks.complete(partnersTask(ref, Role.PARTNER_LOCAL_AUTHORITY).getId(), LA, Map.of("publicationApproved", "yes"));
        driver.userTasks.complete(partnersTask(ref, Role.PARTNER_ICB).getId(), ICB, Map.of("publicationApproved", "no",
                "approvalComments", "Panel 4 must say which agency shared the information late."));
        assertThat(publications.status(ref)).as("two of three answered").contains(PackStatus.NOTICE_SENT);
        driver.userTasks.complete(partnersTask(ref, Role.PARTNER_POLICE).getId(), POLICE, Map.of("publicationApproved", "yes"));

        assertThat(driver.openTaskKeys(ref)).containsExactly("Task_PreparePublicationPack");
        assertThat(packs.findByCaseReference(ref.value()).orElseThrow().decisionComments()).contains(
                "Integrated care board safeguarding partner: Panel 4 must say which agency shared the information late.");

        driver.complete(ref, "Task_PreparePublicationPack", COORDINATOR, localReviewPack());
        passNoticePeriod(id, (Date) driver.runtime.getVariable(id, "publishNotBefore"));
        for (Actor partner : List.of(POLICE, ICB, LA)) {
            assertThat(driver.ended(id)).as("published only with the third").isFalse();
            driver.userTasks.complete(partnersTask(ref, partner.roles().iterator().next()).getId(), partner,
                    Map.of("publicationApproved", "yes"));
        }

        assertThat(driver.ended(id)).isTrue();
        assertThat(publications.published()).extracting(PublishedReview::caseReference).contains(ref.value());
        assertThat(partnerAnswers.answers(ref)).extracting(a -> a.partner() + " " + a.approved() + " " + (a.returnedAt() != null))
                .containsExactly("PARTNER_LOCAL_AUTHORITY true true", "PARTNER_ICB false true", "PARTNER_POLICE true true",
                        "PARTNER_POLICE true false", "PARTNER_ICB true false", "PARTNER_LOCAL_AUTHORITY true false");
    }

    static final Actor LA = Actor.of("partner.la", Role.PARTNER_LOCAL_AUTHORITY);
    static final Actor ICB = Actor.of("partner.icb", Role.PARTNER_ICB);
    static final Actor POLICE = Actor.of("partner.police", Role.PARTNER_POLICE);

    @Autowired PartnerPublicationApprovals partnerAnswers;
    @Autowired PublicationRecords.PublicationPacks packs;

    private Task partnersTask(CaseReference ref, Role partner) {
        return driver.tasks.createTaskQuery().processInstanceBusinessKey(ref.value()).taskDefinitionKey("Task_ApprovePublication")
                .taskCandidateGroup(partner.group()).singleResult();
    }

    /** A local review's pack: a summary of the improvements only, its report sent to the panel a month ago. */
    private static Map<String, Object> localReviewPack() {
        Map<String, Object> pack = summaryOnly(pack("no"));
        pack.put("reportSentToPanelOn", LocalDate.now(org.practicereview.workflow.WorkingDays.UK).minusMonths(1).toString());
        return pack;
    }

    private void passNoticePeriod(String id, Date notBefore) {
        ClockUtil.setCurrentTime(new Date(notBefore.getTime() + 60_000));
        driver.management.executeJob(driver.timer(id, "IntermediateTimer_NoticePeriod").getId());
    }

    @Test
    void listsPublishedReviewsNewestFirstAndHidesUnpublishedBriefingsFromThePublic() {
        CaseReference older = publishAt(Instant.parse("2027-01-04T09:00:00Z"));
        CaseReference newer = publishAt(Instant.parse("2027-03-01T09:00:00Z"));
        CaseReference unpublished = ProcessDriver.newCase();
        start(unpublished);

        List<String> order = publications.published().stream().map(PublishedReview::caseReference)
                .filter(r -> r.equals(older.value()) || r.equals(newer.value())).toList();
        assertThat(order).containsExactly(newer.value(), older.value());
        assertThat(publications.published()).filteredOn(p -> p.caseReference().equals(newer.value()))
                .extracting(PublishedReview::monthYear).containsExactly("March 2027");
        assertThat(publications.publishedBriefing(unpublished)).isEmpty();
    }

    private CaseReference publishAt(Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        CaseReference ref = ProcessDriver.newCase();
        String id = start(ref);
        driver.complete(ref, "Task_PreparePublicationPack", COORDINATOR, summaryOnly(pack("no")));
        passNoticePeriod(id, (Date) driver.runtime.getVariable(id, "publishNotBefore"));
        driver.complete(ref, "Task_ApprovePublication", CHAIR, Map.of("publicationApproved", "yes"));
        return ref;
    }
}
