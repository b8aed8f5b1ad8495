package app.stride.plan.adapt;

import app.stride.plan.Session;
import java.time.LocalDate;
import java.util.Optional;

/** One day that changes: the session planned there now ({@code from}) and the one proposed ({@code to}). */
public record SessionChange(LocalDate date, Optional<Session> from, Optional<Session> to) {
}
