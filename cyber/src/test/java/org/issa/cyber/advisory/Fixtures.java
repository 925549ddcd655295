package org.issa.cyber.advisory;

import java.util.List;
import java.util.Set;
import org.issa.core.marking.Classification;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;

/** People and advisories the tests share. */
public final class Fixtures {

    public static final Principal ANA = new Principal("ana", "FR-CERT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    public static final Principal ALEX = new Principal("alex", "FR-CERT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    public static final Principal SAM = new Principal("sam", "FR-CERT", "FR", Set.of(Role.SUPERVISOR), Classification.CONFIDENTIEL_UE);
    /** A supervisor who also drafts: four eyes must stop him approving his own text. */
    public static final Principal SOLO = new Principal("solo", "FR-CERT", "FR", Set.of(Role.ANALYST, Role.SUPERVISOR),
            Classification.CONFIDENTIEL_UE);
    public static final Principal DPO = new Principal("dora", "FR-CERT", "FR", Set.of(Role.DPO), Classification.RESTREINT_UE);
    public static final Principal PARTNER = new Principal("pat", "DE-BSI", "DE", Set.of(Role.PARTNER), Classification.RESTREINT_UE);

    public static final CsafPublisher PUBLISHER = new CsafPublisher("CERT-FR (test)", "https://cert.example.eu", "coordinator",
            "advisories@cert.example.eu", "National CERT for citizens and small businesses.", "https://cert.example.eu", "FR-EISAS");

    private Fixtures() {
    }

    public static AdvisoryContent phishing() {
        return new AdvisoryContent("Fake parcel-delivery text messages", "Criminals send text messages that claim a parcel is waiting"
                + " and link to a site that steals card details.", "Do not open the link. Delete the message. If you entered card"
                + " details, call your bank at once.", "Anyone with a mobile phone.", Audience.CITIZENS, Set.of(Sector.GENERAL,
                Sector.POSTAL), Severity.HIGH, "en", List.of(new Reference("https://www.example.org/guide/smishing",
                "How to recognise smishing")), List.of(), List.of(), List.of());
    }

    public static AdvisoryContent routers() {
        return new AdvisoryContent("Routeurs de bureau exposés : mettez-les à jour", "Une faille permet de prendre le contrôle de"
                + " certains routeurs utilisés par les petites entreprises.", "Installez la version 2.4.1 du micrologiciel et"
                + " désactivez l'administration à distance.", "Les petites entreprises qui utilisent ces routeurs.", Audience.SMES,
                Set.of(Sector.RETAIL, Sector.MANUFACTURING), Severity.CRITICAL, "fr", List.of(),
                List.of(new Product("Acme Networks", "OfficeRouter", "2.3"), new Product("Acme Networks", "OfficeRouter", "2.4.0"),
                        new Product("Acme Networks", "HomeBox", "")), List.of("CVE-2024-12345", "CVE-2024-23456"), List.of());
    }
}
