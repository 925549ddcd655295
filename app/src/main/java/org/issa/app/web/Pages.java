package org.issa.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.issa.app.identity.IssaUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Builds the frame of a page from the request and renders a template with it. */
public final class Pages {

    public static final String NOTICE = "notice";
    public static final String ERROR = "error";

    private Pages() {
    }

    public static Page page(HttpServletRequest request, String title, String section) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        Optional<String> notice = Optional.ofNullable(flash == null ? null : (String) flash.get(NOTICE));
        Optional<String> error = Optional.ofNullable(flash == null ? null : (String) flash.get(ERROR));
        String csrfParam = csrf == null ? "_csrf" : csrf.getParameterName();
        String csrfToken = csrf == null ? "" : csrf.getToken();
        if (auth != null && auth.getPrincipal() instanceof IssaUser u) {
            return new Page(title, section, Optional.of(u.principal()), u.displayName(), csrfParam, csrfToken, notice, error);
        }
        return new Page(title, section, Optional.empty(), "", csrfParam, csrfToken, notice, error);
    }

    /** A view of template {@code name} with the frame and one page-specific value. */
    public static ModelAndView view(String name, Page page, Object view) {
        ModelAndView mv = new ModelAndView(name);
        mv.addObject("page", page);
        mv.addObject("view", view);
        return mv;
    }
}
