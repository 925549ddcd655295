package org.issa.app.cyber.report;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.issa.app.cyber.PublicText;
import org.issa.cyber.report.AttachmentPolicy;
import org.issa.cyber.report.ReportValidation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses a public report whose body is larger than the attachments allowed plus room for the text
 * fields, before any of it is read or parsed (413, with a page in the visitor's language saying that
 * nothing was stored); a body without a declared length is refused too (411), as browsers always
 * declare it. Runs before the security filters, which would otherwise parse the multipart body to
 * find the CSRF token.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ReportUploadLimit extends OncePerRequestFilter {

    /** The attachments' total, and 256 KiB for the other fields and the multipart framing. */
    public static final long MAX_BODY = AttachmentPolicy.MAX_TOTAL_BYTES + 256 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/cyber/report".equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length >= 0 && length <= MAX_BODY) {
            chain.doFilter(request, response);
            return;
        }
        PublicText t = PublicText.of(request, request.getQueryString() != null && request.getQueryString().matches("lang=(en|fr|de)")
                ? request.getQueryString().substring(5) : null);
        response.setStatus(length < 0 ? 411 : 413);
        response.setHeader("Connection", "close");
        response.setContentType("text/html;charset=UTF-8");
        String title = HtmlUtils.htmlEscape(t.t("toolarge.title"), "UTF-8");
        String text = HtmlUtils.htmlEscape(t.t("toolarge.text", ReportValidation.mib(AttachmentPolicy.MAX_TOTAL_BYTES)), "UTF-8");
        String page = "<!DOCTYPE html><html lang=\"" + t.lang() + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>" + title + "</title><link rel=\"stylesheet\" href=\"/css/issa.css\">"
                + "</head><body><main id=\"main\"><div class=\"card\" role=\"alert\"><h1>" + title + "</h1><p id=\"too-large\">" + text
                + "</p><p><a href=\"/cyber/report?lang=" + t.lang() + "\">" + HtmlUtils.htmlEscape(t.t("toolarge.back"), "UTF-8")
                + "</a></p></div></main></body></html>";
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }
}
