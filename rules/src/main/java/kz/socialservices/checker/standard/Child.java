package kz.socialservices.checker.standard;

/** An accompanying child; only the birth year is kept. */
public record Child(Integer birthYear) {
}
