package no.smartmat.console.printing;

import static no.smartmat.console.db.jooq.Tables.APP_USER;
import static no.smartmat.console.db.jooq.Tables.AREA;
import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.ORDER_PACKAGE;
import static no.smartmat.console.db.jooq.Tables.PLAN;
import static no.smartmat.console.db.jooq.Tables.PRINT_LOG;
import static no.smartmat.console.db.jooq.Tables.ROUTE;
import static no.smartmat.console.db.jooq.Tables.ROUTE_STOP;
import static no.smartmat.console.db.jooq.Tables.STOP;
import static no.smartmat.console.db.jooq.Tables.SUPPLIER_ORDER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.delivery.OrderStatus;
import no.smartmat.console.delivery.StopStatus;
import no.smartmat.console.orders.OrderKind;
import no.smartmat.reports.common.Address;
import no.smartmat.reports.common.TimeWindow;
import no.smartmat.reports.common.Zone;
import org.jooq.DSLContext;

/** What printing reads (a plan's stops with their clients and packages) and the print log, over jOOQ. */
public final class PrintRepository {

    /** One {@code order_package} row of an active order: {@code count} packages of one zone. */
    public record PackageRow(long id, long stopId, Optional<String> code, Zone zone, int count, OrderKind orderKind) {}

    /** One line of the print log. */
    public record LogEntry(Instant printedAt, String printedBy, String document, String scope, String target,
                           int pages, Optional<LocalDate> planDate, Optional<Integer> planVersion) {}

    /** Every stop on the routes of {@code planId}, by stop id, with its client (cancelled ones included and marked). */
    public Map<Long, StopDetails> stopsOfPlan(DSLContext ctx, long planId) {
        Map<Long, StopDetails> stops = new HashMap<>();
        ctx.select(STOP.ID, STOP.WINDOW_START, STOP.WINDOW_END, STOP.NOTES, STOP.STATUS, CLIENT.ID, CLIENT.CLIENT_NUMBER,
                        CLIENT.NAME, CLIENT.ADDRESS, CLIENT.POSTCODE, CLIENT.CITY, CLIENT.PHONE, CLIENT.ACCESS_NOTES,
                        CLIENT.KEY_BOX_CODE, CLIENT.PUT_IN_FRIDGE, CLIENT.DIET_CODES, AREA.NAME)
                .from(ROUTE_STOP).join(ROUTE).on(ROUTE.ID.eq(ROUTE_STOP.ROUTE_ID))
                .join(STOP).on(STOP.ID.eq(ROUTE_STOP.STOP_ID))
                .join(CLIENT).on(CLIENT.ID.eq(STOP.CLIENT_ID))
                .leftJoin(AREA).on(AREA.ID.eq(CLIENT.AREA_ID))
                .where(ROUTE.PLAN_ID.eq(planId))
                .forEach(r -> stops.put(r.get(STOP.ID), new StopDetails(r.get(STOP.ID), r.get(CLIENT.ID),
                        r.get(CLIENT.CLIENT_NUMBER), r.get(CLIENT.NAME),
                        new Address(r.get(CLIENT.ADDRESS), r.get(CLIENT.POSTCODE), r.get(CLIENT.CITY)),
                        text(r.get(AREA.NAME)), text(r.get(CLIENT.PHONE)), text(r.get(CLIENT.ACCESS_NOTES)),
                        text(r.get(CLIENT.KEY_BOX_CODE)), Boolean.TRUE.equals(r.get(CLIENT.PUT_IN_FRIDGE)),
                        dietCodes(r.get(CLIENT.DIET_CODES)),
                        new TimeWindow(r.get(STOP.WINDOW_START), r.get(STOP.WINDOW_END)), text(r.get(STOP.NOTES)),
                        r.get(STOP.STATUS) == StopStatus.CANCELLED)));
        return stops;
    }

