package kz.socialservices.checker.api.accounts;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import kz.socialservices.checker.api.audittrail.AuditTrail;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security of the web pages: everything {@link ApiSecurity} does not match. A form sign-in with the same
 * accounts, slow-down and lock as the API (the same authentication provider over {@link AccountService}),
 * a session cookie (HttpOnly, SameSite=Lax: application.properties) and CSRF protection on every form and
 * script POST. Static files and the sign-in page are open; each role's pages need that role, and a
 * signed-in account lands on its role's page.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PageSecurity {

    /** Where each role lands after signing in (and from "/"). */
    public static final Map<Role, String> LANDING = Map.of(Role.CENTRE, "/centre", Role.MINISTRY, "/ministry",
            Role.DRAFTER, "/drafter", Role.ADMIN, "/accounts");

    public static final String SIGN_IN = "/sign-in";

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, AuditTrail trail) throws Exception {
        http.formLogin(form -> form.loginPage(SIGN_IN).loginProcessingUrl(SIGN_IN).permitAll()
                        .successHandler((request, response, authentication) -> {
                            Caller caller = (Caller) authentication.getPrincipal();
                            trail.record(caller.name(), "signed-in", caller.name(), "with=form role=" + caller.role());
                            response.sendRedirect(LANDING.get(caller.role()));
                        })
                        .failureHandler(PageSecurity::signInFailed))
                .logout(out -> out.logoutUrl("/sign-out").logoutSuccessUrl(SIGN_IN + "?signed-out").deleteCookies("JSESSIONID"))
                .headers(h -> h.addHeaderWriter((request, response) -> {
                    if (!response.containsHeader("Content-Security-Policy")) {
                        response.setHeader("Content-Security-Policy", kz.socialservices.checker.api.web.pages.PageConfiguration.CSP);
                    }
                }))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedPage("/forbidden"))
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.svg", "/sample/**", SIGN_IN, "/error").permitAll()
                        .requestMatchers("/centre", "/centre/**").hasRole(Role.CENTRE.name())
                        .requestMatchers("/ministry", "/ministry/**").hasRole(Role.MINISTRY.name())
                        .requestMatchers("/drafter", "/drafter/**").hasRole(Role.DRAFTER.name())
                        .requestMatchers("/accounts", "/accounts/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated());
        return http.build();
    }

    /** Back to the sign-in page, saying whether the account is locked; a wrong name and a wrong password read the same. */
    private static void signInFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.sendRedirect(SIGN_IN + (e instanceof LockedException ? "?locked" : "?error"));
    }

    /** The signed-in account's landing page. */
    public static String landing(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof Caller c ? LANDING.get(c.role()) : SIGN_IN;
    }
}
