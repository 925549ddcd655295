package org.issa.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies over 1 MiB before they are read (413); a body sent without a length is cut
 * off at the same size while it is read, so that it fails as unreadable instead of filling memory.
 * List files sent to the import endpoint ({@code POST /api/v1/watchlists/{id}/versions}) have
 * their own, larger bound: {@code issa.watchlists.max-upload-bytes} (64 MiB unless configured); so do
 * STIX bundles ({@code POST /api/v1/cyber/stix/bundles} and {@code /validate}):
 * {@code issa.cyber.stix.max-bundle-bytes} (50 MiB unless configured).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLimits extends OncePerRequestFilter {

    public static final long MAX_API_BODY = 1024 * 1024;
    private static final Pattern LIST_IMPORT = Pattern.compile("/api/v1/watchlists/[^/]+/versions/?");
    private static final Pattern STIX_BUNDLE = Pattern.compile("/api/v1/cyber/stix/(bundles|validate)/?");
    // finance payments: payment files are streamed into the store, so their bound is large (issa.finance.payments.max-upload-bytes)
    private static final Pattern PAYMENT_IMPORT = Pattern.compile("/api/v1/finance/payments/imports/?");
    @Value("${issa.finance.payments.max-upload-bytes:1073741824}")
    private long maxPayments = 1024L * 1024 * 1024;

    private final long maxUpload;
    private final long maxBundle;

    public RequestLimits(@Value("${issa.watchlists.max-upload-bytes:67108864}") long maxUpload,
                         @Value("${issa.cyber.stix.max-bundle-bytes:52428800}") long maxBundle) {
        this.maxUpload = maxUpload;
        this.maxBundle = maxBundle;
    }

    /** The bound on a request's body. */
    public long limitFor(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && STIX_BUNDLE.matcher(request.getRequestURI()).matches()) {
            return maxBundle;
        }
        if ("POST".equals(request.getMethod()) && PAYMENT_IMPORT.matcher(request.getRequestURI()).matches()) {
            return maxPayments;
        }
        return "POST".equals(request.getMethod()) && LIST_IMPORT.matcher(request.getRequestURI()).matches() ? maxUpload : MAX_API_BODY;
    }

    public static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            ProblemJson.write(response, 413, "Content Too Large", "request bodies here are limited to " + describe(limit), "body");
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Bounded(request, limit) : request, response);
    }

    /** Thrown while a body sent without a length is read past the bound. */
    public static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("request body exceeds " + describe(limit));
        }
    }

    private static final class Bounded extends jakarta.servlet.http.HttpServletRequestWrapper {
        private final long limit;
        private jakarta.servlet.ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                jakarta.servlet.ServletInputStream in = super.getInputStream();
                stream = new jakarta.servlet.ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new TooLarge(limit);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = in.read(buf, off, len);
                        if (n > 0 && (read += n) > limit) {
                            throw new TooLarge(limit);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(jakarta.servlet.ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
