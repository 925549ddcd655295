package org.issa.app.cyber.advisory;

import java.util.List;
import java.util.Map;

/**
 * The words of the public pages' frame in English, French and German. The advisories themselves are
 * shown in the language they were written in.
 */
public record PublicText(String lang, Map<String, String> words) {

    public static final List<String> LANGUAGES = List.of("en", "fr", "de");
    public static final Map<String, String> NAMES = Map.of("en", "English", "fr", "Français", "de", "Deutsch");

    private static final Map<String, Map<String, String>> ALL = Map.of(
            "en", Map.ofEntries(
                    Map.entry("site", "Security advisories for citizens and small businesses"),
                    Map.entry("skip", "Skip to content"), Map.entry("language", "Language"),
                    Map.entry("advisories", "Advisories"), Map.entry("subscribe", "Subscribe by e-mail"), Map.entry("report", "Report a cybercrime"),
                    Map.entry("feed", "Atom feed"), Map.entry("csaf", "CSAF documents"),
                    Map.entry("none", "No advisories published yet."), Map.entry("filter", "Show"),
                    Map.entry("audience", "For"), Map.entry("sector", "Sector"), Map.entry("all", "All"),
                    Map.entry("severity", "Severity"), Map.entry("published", "Published"), Map.entry("updated", "Updated"),
                    Map.entry("version", "Version"), Map.entry("summary", "Summary"), Map.entry("whatToDo", "What to do"),
                    Map.entry("whoIsAffected", "Who is affected"), Map.entry("products", "Affected products"),
                    Map.entry("cves", "Vulnerability identifiers (CVE)"), Map.entry("references", "More information"),
                    Map.entry("history", "Revision history"), Map.entry("csafLink", "This advisory as a CSAF 2.0 document"),
                    Map.entry("email", "E-mail address"), Map.entry("subscribeIntro", "Receive new advisories by e-mail. We send a"
                            + " confirmation link first; unconfirmed requests are deleted after 7 days. Every message has an unsubscribe link."),
                    Map.entry("sectorsHint", "Leave all sectors unticked to receive advisories for every sector."),
                    Map.entry("send", "Subscribe"), Map.entry("requested", "Check your mailbox: we have queued a message with a"
                            + " confirmation link for this address. The subscription starts once you confirm it."),
                    Map.entry("confirmTitle", "Confirm your subscription"), Map.entry("confirm", "Confirm"),
                    Map.entry("confirmed", "Your subscription is confirmed."),
                    Map.entry("invalidLink", "This link is unknown, already used or expired."),
                    Map.entry("unsubscribeTitle", "Unsubscribe"), Map.entry("unsubscribe", "Unsubscribe"),
                    Map.entry("unsubscribed", "You are unsubscribed and your address has been deleted."),
                    Map.entry("privacy", "We use your address only to send the advisories you asked for.")),
            "fr", Map.ofEntries(
                    Map.entry("site", "Avis de sécurité pour les citoyens et les petites entreprises"),
                    Map.entry("skip", "Aller au contenu"), Map.entry("language", "Langue"),
                    Map.entry("advisories", "Avis"), Map.entry("subscribe", "S'abonner par courriel"), Map.entry("report", "Signaler une cyberinfraction"),
                    Map.entry("feed", "Flux Atom"), Map.entry("csaf", "Documents CSAF"),
                    Map.entry("none", "Aucun avis publié pour le moment."), Map.entry("filter", "Afficher"),
                    Map.entry("audience", "Pour"), Map.entry("sector", "Secteur"), Map.entry("all", "Tous"),
                    Map.entry("severity", "Gravité"), Map.entry("published", "Publié le"), Map.entry("updated", "Mis à jour le"),
                    Map.entry("version", "Version"), Map.entry("summary", "Résumé"), Map.entry("whatToDo", "Que faire"),
                    Map.entry("whoIsAffected", "Qui est concerné"), Map.entry("products", "Produits concernés"),
                    Map.entry("cves", "Identifiants de vulnérabilité (CVE)"), Map.entry("references", "Pour en savoir plus"),
                    Map.entry("history", "Historique des révisions"), Map.entry("csafLink", "Cet avis au format CSAF 2.0"),
                    Map.entry("email", "Adresse électronique"), Map.entry("subscribeIntro", "Recevez les nouveaux avis par courriel."
                            + " Nous envoyons d'abord un lien de confirmation ; les demandes non confirmées sont supprimées après 7 jours."
                            + " Chaque message contient un lien de désabonnement."),
                    Map.entry("sectorsHint", "Ne cochez aucun secteur pour recevoir les avis de tous les secteurs."),
                    Map.entry("send", "S'abonner"), Map.entry("requested", "Consultez votre messagerie : un message avec un lien de"
                            + " confirmation a été préparé pour cette adresse. L'abonnement commence après votre confirmation."),
                    Map.entry("confirmTitle", "Confirmez votre abonnement"), Map.entry("confirm", "Confirmer"),
                    Map.entry("confirmed", "Votre abonnement est confirmé."),
                    Map.entry("invalidLink", "Ce lien est inconnu, déjà utilisé ou expiré."),
                    Map.entry("unsubscribeTitle", "Se désabonner"), Map.entry("unsubscribe", "Se désabonner"),
                    Map.entry("unsubscribed", "Vous êtes désabonné et votre adresse a été supprimée."),
                    Map.entry("privacy", "Votre adresse sert uniquement à vous envoyer les avis demandés.")),
            "de", Map.ofEntries(
                    Map.entry("site", "Sicherheitshinweise für Bürgerinnen, Bürger und kleine Unternehmen"),
                    Map.entry("skip", "Zum Inhalt springen"), Map.entry("language", "Sprache"),
                    Map.entry("advisories", "Hinweise"), Map.entry("subscribe", "Per E-Mail abonnieren"), Map.entry("report", "Cyberstraftat melden"),
                    Map.entry("feed", "Atom-Feed"), Map.entry("csaf", "CSAF-Dokumente"),
                    Map.entry("none", "Noch keine Hinweise veröffentlicht."), Map.entry("filter", "Anzeigen"),
                    Map.entry("audience", "Für"), Map.entry("sector", "Sektor"), Map.entry("all", "Alle"),
                    Map.entry("severity", "Schweregrad"), Map.entry("published", "Veröffentlicht"), Map.entry("updated", "Aktualisiert"),
                    Map.entry("version", "Version"), Map.entry("summary", "Zusammenfassung"), Map.entry("whatToDo", "Was zu tun ist"),
                    Map.entry("whoIsAffected", "Wer betroffen ist"), Map.entry("products", "Betroffene Produkte"),
                    Map.entry("cves", "Schwachstellen-Kennungen (CVE)"), Map.entry("references", "Weitere Informationen"),
                    Map.entry("history", "Versionsgeschichte"), Map.entry("csafLink", "Dieser Hinweis als CSAF-2.0-Dokument"),
                    Map.entry("email", "E-Mail-Adresse"), Map.entry("subscribeIntro", "Erhalten Sie neue Hinweise per E-Mail. Wir senden"
                            + " zuerst einen Bestätigungslink; unbestätigte Anfragen werden nach 7 Tagen gelöscht. Jede Nachricht enthält"
                            + " einen Abmeldelink."),
                    Map.entry("sectorsHint", "Wählen Sie keinen Sektor, um Hinweise für alle Sektoren zu erhalten."),
                    Map.entry("send", "Abonnieren"), Map.entry("requested", "Bitte sehen Sie in Ihr Postfach: eine Nachricht mit einem"
                            + " Bestätigungslink wurde für diese Adresse vorbereitet. Das Abonnement beginnt mit Ihrer Bestätigung."),
                    Map.entry("confirmTitle", "Abonnement bestätigen"), Map.entry("confirm", "Bestätigen"),
                    Map.entry("confirmed", "Ihr Abonnement ist bestätigt."),
                    Map.entry("invalidLink", "Dieser Link ist unbekannt, bereits benutzt oder abgelaufen."),
                    Map.entry("unsubscribeTitle", "Abmelden"), Map.entry("unsubscribe", "Abmelden"),
                    Map.entry("unsubscribed", "Sie sind abgemeldet, Ihre Adresse wurde gelöscht."),
                    Map.entry("privacy", "Wir verwenden Ihre Adresse nur, um Ihnen die gewünschten Hinweise zu senden.")));

    /** The frame in {@code lang}, or in English when that language is not offered. */
    public static PublicText of(String lang) {
        String l = lang != null && LANGUAGES.contains(lang) ? lang : "en";
        return new PublicText(l, ALL.get(l));
    }

    public String t(String key) {
        return words.getOrDefault(key, ALL.get("en").getOrDefault(key, key));
    }

    public Map<String, String> names() {
        return NAMES;
    }
}
