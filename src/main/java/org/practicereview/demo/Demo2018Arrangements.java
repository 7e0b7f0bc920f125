package org.practicereview.demo;

import static org.practicereview.demo.DemoReferrals.map;

import java.time.LocalDate;
import java.util.List;
import org.practicereview.administration.SettingsAdministration;
import org.practicereview.identity.Users;
import org.practicereview.incident.NotificationCopies;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.RegimeSetting;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Regime;
import org.springframework.stereotype.Component;

/**
 * The demo board's move to the 2018 arrangements, made by its administrator on the settings as on the settings
 * page, and the one demo case that follows them: notified to the national panel, the agencies' answers in, the rapid
 * review recorded and approved so far by the local authority, so the ICB and the police partners each have a task.
 */
@Component
class Demo2018Arrangements {

    private final Users users;
    private final BoardSettings settings;
    private final SettingsAdministration administration;
    private final NotificationCopies copies;
    private final DemoSteps steps;

    Demo2018Arrangements(Users users, BoardSettings settings, SettingsAdministration administration,
                         NotificationCopies copies, DemoSteps steps) {
        this.users = users;
        this.settings = settings;
        this.administration = administration;
        this.copies = copies;
        this.steps = steps;
    }

    /** New referrals from today follow the 2018 arrangements; the serious case reviews already begun keep their route. */
    void adoptFromToday() {
        administration.change(actor(DemoUsers.ADMIN), settings.current().values()
                .withCaseRegime(new RegimeSetting(Regime.CSPR_2018, today())));
    }

    void rapidReviewAwaitingPartners(CaseReference ref) {
        steps.complete(DemoUsers.COORDINATOR, ref, "Task_TriageReferral", map("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED"));
        steps.complete(DemoUsers.COORDINATOR, ref, "Task_RecordAwareness", map("becameAwareOn", today().minusDays(1).toString(),
                "lookedAfterChild", "no", "abuseOrNeglectKnownOrSuspected", "yes", "childDied", "no",
                "childSeriouslyHarmed", "yes", "whereHarmed", "IN_AREA"));
        copies.upload(actor(DemoUsers.PARTNER_LOCAL_AUTHORITY), ref, "notification-to-the-national-panel.pdf",
                DemoPdf.onePage("Notification of a serious incident (fictional demo copy)",
                        "Northshire Safeguarding Children Partnership notified the Child Safeguarding Practice Review Panel "
                                + "of a serious incident concerning a fictional child, Ruby Invented."));
        steps.complete(DemoUsers.PARTNER_LOCAL_AUTHORITY, ref, "Task_NotifyPanel", map("panelNotifiedOn", today().toString(),
                "panelReference", "NP-DEMO-0018"));
        steps.complete(DemoUsers.COORDINATOR, ref, "Task_RequestAgencyInformation", map("agencies", List.of("NSP", "NHT"),
                "note", "For the rapid review: please send a summary of your involvement and a chronology."));
        steps.agencySummary(ref, DemoUsers.AGENCY_POLICE);
        steps.agencySummary(ref, DemoUsers.AGENCY_HEALTH);
        steps.complete(DemoUsers.COORDINATOR, ref, "Task_RecordRapidReview", map("meetingDate", today().toString(),
                "facts", "Admitted to hospital with a fractured arm; the police and the health trust knew the family.",
                "childContext", "Lives with a parent and an older sibling; attends a childminder three days a week.",
                "actionForChild", "A child protection plan is in place and the child is staying with grandparents.",
                "actionForOthers", "The older sibling was seen at school and assessed.",
                "learning", "Health held concerns about earlier bruising that the police did not know of.",
                "localReviewCriteria", List.of("IMPROVEMENTS", "AGENCIES_TOGETHER"), "outcome", "LCSPR",
                "partnersRecommendLocal", "yes",
                "rationale", "How health and the police share early concerns needs improving; a local review will show how."));
        steps.complete(DemoUsers.PARTNER_LOCAL_AUTHORITY, ref, "Task_ApproveRapidReview", map("approved", "yes"));
    }

    private static LocalDate today() {
        return LocalDate.now(GovDates.UK);
    }

    private Actor actor(String username) {
        return users.find(username).orElseThrow().actor();
    }
}
