package org.practicereview.administration.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.practicereview.administration.Passwords;
import org.practicereview.shared.web.ActorPrincipal;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Someone who signed in with a temporary password chooses their own before anything else: their
 * session is marked at sign-in, and every page sends them to the password page until they have.
 */
@Component
class PasswordChangeRequired implements HandlerInterceptor, WebMvcConfigurer {

    static final String SESSION_KEY = "administration.passwordChangeRequired";

    private final Passwords passwords;

    PasswordChangeRequired(Passwords passwords) {
        this.passwords = passwords;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ActorPrincipal user
                && passwords.mustChange(user.actor().userId())
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attributes.getRequest().getSession().setAttribute(SESSION_KEY, Boolean.TRUE);
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(SESSION_KEY) == null) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/account/password") || path.equals("/error")) {
            return true;
        }
        response.sendRedirect(request.getContextPath() + "/account/password");
        return false;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/assets/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico");
    }
}
