package org.practicereview.referral.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.practicereview.shared.Role;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.workflow.NotPermittedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page of this package is for agency users only (others get 403), and a draft, item or
 * referral that is not the user's own is "Page not found", so a user cannot learn it exists.
 */
@ControllerAdvice(basePackageClasses = AgencyPagesAdvice.class)
class AgencyPagesAdvice {

    @ModelAttribute
    void agencyUsersOnly() {
        if (!CurrentUser.actor().has(Role.AGENCY)) {
            throw new AccessDeniedException("Agency users only");
        }
    }

    @ExceptionHandler(NotPermittedException.class)
    void notTheirs(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
