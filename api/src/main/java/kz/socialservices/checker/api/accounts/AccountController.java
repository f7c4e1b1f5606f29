package kz.socialservices.checker.api.accounts;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Accounts, for an administrator; and any account's own API tokens. */
@RestController
class AccountController {

    /** A new account: its name (a login, never a person's name), role, centre (CENTRE only) and password. */
    record NewAccount(String name, Role role, String centre, String password) {
    }

    record NewToken(String label) {
    }

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Operation(summary = "List the accounts (ADMIN)")
    @GetMapping("/api/v1/accounts")
    List<Account> list() {
        return accounts.list();
    }

    @Operation(summary = "Create an account (ADMIN)")
    @PostMapping("/api/v1/accounts")
    ResponseEntity<Account> create(@RequestBody NewAccount body) {
        Account created = accounts.create(body.name(), body.role(), body.centre(), body.password(), Caller.require().name());
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/accounts/" + created.name()).body(created);
    }

    @Operation(summary = "Disable an account (ADMIN): it can no longer sign in, and its tokens stop working")
    @PostMapping("/api/v1/accounts/{name}/disable")
    Account disable(@PathVariable String name) {
        return accounts.disable(name, Caller.require().name());
    }

    @Operation(summary = "Issue an API token for the signed-in account (shown once; send it as Authorization: Bearer TOKEN)")
    @PostMapping("/api/v1/tokens")
    ResponseEntity<Map<String, Object>> token(@RequestBody(required = false) NewToken body) {
        Caller caller = Caller.require();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("account", caller.name());
        out.put("token", accounts.issueToken(caller.name(), body == null ? null : body.label(), caller.name()));
        return ResponseEntity.status(HttpStatus.CREATED).body(out);
    }
}
