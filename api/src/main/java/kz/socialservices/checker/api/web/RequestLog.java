package kz.socialservices.checker.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per API request: method, path, status, run id, row counts and time. Never a query
 * string, a header value or any case content.
 */
@Component
public class RequestLog extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);
    private static final String RUN = RequestLog.class.getName() + ".run";
    private static final String ROWS = RequestLog.class.getName() + ".rows";

    /** What a controller knows of its run, for the request's log line. */
    public static void note(HttpServletRequest request, String runId, long read, long evaluated, long rejected) {
        request.setAttribute(RUN, runId);
        request.setAttribute(ROWS, "read=" + read + " evaluated=" + evaluated + " rejected=" + rejected);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            LOG.info("{} {} {} run={} {} {}ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                    request.getAttribute(RUN) == null ? "-" : request.getAttribute(RUN),
                    request.getAttribute(ROWS) == null ? "" : request.getAttribute(ROWS),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
