package org.issa.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies over 1 MiB before they are read (413); a body sent without a length is cut
 * off at the same size while it is read, so that it fails as unreadable instead of filling memory.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLimits extends OncePerRequestFilter {

    public static final long MAX_API_BODY = 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_API_BODY) {
            ProblemJson.write(response, 413, "Content Too Large", "request bodies are limited to 1 MiB", "body");
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Bounded(request) : request, response);
    }

    private static final class Bounded extends jakarta.servlet.http.HttpServletRequestWrapper {
        private jakarta.servlet.ServletInputStream stream;

        Bounded(HttpServletRequest request) {
            super(request);
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
                        if (b >= 0 && ++read > MAX_API_BODY) {
                            throw new IOException("request body exceeds 1 MiB");
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = in.read(buf, off, len);
                        if (n > 0 && (read += n) > MAX_API_BODY) {
                            throw new IOException("request body exceeds 1 MiB");
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
