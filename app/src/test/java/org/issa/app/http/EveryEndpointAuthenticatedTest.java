package org.issa.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps, found from Spring's own handler mappings rather than a hand-kept list, is
 * refused to an anonymous caller, except the ones meant to be public: an API call gets 401, a page a redirect to the
 * sign-in page (or 401/403). A new controller is covered the day it is added.
 */
class EveryEndpointAuthenticatedTest extends HttpTestBase {

    /** Paths meant to be public (SecurityConfig's permitAll), as prefixes. */
    private static final List<String> PUBLIC = List.of("/login", "/error", "/actuator/health", "/cyber/report",
            "/public/", "/.well-known/csaf", "/swagger-ui", "/v3/api-docs");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void anonymousCallersAreRefusedEverywhereButThePublicPages() {
        Set<String> checked = new TreeSet<>();
        List<String> open = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (PUBLIC.stream().anyMatch(pattern::startsWith)) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]*}", "x").replace("/**", "/x");
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String method = m.name();
                    if (method.equals("HEAD") || method.equals("OPTIONS")) {
                        continue;
                    }
                    HttpResponse<String> r = send(method, path, null, method.equals("GET") || method.equals("DELETE") ? null : "{}");
                    checked.add(method + " " + path);
                    int s = r.statusCode();
                    boolean refused = path.startsWith("/api/")
                            ? s == 401
                            : s == 401 || s == 403 || (s == 302 && r.headers().firstValue("Location").orElse("").contains("/login"));
                    if (!refused) {
                        open.add(method + " " + path + " -> " + s);
                    }
                }
            }
        }
        assertThat(checked).as("endpoints found").hasSizeGreaterThan(100)
                .anyMatch(e -> e.contains("/api/v1/finance/"))
                .anyMatch(e -> e.contains("/finance/"));
        assertThat(open).as("endpoints that answered an anonymous caller").isEmpty();
    }
}
