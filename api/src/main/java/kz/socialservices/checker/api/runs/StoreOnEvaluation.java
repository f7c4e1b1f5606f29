package kz.socialservices.checker.api.runs;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code POST /api/v1/evaluations?store=true} is {@code POST /api/v1/runs}: forwarded there, after security. Done by the
 * query string alone (not a request-mapping parameter condition, which would parse a form body of any other request).
 */
@Component
class StoreOnEvaluation extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if ("POST".equals(request.getMethod()) && "/api/v1/evaluations".equals(request.getRequestURI()) && query != null
                && Arrays.asList(query.split("&")).contains("store=true")) {
            request.getRequestDispatcher("/api/v1/runs").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
