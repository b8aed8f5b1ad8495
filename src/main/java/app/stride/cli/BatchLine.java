package app.stride.cli;

import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Map;

/** One line of {@code stride outfit --batch}: exactly one JSON object of options, read strictly. */
final class BatchLine {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BatchLine() {
    }

    /** One {@code --batch} line: option names without dashes, camelCase accepted ({@code windUnit} = {@code wind-unit}). */
    static OutfitOptions options(final String line) {
        final JsonNode node;
        try {
            // one object per line: trailing content ({"temp":5}{"temp":6}) is refused, not silently dropped
            // and a key given twice ({"temp":5,"temp":6}) is refused rather than one of them silently winning
            node = MAPPER.readerFor(JsonNode.class).with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .with(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).readValue(line);
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            throw new InvalidInputException("--batch", Messages.get("cli.outfit.invalid.batchJson",
                    e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")
                            ? Messages.get("cli.batch.trailing") : jsonProblem(e)));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("--batch", Messages.get("cli.outfit.invalid.batchJson", jsonProblem(e)));
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("--batch", Messages.get("cli.outfit.invalid.batchJson", line.strip()));
        }
        final OutfitOptions o = new OutfitOptions();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            final String name = e.getKey().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
            if ("json".equals(name)) {
                continue;
            }
            if (Arrays.stream(OutfitOptions.NAMES).noneMatch(name::equals)) {
                throw new InvalidInputException("--batch", Messages.get("cli.outfit.invalid.batchKey", e.getKey()));
            }
            if (!e.getValue().isNull()) {
                o.set(name, e.getValue().isNumber() ? e.getValue().numberValue().toString() : e.getValue().asText());
            }
        }
        return o;
    }

    /** Jackson's words for what is wrong, without its internal notes on where in the source. */
    private static String jsonProblem(final JsonProcessingException e) {
        final String m = String.valueOf(e.getOriginalMessage());
        return m.replaceAll("\\s*\\(start marker at \\[Source:.*$", "").replaceAll("\\s*at \\[Source:.*$", "").strip();
    }

}
