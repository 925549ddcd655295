package org.issa.app.identity;

import org.issa.app.web.ProblemJson;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 for the API as RFC 9457 problem documents. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"issa\"");
            ProblemJson.write(response, 401, "Unauthorized", "Authentication is required: send 'Authorization: Bearer <token>'. "
                    + (e.getMessage() == null ? "" : e.getMessage()), null);
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> ProblemJson.write(response, 403, "Forbidden", "Your roles do not allow this request.", null);
    }
}
