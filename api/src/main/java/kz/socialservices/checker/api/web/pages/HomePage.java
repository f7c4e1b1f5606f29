package kz.socialservices.checker.api.web.pages;

import kz.socialservices.checker.api.accounts.PageSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "/" sends a signed-in account to its role's page; the sign-in page; the page of a refused role. */
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        return "redirect:" + PageSecurity.landing(SecurityContextHolder.getContext().getAuthentication());
    }

    @GetMapping(PageSecurity.SIGN_IN)
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                  @RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("locked", locked != null);
        model.addAttribute("signedOut", signedOut != null);
        return "sign-in";
    }

    /** Where the security chain forwards a signed-in account its role does not allow (status 403 kept). */
    @org.springframework.web.bind.annotation.RequestMapping("/forbidden")
    String forbidden(jakarta.servlet.http.HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("landing", PageSecurity.landing(SecurityContextHolder.getContext().getAuthentication()));
        return "forbidden";
    }
}
