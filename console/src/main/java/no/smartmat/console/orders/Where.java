package no.smartmat.console.orders;

import no.smartmat.console.i18n.UserMessage;

/**
 * Where in a file something was read: a line (CSV, JSON), a path (XML as an XPath from the root, JSON as
 * {@code orders[3].packages[0]}), or both. {@code line} is 0 when unknown.
 */
public record Where(String file, int line, String path) {

    public static Where file(String file) {
        return new Where(file, 0, "");
    }

    public static Where line(String file, int line) {
        return new Where(file, line, "");
    }

    public static Where path(String file, String path) {
        return new Where(file, 0, path);
    }

    public static Where at(String file, int line, String path) {
        return new Where(file, line, path);
    }

    /** "linje 12", "linje 14, orders[3].packages[0]", "/DespatchAdvice/cac:DespatchLine[2]", or "hele filen". */
    public UserMessage describe() {
        if (line > 0 && !path.isEmpty()) {
            return UserMessage.of("orders.where.lineAndPath", String.valueOf(line), path);
        }
        if (line > 0) {
            return UserMessage.of("orders.where.line", String.valueOf(line));
        }
        if (!path.isEmpty()) {
            return UserMessage.of("orders.where.path", path);
        }
        return UserMessage.of("orders.where.wholeFile");
    }
}
