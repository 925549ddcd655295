package org.issa.app.cyber;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Pages;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.cyber.advisory.AdvisoryDesk;
import org.issa.cyber.advisory.VersionStatus;
import org.issa.cyber.outbox.OutboxDesk;
import org.issa.cyber.referral.ReferralDesk;
import org.issa.cyber.report.ReportStatus;
import org.issa.cyber.report.Triage;
import org.issa.cyber.stix.store.StixStore;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /cyber}: the sub-sections of the cyberspace objective that the user's roles open, each with
 * the one number that says whether work is waiting (counted within the user's markings).
 */
@Controller
public class CyberPages {

    /** How many submitted advisories are counted at most (the number is a prompt, not a statistic). */
    static final int COUNT_CAP = 500;

    private final Triage triage;
    private final StixStore stix;
    private final AdvisoryDesk advisories;
    private final ReferralDesk referrals;
    private final OutboxDesk outbox;

    public CyberPages(Triage triage, StixStore stix, AdvisoryDesk advisories, ReferralDesk referrals, OutboxDesk outbox) {
        this.triage = triage;
        this.stix = stix;
        this.advisories = advisories;
        this.referrals = referrals;
        this.outbox = outbox;
    }

    /** One sub-section: where it is, what it is for, and a count with its meaning (count -1: none shown). */
    public record Section(String id, String href, String title, String purpose, long count, String countLabel) {
    }

    /** The landing page: the sections the user may open, and the public addresses to give out. */
    public record Landing(List<Section> sections) {
    }

    @GetMapping("/cyber")
    ModelAndView landing(HttpServletRequest request, Authentication auth) {
        return Pages.view("cyberHome", Pages.page(request, "Cyberspace", "cyber"), new Landing(sections(CurrentUser.of(auth))));
    }

    List<Section> sections(Principal p) {
        List<Section> out = new ArrayList<>();
        if (p.hasAny(Role.ANALYST, Role.SUPERVISOR, Role.DPO)) {
            out.add(new Section("reports", "/cyber/reports", "Cybercrime reports",
                    "Reports from the public form and partners: triage on RSIT, correlation, forwarding, incidents and investigations.",
                    triage.count(p, Optional.of(ReportStatus.NEW)), "waiting for triage"));
        }
        if (p.hasAny(Role.ANALYST, Role.SUPERVISOR, Role.PARTNER)) {
            out.add(new Section("cert", "/cyber/stix", "CERT network",
                    "STIX 2.1 objects shared with partner CERTs under TLP 2.0, collections and sharing groups.",
                    stix.count(p), "STIX objects you may see"));
        }
        if (p.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            out.add(new Section("advisories", "/cyber/advisories", "Advisories (EISAS)",
                    "Plain-language advisories for citizens and small businesses: drafted, approved by a second person, published.",
                    advisories.list(p, Optional.of(VersionStatus.SUBMITTED), COUNT_CAP).size(), "awaiting approval"));
        }
        if (p.hasAny(Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR)) {
            out.add(new Section("referrals", "/cyber/referrals", "Illegal-content referrals",
                    "Notices to hosting services in the Digital Services Act's vocabulary, their answers and time to removal.",
                    referrals.overdue(p).size(), "overdue"));
        }
        if (p.hasAny(Role.ANALYST, Role.SUPERVISOR, Role.DPO)) {
            out.add(new Section("outbox", "/cyber/outbox", "Outbox",
                    "Messages to reporters, subscribers and hosting services, queued for the operator's mail relay (nothing is sent).",
                    outbox.count(p), "queued"));
        }
        return out;
    }
}
