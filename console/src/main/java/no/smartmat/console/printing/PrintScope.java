package no.smartmat.console.printing;

/** Which part of a day's plan to print. */
public sealed interface PrintScope {

    /** Every route of the plan, in van order. */
    record AllRoutes() implements PrintScope {}

    /** One van's route, by its code ("BIL-03"). */
    record Route(String vanCode) implements PrintScope {}

    /** One client's labels again (a torn or lost label), by client number. */
    record Client(String clientNumber) implements PrintScope {}

    static PrintScope all() {
        return new AllRoutes();
    }

    static PrintScope route(String vanCode) {
        return new Route(vanCode);
    }

    static PrintScope client(String clientNumber) {
        return new Client(clientNumber);
    }

    /** As {@code print_log.scope} records it: "all", "route:BIL-03", "client:K-10001". */
    default String logText() {
        return switch (this) {
            case AllRoutes a -> "all";
            case Route r -> "route:" + r.vanCode();
            case Client c -> "client:" + c.clientNumber();
        };
    }

    /** For file names: "alle", "BIL-03", "K-10001". */
    default String fileText() {
        return switch (this) {
            case AllRoutes a -> "alle";
            case Route r -> r.vanCode();
            case Client c -> c.clientNumber();
        };
    }
}
