package no.smartmat.console.i18n;

import java.util.Arrays;
import java.util.List;

/**
 * A message for the person at the keyboard, kept as a bundle key plus arguments so the service that
 * finds the problem does not need to know the UI language; {@link Messages} renders it at the edge.
 */
public record UserMessage(String key, List<Object> args) {

    public UserMessage {
        args = List.copyOf(args);
    }

    public static UserMessage of(String key, Object... args) {
        return new UserMessage(key, Arrays.asList(args));
    }
}
