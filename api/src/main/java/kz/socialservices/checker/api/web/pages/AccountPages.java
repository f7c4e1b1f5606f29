package kz.socialservices.checker.api.web.pages;

import java.util.List;
import kz.socialservices.checker.api.accounts.AccountService;
import kz.socialservices.checker.api.accounts.Caller;
import kz.socialservices.checker.api.accounts.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's page (ADMIN only, by the page chain): the accounts listed, one added or disabled, through the API's service. */
@Controller
class AccountPages {

    private final AccountService accounts;

    AccountPages(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/accounts")
    String list(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("roles", Role.values());
        return "accounts";
    }

    @PostMapping("/accounts")
    String add(@RequestParam String name, @RequestParam Role role, @RequestParam(required = false) String centre,
               @RequestParam String password, Model model) {
        try {
            accounts.create(name, role, centre == null || centre.isBlank() ? null : centre.strip(), password, Caller.require().name());
            return "redirect:/accounts";
        } catch (AccountService.AccountException e) {
            model.addAttribute("errors", List.of(e.getMessage()));
            return list(model);
        }
    }

    @PostMapping("/accounts/{name}/disable")
    String disable(@PathVariable String name, Model model) {
        try {
            accounts.disable(name, Caller.require().name());
            return "redirect:/accounts";
        } catch (AccountService.AccountException e) {
            model.addAttribute("errors", List.of(e.getMessage()));
            return list(model);
        }
    }
}
