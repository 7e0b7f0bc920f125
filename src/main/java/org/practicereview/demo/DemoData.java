package org.practicereview.demo;

import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.practicereview.referral.MyReferrals;
import org.practicereview.identity.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills an empty demo database once the processes are deployed: agencies, one user per role, and
 * fictional cases at every stage. Runs only with {@code practice-review.demo-data=true} (the demo
 * profile), and only when no demo case exists yet, so a restart keeps what users did.
 */
@Component
@ConditionalOnProperty(name = "practice-review.demo-data", havingValue = "true")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoUsers demoUsers;
    private final DemoCases demoCases;
    private final Users users;
    private final MyReferrals referrals;

    DemoData(DemoUsers demoUsers, DemoCases demoCases, Users users, MyReferrals referrals) {
        this.demoUsers = demoUsers;
        this.demoCases = demoCases;
        this.users = users;
        this.referrals = referrals;
    }

    @EventListener(PostDeployEvent.class)
    void fill() {
        demoUsers.create();
        var referrer = users.find(DemoUsers.AGENCY_HEALTH).orElseThrow().actor();
        if (!referrals.of(referrer).isEmpty()) {
            return;
        }
        demoCases.create();
        log.info("Demo data created: agencies, users (password in README) and cases at every stage");
    }
}
