package org.issa.app.cyber.advisory;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.app.cyber.PublicText;
import org.issa.app.web.Page;
import org.issa.app.web.Pages;
import org.issa.core.error.InvalidInputException;
import org.issa.cyber.advisory.AdvisoryDesk;
import org.issa.cyber.advisory.AtomFeed;
import org.issa.cyber.advisory.Audience;
import org.issa.cyber.advisory.CsafDocument;
import org.issa.cyber.advisory.PublishedAdvisory;
import org.issa.cyber.advisory.Sector;
import org.issa.cyber.advisory.Subscriptions;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public side, without sign-in: published advisories (never a draft), the Atom feed, and the
 * subscription forms. The frame speaks English, French or German ({@code ?lang=}, else Accept-Language,
 * as the report form: one catalogue, {@link PublicText}); each advisory keeps the language it was written in.
 */
@Controller
public class PublicAdvisoryPages {

    private final AdvisoryDesk desk;
    private final Subscriptions subscriptions;

    public PublicAdvisoryPages(AdvisoryDesk desk, Subscriptions subscriptions) {
        this.desk = desk;
        this.subscriptions = subscriptions;
    }

    /** The list page. */
    public record ListView(PublicText text, List<PublishedAdvisory> advisories, Optional<Audience> audience, Optional<Sector> sector,
                           String feedUrl) {
    }

    /** One advisory. */
    public record AdvisoryView(PublicText text, PublishedAdvisory advisory, String csafUrl, String path) {
    }

    /** The subscription pages: the form, or a message, or a confirmation button. */
    public record SubscribeView(PublicText text, String mode, String message, String token, String email, String error) {
    }

    @GetMapping("/public/advisories")
    ModelAndView list(@RequestParam Optional<String> lang, @RequestParam Optional<String> audience, @RequestParam Optional<String> sector,
                      HttpServletRequest request) {
        PublicText text = PublicText.of(request, lang.orElse(null));
        Optional<Audience> a = audience.filter(s -> !s.isBlank()).map(s -> Audience.parse("audience", s));
        Optional<Sector> s = sector.filter(x -> !x.isBlank()).map(x -> Sector.parse("sector", x));
        return Pages.view("publicAdvisories", page(request, text.t("advisories.title")),
                new ListView(text, desk.published(a, s, 200), a, s, AtomFeed.path(a, s)));
    }

    @GetMapping(value = "/public/advisories/feed.atom")
    ResponseEntity<String> feed(@RequestParam Optional<String> audience, @RequestParam Optional<String> sector) {
        Optional<Audience> a = audience.filter(s -> !s.isBlank()).map(s -> Audience.parse("audience", s));
        Optional<Sector> s = sector.filter(x -> !x.isBlank()).map(x -> Sector.parse("sector", x));
        String xml = AtomFeed.write(desk.publisher(), a, s, desk.published(a, s, 50), desk.now());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8")).body(xml);
    }

    @GetMapping("/public/advisories/{trackingId}")
    ModelAndView advisory(@PathVariable String trackingId, @RequestParam Optional<String> lang, HttpServletRequest request) {
        PublicText text = PublicText.of(request, lang.orElse(null));
        PublishedAdvisory a = desk.published(trackingId);
        String path = CsafDocument.path(a.trackingId(), a.initialRelease());
        return Pages.view("publicAdvisory", page(request, a.content().title()),
                new AdvisoryView(text, a, "/.well-known/csaf/white/" + path, path));
    }

    @GetMapping("/public/subscriptions")
    ModelAndView subscribeForm(@RequestParam Optional<String> lang, HttpServletRequest request) {
        PublicText text = PublicText.of(request, lang.orElse(null));
        return Pages.view("publicSubscribe", page(request, text.t("advisories.subscribe")), new SubscribeView(text, "form", "", "", "", ""));
    }

    @PostMapping("/public/subscriptions")
    ModelAndView subscribe(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
        PublicText text = PublicText.of(request, form.getFirst("lang"));
        String email = Optional.ofNullable(form.getFirst("email")).orElse("");
        try {
            Audience audience = Audience.parse("audience", Optional.ofNullable(form.getFirst("audience")).orElse(""));
            Set<Sector> sectors = EnumSet.noneOf(Sector.class);
            for (String s : Optional.ofNullable(form.get("sectors")).orElse(List.of())) {
                sectors.add(Sector.parse("sectors", s));
            }
            subscriptions.subscribe(email, audience, sectors, text.lang());
            return Pages.view("publicSubscribe", page(request, text.t("advisories.subscribe")),
                    new SubscribeView(text, "message", text.t("subscribe.requested"), "", "", ""));
        } catch (InvalidInputException e) {
            ModelAndView mv = Pages.view("publicSubscribe", page(request, text.t("advisories.subscribe")),
                    new SubscribeView(text, "form", "", "", email.length() > 254 ? "" : email, e.getMessage()));
            mv.setStatus(HttpStatus.BAD_REQUEST);
            return mv;
        }
    }

    /** Shows a button, so that mail scanners following the link do not confirm on the reader's behalf. */
    @GetMapping("/public/subscriptions/confirm")
    ModelAndView confirmForm(@RequestParam(defaultValue = "") String token, @RequestParam Optional<String> lang, HttpServletRequest request) {
        PublicText text = PublicText.of(request, lang.orElse(null));
        return Pages.view("publicSubscribe", page(request, text.t("subscribe.confirmTitle")),
                new SubscribeView(text, "confirm", "", token.length() > 100 ? "" : token, "", ""));
    }

    @PostMapping("/public/subscriptions/confirm")
    ModelAndView confirm(@RequestParam(defaultValue = "") String token, @RequestParam Optional<String> lang, HttpServletRequest request) {
        PublicText text = PublicText.of(request, lang.orElse(null));
        boolean ok = subscriptions.confirm(token);
        ModelAndView mv = Pages.view("publicSubscribe", page(request, text.t("subscribe.confirmTitle")),
                new SubscribeView(text, "message", ok ? text.t("subscribe.confirmed") : text.t("subscribe.invalidLink"), "", "", ""));
        mv.setStatus(ok ? HttpStatus.OK : HttpStatus.NOT_FOUND);
        return mv;
    }

    @GetMapping("/public/subscriptions/unsubscribe")
    ModelAndView unsubscribeForm(@RequestParam(defaultValue = "") String token, @RequestParam Optional<String> lang,
                                 HttpServletRequest request) {
        PublicText text = PublicText.of(request, lang.orElse(null));
        return Pages.view("publicSubscribe", page(request, text.t("subscribe.unsubscribeTitle")),
                new SubscribeView(text, "unsubscribe", "", token.length() > 100 ? "" : token, "", ""));
    }

    @PostMapping("/public/subscriptions/unsubscribe")
    ModelAndView unsubscribe(@RequestParam(defaultValue = "") String token, @RequestParam Optional<String> lang, HttpServletRequest request) {
        PublicText text = PublicText.of(request, lang.orElse(null));
        boolean ok = subscriptions.unsubscribe(token);
        ModelAndView mv = Pages.view("publicSubscribe", page(request, text.t("subscribe.unsubscribeTitle")),
                new SubscribeView(text, "message", ok ? text.t("subscribe.unsubscribed") : text.t("subscribe.invalidLink"), "", "", ""));
        mv.setStatus(ok ? HttpStatus.OK : HttpStatus.NOT_FOUND);
        return mv;
    }

    private static Page page(HttpServletRequest request, String title) {
        return Pages.page(request, title, "public");
    }
}
