package org.issa.app.finance.flow;

import java.time.Instant;
import java.util.List;
import org.issa.app.identity.CurrentUser;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.finance.alert.TypologyConfigs;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/finance/typology-config}: the typology configuration scans use now and its saved versions (analysts,
 * supervisors, DPOs and auditors read it); {@code POST} saves a new version (supervisors, with a reason).
 */
@RestController
@RequestMapping("/api/v1/finance/typology-config")
public class TypologyConfigApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TypologyConfigs configs;

    public TypologyConfigApi(TypologyConfigs configs) {
        this.configs = configs;
    }

    /** A saved version without its content. */
    public record VersionView(String version, String reason, String savedBy, Instant savedAt) {
        static VersionView of(TypologyConfigs.Saved s) {
            return new VersionView(s.config().version(), s.reason(), s.savedBy(), s.savedAt().orElse(null));
        }
    }

    public record ConfigView(JsonNode current, List<VersionView> versions) {
    }

    /** A new version: the whole configuration as a JSON object, and why it changes. */
    public record SaveInput(JsonNode config, String reason) {
    }

    static void requireReader(Principal who) {
        if (!who.hasAny(Role.ANALYST, Role.SUPERVISOR, Role.DPO, Role.AUDITOR)) {
            throw new ForbiddenException("the typology configuration is for analysts, supervisors, DPOs and auditors");
        }
    }

    @GetMapping
    ConfigView current(Authentication auth) {
        requireReader(CurrentUser.of(auth));
        return new ConfigView(JSON.readTree(configs.current().toJson()), configs.history(100).stream().map(VersionView::of).toList());
    }

    @PostMapping
    ResponseEntity<VersionView> save(@RequestBody SaveInput in, Authentication auth) {
        if (in == null || in.config() == null || !in.config().isObject()) {
            throw new InvalidInputException("config", "the configuration must be given whole, as a JSON object");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(VersionView.of(configs.save(CurrentUser.of(auth), in.config().toString(),
                in.reason())));
    }
}
