package org.packpress.web;

import org.packpress.distribute.Unsubscribes;
import org.packpress.store.BodyRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The one link in every email to a public subscriber: {@code GET} asks to confirm, {@code POST}
 * unsubscribes (a mail program's one-click POST too, which is why this address needs neither a sign-in nor
 * a CSRF token: the unguessable token is the authority).
 */
@Controller
@ConditionalOnWebApplication
public class UnsubscribePage {

    private final Unsubscribes unsubscribes;
    private final BodyRepository bodies;

    public UnsubscribePage(Unsubscribes unsubscribes, BodyRepository bodies) {
        this.unsubscribes = unsubscribes;
        this.bodies = bodies;
    }

    @GetMapping("/unsubscribe/{token}")
    public String confirm(@PathVariable String token, Model model) {
        return page(token, false, model);
    }

    @PostMapping("/unsubscribe/{token}")
    public String unsubscribe(@PathVariable String token, Model model) {
        unsubscribes.unsubscribe(token);
        return page(token, true, model);
    }

    private String page(String token, boolean done, Model model) {
        Unsubscribes.Subscriber subscriber = unsubscribes.subscriber(token)
                .orElseThrow(() -> new NotFoundException("This unsubscribe link is not known"));
        model.addAttribute("token", token);
        model.addAttribute("email", subscriber.email());
        model.addAttribute("body", bodies.get(subscriber.body()).name());
        model.addAttribute("done", done);
        return "unsubscribe";
    }
}
