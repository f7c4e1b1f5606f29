package kz.socialservices.checker.api.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords are kept as BCrypt hashes, for the server and the {@code users} command alike. */
@Configuration
class PasswordHashing {

    /** Cost 12: a quarter of a second or so per check on this kind of machine, so guessing is slow. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }
}
