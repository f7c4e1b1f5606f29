package kz.socialservices.checker.api.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security of the API (and actuator, OpenAPI document): stateless, HTTP Basic or an API token
 * ({@code Authorization: Bearer chk_...}), no CSRF (no cookie is ever set, so no browser sends
 * credentials by itself). The web pages get a chain of their own (form login with CSRF) beside this one;
 * this one is ordered first and matches only its paths.
 *
 * <p>The standard's catalogue, the register template, the OpenAPI document, health and info are public (they hold
 * no case data); everything else needs a role, and what a role sees of a run is decided by the runs' service.
 */
@Configuration
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(
        type = org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
public class ApiSecurity {

    /** The paths this chain answers; the web pages' chain takes the rest. */
    public static final String[] PATHS = {"/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    @Bean
    AuthenticationProvider accountAuthentication(AccountService accounts) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) throws AuthenticationException {
                Caller caller = accounts.signIn(authentication.getName(), String.valueOf(authentication.getCredentials()));
                return authenticated(caller);
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }

    static UsernamePasswordAuthenticationToken authenticated(Caller caller) {
        return UsernamePasswordAuthenticationToken.authenticated(caller, null, List.of(new SimpleGrantedAuthority(caller.role().authority())));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AccountService accounts) throws Exception {
        http.securityMatcher(PATHS)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // Security headers written before the answer starts: a streamed answer is committed on another thread,
                // and headers written then would race the request's own thread.
                .headers(headers -> headers.addObjectPostProcessor(new org.springframework.security.config.ObjectPostProcessor<
                        org.springframework.security.web.header.HeaderWriterFilter>() {
                    @Override
                    public <O extends org.springframework.security.web.header.HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }))
                .httpBasic(basic -> basic.realmName("checker").authenticationEntryPoint(ApiSecurity::unauthorised))
                .exceptionHandling(e -> e.authenticationEntryPoint(ApiSecurity::unauthorised)
                        .accessDeniedHandler((request, response, denied) -> problem(response, 403, "Forbidden",
                                "this account's role may not do this")))
                .addFilterBefore(new TokenFilter(accounts), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        // a streamed answer's async dispatch, and an error's, belong to a request already authorised
                        .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ASYNC, jakarta.servlet.DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/requirements", "/api/v1/requirements/*", "/api/v1/editions",
                                "/api/v1/amendments", "/api/v1/amendments/*", "/api/v1/templates/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/info", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html").permitAll()
                        .requestMatchers("/api/v1/accounts", "/api/v1/accounts/**", "/api/v1/audit-trail", "/api/v1/audit-trail/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/tokens").authenticated()
                        .requestMatchers("/api/v1/evaluations", "/api/v1/evaluations/**").hasRole("CENTRE")
                        .requestMatchers("/api/v1/audits/stored").hasRole("MINISTRY")
                        .requestMatchers("/api/v1/audits").hasAnyRole("CENTRE", "MINISTRY")
                        .requestMatchers("/api/v1/simulations/stored", "/api/v1/simulations/sweep").hasRole("DRAFTER")
                        .requestMatchers("/api/v1/simulations", "/api/v1/simulations/**").hasAnyRole("CENTRE", "DRAFTER")
                        .requestMatchers("/api/v1/runs/*/findings", "/api/v1/runs/*/replay").hasRole("CENTRE")
                        .requestMatchers(HttpMethod.POST, "/api/v1/runs").hasRole("CENTRE")
                        .requestMatchers("/api/v1/runs", "/api/v1/runs/*").hasAnyRole("CENTRE", "MINISTRY")
                        .anyRequest().denyAll());
        return http.build();
    }

    private static void unauthorised(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"checker\"");
        problem(response, 401, "Unauthorized", e instanceof org.springframework.security.authentication.LockedException
                ? "the account is locked after repeated failed sign-ins; try again later"
                : "sign in with HTTP Basic or an API token (Authorization: Bearer ...)");
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    /** {@code Authorization: Bearer chk_...}: the token's account, or 401; Basic is left to its own filter. */
    static final class TokenFilter extends OncePerRequestFilter {
        private final AccountService accounts;

        TokenFilter(AccountService accounts) {
            this.accounts = accounts;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                var caller = accounts.byToken(header.substring(7).strip());
                if (caller.isEmpty()) {
                    unauthorised(request, response, new org.springframework.security.authentication.BadCredentialsException("bad token"));
                    return;
                }
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(authenticated(caller.get()));
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        }
    }
}
