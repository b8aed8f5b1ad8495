package app.stride.weather;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A place found by name: where to fetch the forecast for. Missing texts are empty strings. */
public record Place(String name, double latitude, double longitude, String country, String admin1, String timezone) {

    public Place {
        Objects.requireNonNull(name, "name");
        country = country == null ? "" : country;
        admin1 = admin1 == null ? "" : admin1;
        timezone = timezone == null ? "" : timezone;
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("not a position on Earth: " + latitude + ", " + longitude);
        }
    }

    /** "Portland, Oregon, United States": enough to tell places of the same name apart. */
    public String label() {
        return Stream.of(name, admin1, country).filter(s -> !s.isBlank()).distinct().collect(Collectors.joining(", "));
    }
}
