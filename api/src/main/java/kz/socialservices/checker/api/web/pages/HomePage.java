package kz.socialservices.checker.api.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page: the three roles' pages. Sign-in (issue 10) plugs in here: once accounts exist,
 * "/" sends a signed-in user to the page of her role, and the pages require the role.
 */
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
