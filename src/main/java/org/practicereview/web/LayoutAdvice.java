package org.practicereview.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.practicereview.identity.SignedInUser;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the board's name, the navigation for the user's roles and the user's name. */
@ControllerAdvice
class LayoutAdvice {

    private final BoardSettings settings;

    LayoutAdvice(BoardSettings settings) {
        this.settings = settings;
    }

    /** The name in the board's settings now: an administrator's change shows on the next page. */
    @ModelAttribute("boardName")
    String boardName() {
        return settings.current().boardName();
    }

    @ModelAttribute("serviceName")
    String serviceName() {
        return "Practice Review";
    }

    /** The signed-in person's name in the header, linking to their account page (task emails, roles, sign-out). */
    @ModelAttribute("accountName")
    String accountName(@AuthenticationPrincipal SignedInUser user) {
        return user == null ? null : user.account().displayName();
    }

    @ModelAttribute("accountPageShown")
    boolean accountPageShown(HttpServletRequest request) {
        return request.getRequestURI().equals("/account") || request.getRequestURI().startsWith("/account/");
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
        List<NavigationItem> items = new ArrayList<>();
        String path = request.getRequestURI();
        if (user == null) {
            items.add(item("Learning from reviews", "/learning-from-reviews", path));
            return items;
        }
        var roles = user.account().roles();
        if (roles.contains(Role.AGENCY)) {
            items.add(item("My referrals", "/my-referrals", path));
            items.add(item("Make a referral", "/referrals/new", path));
        }
        if (roles.stream().anyMatch(r -> r == Role.PRG_COORDINATOR || r == Role.PRG_MEMBER || r == Role.CHAIR || r == Role.REVIEWER
                || r == Role.AGENCY || r.isPartner())) {
            items.add(item("Tasks", "/tasks", path));
        }
        if (roles.stream().anyMatch(r -> r == Role.PRG_COORDINATOR || r == Role.PRG_MEMBER || r == Role.CHAIR || r == Role.AUDITOR
                || r == Role.REVIEWER || r.isPartner())) {
            items.add(item("Cases", "/cases", path));
        }
        // The roles the meetings' pages let in (meetings.web.MeetingAccess).
        if (roles.contains(Role.PRG_COORDINATOR) || roles.contains(Role.PRG_MEMBER)) {
            items.add(item("Meetings", "/meetings", path));
        }
        // The roles the living action plans let in (learning.PlanAccess): an agency sees its own actions.
        if (roles.stream().anyMatch(r -> r == Role.PRG_COORDINATOR || r == Role.PRG_MEMBER || r == Role.CHAIR || r == Role.AUDITOR
                || r == Role.AGENCY)) {
            items.add(item("Action plans", "/action-plans", path));
            items.add(item("Briefings in use", "/briefings", path));
        }
        // The roles the board's dashboard lets in (dashboard.BoardDashboard.mayRead).
        if (roles.stream().anyMatch(r -> r == Role.PRG_COORDINATOR || r == Role.PRG_MEMBER || r == Role.CHAIR || r == Role.AUDITOR)) {
            items.add(item("Dashboard", "/dashboard", path));
        }
        if (roles.contains(Role.AUDITOR)) {
            items.add(item("Audit", "/audit", path));
        }
        // The roles the PRG report lets in (publication.web.PrgReportController).
        if (roles.stream().anyMatch(r -> r == Role.PRG_COORDINATOR || r == Role.PRG_MEMBER || r == Role.CHAIR || r == Role.AUDITOR)) {
            items.add(item("PRG report", "/reports/prg", path));
        }
        if (roles.contains(Role.ADMIN)) {
            items.add(item("Administration", "/admin", path));
        }
        if (roles.contains(Role.PRG_COORDINATOR) || roles.contains(Role.ADMIN)) {
            items.add(item("Outbox", "/outbox", path));
        }
        return items;
    }

    private static NavigationItem item(String label, String href, String path) {
        return new NavigationItem(label, href, path.equals(href) || path.startsWith(href + "/"));
    }
}