    /**
     * The packages of the active orders of every stop on {@code planId}'s routes, per stop id, in bag order:
     * chilled, frozen, ambient; dinners before groceries; then as imported.
     */
    public Map<Long, List<PackageRow>> packagesOfPlan(DSLContext ctx, long planId) {
        Map<Long, List<PackageRow>> packages = new HashMap<>();
        ctx.select(ORDER_PACKAGE.ID, SUPPLIER_ORDER.STOP_ID, ORDER_PACKAGE.PACKAGE_CODE, ORDER_PACKAGE.ZONE,
                        ORDER_PACKAGE.COUNT, SUPPLIER_ORDER.KIND)
                .from(ORDER_PACKAGE).join(SUPPLIER_ORDER).on(SUPPLIER_ORDER.ID.eq(ORDER_PACKAGE.ORDER_ID))
                .join(ROUTE_STOP).on(ROUTE_STOP.STOP_ID.eq(SUPPLIER_ORDER.STOP_ID))
                .join(ROUTE).on(ROUTE.ID.eq(ROUTE_STOP.ROUTE_ID))
                .where(ROUTE.PLAN_ID.eq(planId)).and(SUPPLIER_ORDER.STATUS.eq(OrderStatus.ACTIVE))
                .orderBy(ORDER_PACKAGE.ID)
                .forEach(r -> packages.computeIfAbsent(r.get(SUPPLIER_ORDER.STOP_ID), k -> new ArrayList<>())
                        .add(new PackageRow(r.get(ORDER_PACKAGE.ID), r.get(SUPPLIER_ORDER.STOP_ID),
                                text(r.get(ORDER_PACKAGE.PACKAGE_CODE)), Zone.valueOf(r.get(ORDER_PACKAGE.ZONE)),
                                r.get(ORDER_PACKAGE.COUNT), OrderKind.valueOf(r.get(SUPPLIER_ORDER.KIND)))));
        packages.values().forEach(rows -> rows.sort(java.util.Comparator.comparing(PackageRow::zone)
                .thenComparing(p -> p.orderKind() != OrderKind.DINNER).thenComparingLong(PackageRow::id)));
        return packages;
    }

    public void insertLog(DSLContext tx, Optional<Long> planId, DocumentKind document, String scope, String target,
                          int pages, CurrentUser by, Instant at) {
        tx.insertInto(PRINT_LOG).set(PRINT_LOG.PLAN_ID, planId.orElse(null)).set(PRINT_LOG.DOCUMENT, document.name())
                .set(PRINT_LOG.SCOPE, scope).set(PRINT_LOG.TARGET, target).set(PRINT_LOG.PAGES, pages)
                .set(PRINT_LOG.PRINTED_BY, by.idOrNull()).set(PRINT_LOG.PRINTED_BY_NAME, by.username())
                .set(PRINT_LOG.PRINTED_AT, at).execute();
    }

    /** The latest print log lines, newest first. */
    public List<LogEntry> latestLog(DSLContext ctx, int limit) {
        return ctx.select(PRINT_LOG.asterisk(), APP_USER.USERNAME, PLAN.DELIVERY_DATE, PLAN.VERSION).from(PRINT_LOG)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(PRINT_LOG.PRINTED_BY))
                .leftJoin(PLAN).on(PLAN.ID.eq(PRINT_LOG.PLAN_ID))
                .orderBy(PRINT_LOG.ID.desc()).limit(limit)
                .fetch(r -> new LogEntry(r.get(PRINT_LOG.PRINTED_AT),
                        text(r.get(PRINT_LOG.PRINTED_BY_NAME)).or(() -> text(r.get(APP_USER.USERNAME))).orElse("?"),
                        r.get(PRINT_LOG.DOCUMENT), r.get(PRINT_LOG.SCOPE), r.get(PRINT_LOG.TARGET),
                        r.get(PRINT_LOG.PAGES), Optional.ofNullable(r.get(PLAN.DELIVERY_DATE)),
                        Optional.ofNullable(r.get(PLAN.VERSION))));
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static List<String> dietCodes(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.strip().split("[\\s,;]+")).filter(s -> !s.isEmpty()).toList();
    }
}
