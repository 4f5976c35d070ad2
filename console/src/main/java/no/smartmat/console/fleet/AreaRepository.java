package no.smartmat.console.fleet;

import static no.smartmat.console.db.jooq.Tables.AREA;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.db.jooq.tables.records.AreaRecord;
import org.jooq.DSLContext;

public final class AreaRepository {

    public List<Area> all(DSLContext ctx) {
        return ctx.selectFrom(AREA).orderBy(AREA.NAME).fetch(AreaRepository::toArea);
    }

    public Optional<Area> byName(DSLContext ctx, String name) {
        return ctx.selectFrom(AREA).where(AREA.NAME.equalIgnoreCase(name.strip())).fetchOptional(AreaRepository::toArea);
    }

    /** The area's id; a name not seen before creates the area, with no delivery weekday yet. */
    public long idOfOrCreate(DSLContext ctx, String name) {
        return byName(ctx, name).map(Area::id).orElseGet(() -> insert(ctx, name.strip(), Optional.empty()));
    }

    public long insert(DSLContext ctx, String name, Optional<DayOfWeek> weekday) {
        AreaRecord r = ctx.newRecord(AREA);
        r.setName(name);
        r.setDeliveryWeekday(weekday.map(DayOfWeek::getValue).orElse(null));
        r.setIsActive(true);
        r.store();
        return r.getId();
    }

    public void update(DSLContext ctx, long id, String name, Optional<DayOfWeek> weekday, boolean active) {
        ctx.update(AREA).set(AREA.NAME, name).set(AREA.DELIVERY_WEEKDAY, weekday.map(DayOfWeek::getValue).orElse(null))
                .set(AREA.IS_ACTIVE, active).where(AREA.ID.eq(id)).execute();
    }

    static Area toArea(AreaRecord r) {
        return new Area(r.getId(), r.getName(), Optional.ofNullable(r.getDeliveryWeekday()).map(DayOfWeek::of),
                r.getIsActive());
    }
}
