package org.practicereview.demo;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Agency;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SystemAccounts;
import org.practicereview.identity.Users;
import org.practicereview.shared.Role;
import org.springframework.stereotype.Component;

/**
 * The fictional Northshire agencies, each with a mailbox and a demo user who answers for it, and one
 * demo user per role (README lists them).
 */
@Component
class DemoUsers {

    /** One password for every demo account; the demo profile must never run in production. */
    static final String PASSWORD = "practice-review-demo";

    static final String AGENCY_POLICE = "demo.police";
    static final String AGENCY_HEALTH = "demo.health";
    static final String AGENCY_SOCIAL_CARE = "demo.social-care";
    static final String AGENCY_EDUCATION = "demo.education";
    static final String AGENCY_PROBATION = "demo.probation";
    static final String AGENCY_HOUSING = "demo.housing";
    static final String AGENCY_FAMILY_SUPPORT = "demo.family-support";
    static final String COORDINATOR = "demo.coordinator";
    static final String MEMBER = "demo.member";
    static final String CHAIR = "demo.chair";
    static final String REVIEWER = "demo.reviewer";
    static final String AUDITOR = "demo.auditor";
    static final String ADMIN = "demo.admin";
    /** The three safeguarding partners of the 2018 arrangements; each approves the route's statutory decisions. */
    static final String PARTNER_LOCAL_AUTHORITY = "demo.partner-la";
    static final String PARTNER_ICB = "demo.partner-icb";
    static final String PARTNER_POLICE = "demo.partner-police";
    /** The health trust's case system, for trying the API with HTTP Basic. */
    static final String HEALTH_SYSTEM = "demo.health-system";

    private final Agencies agencies;
    private final Users users;
    private final SystemAccounts systemAccounts;

    DemoUsers(Agencies agencies, Users users, SystemAccounts systemAccounts) {
        this.agencies = agencies;
        this.users = users;
        this.systemAccounts = systemAccounts;
    }

    void create() {
        List.of(new Agency("NSP", "Northshire Police", "POLICE"),
                new Agency("NCSC", "Northshire Children's Social Care", "SOCIAL_CARE"),
                new Agency("NHT", "Northshire Health Trust", "HEALTH"),
                new Agency("NEDU", "Northshire Education Services", "EDUCATION"),
                new Agency("NPS", "Northshire Probation Service", "PROBATION"),
                new Agency("NHA", "Northshire Housing Association", "HOUSING"),
                new Agency("NFS", "Northshire Family Support (voluntary sector)", "VOLUNTARY"))
                .forEach(agency -> {
                    agencies.register(agency);
                    agencies.change(agency.code(), agency.name(), agency.sector(),
                            "safeguarding." + agency.code().toLowerCase(java.util.Locale.ROOT) + "@example.org");
                });
        List<NewUser> missing = Stream.of(
                        user(AGENCY_POLICE, "Pat Demo-Police (Detective Sergeant)", Set.of(Role.AGENCY), "NSP"),
                        user(AGENCY_HEALTH, "Sam Demo-Health (Named Nurse)", Set.of(Role.AGENCY), "NHT"),
                        user(AGENCY_SOCIAL_CARE, "Kim Demo-Social-Care (Team Manager)", Set.of(Role.AGENCY), "NCSC"),
                        user(AGENCY_EDUCATION, "Lee Demo-Education (Designated Safeguarding Lead)", Set.of(Role.AGENCY), "NEDU"),
                        user(AGENCY_PROBATION, "Drew Demo-Probation (Senior Probation Officer)", Set.of(Role.AGENCY), "NPS"),
                        user(AGENCY_HOUSING, "Jamie Demo-Housing (Tenancy Safeguarding Lead)", Set.of(Role.AGENCY), "NHA"),
                        user(AGENCY_FAMILY_SUPPORT, "Riley Demo-Family-Support (Project Lead)", Set.of(Role.AGENCY), "NFS"),
                        user(COORDINATOR, "Casey Demo-Coordinator (Business Unit)", Set.of(Role.PRG_COORDINATOR), null),
                        user(MEMBER, "Morgan Demo-Member (PRG)", Set.of(Role.PRG_MEMBER), null),
                        user(CHAIR, "Alex Demo-Chair (Independent Chair)", Set.of(Role.CHAIR), null),
                        user(REVIEWER, "Robin Demo-Reviewer (Lead Reviewer)", Set.of(Role.REVIEWER), null),
                        user(AUDITOR, "Jordan Demo-Auditor (Internal Audit)", Set.of(Role.AUDITOR), null),
                        user(ADMIN, "Taylor Demo-Admin (System Administrator)", Set.of(Role.ADMIN), null),
                        user(PARTNER_LOCAL_AUTHORITY, "Frankie Demo-Partner (Director of Children's Services)",
                                Set.of(Role.PARTNER_LOCAL_AUTHORITY), null),
                        user(PARTNER_ICB, "Charlie Demo-Partner (ICB Chief Nurse)", Set.of(Role.PARTNER_ICB), null),
                        user(PARTNER_POLICE, "Jesse Demo-Partner (Chief Superintendent)", Set.of(Role.PARTNER_POLICE), null))
                .filter(user -> !users.exists(user.username())).toList();
        users.createSharingOnePassword(missing);
        if (!users.exists(HEALTH_SYSTEM)) {
            systemAccounts.create(HEALTH_SYSTEM, "Northshire Health Trust case system (demo)", "NHT", PASSWORD);
        }
    }

    private static NewUser user(String username, String name, Set<Role> roles, String agency) {
        return new NewUser(username, name, username + "@example.org", roles, agency, PASSWORD);
    }
}
