package no.smartmat.console.clients;

import static no.smartmat.console.db.jooq.Tables.AREA;
import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.DRIVER;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.db.jooq.tables.records.ClientRecord;
import no.smartmat.console.fleet.AreaRepository;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

/** Clients over jOOQ. Area and regular driver are stored as row ids and read back as their names/codes. */
public final class ClientRepository {

    private final AreaRepository areas;

    public ClientRepository(AreaRepository areas) {
        this.areas = areas;
    }

    public List<Client> all(DSLContext ctx) {
        return select(ctx, DSL.noCondition());
    }

    public Optional<Client> byId(DSLContext ctx, long id) {
        return select(ctx, CLIENT.ID.eq(id)).stream().findFirst();
    }

    public Optional<Client> byNumber(DSLContext ctx, String clientNumber) {
        return select(ctx, CLIENT.CLIENT_NUMBER.eq(clientNumber)).stream().findFirst();
    }

    public List<Client> byArea(DSLContext ctx, long areaId) {
        return select(ctx, CLIENT.AREA_ID.eq(areaId));
    }

    public int count(DSLContext ctx) {
        return ctx.fetchCount(CLIENT);
    }

    public long insert(DSLContext ctx, ClientData data, Instant now) {
        ClientRecord r = ctx.newRecord(CLIENT);
        fill(ctx, r, data);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.store();
        return r.getId();
    }

    public void update(DSLContext ctx, long id, ClientData data, Instant now) {
        ClientRecord r = ctx.fetchSingle(CLIENT, CLIENT.ID.eq(id));
        fill(ctx, r, data);
        r.setUpdatedAt(now);
        r.store();
    }

    private void fill(DSLContext ctx, ClientRecord r, ClientData d) {
        r.setClientNumber(d.clientNumber());
        r.setName(d.name());
        r.setAddress(d.address());
        r.setPostcode(d.postcode());
        r.setCity(d.city());
        r.setLat(d.location().map(GeoPoint::lat).orElse(null));
        r.setLon(d.location().map(GeoPoint::lon).orElse(null));
        r.setPhone(d.phone().isEmpty() ? null : d.phone());
        r.setAreaId(d.areaName().map(name -> areas.idOfOrCreate(ctx, name)).orElse(null));
        r.setAccessNotes(d.accessNotes().isEmpty() ? null : d.accessNotes());
        r.setKeyBoxCode(d.keyBoxCode().isEmpty() ? null : d.keyBoxCode());
        r.setPutInFridge(d.putInFridge());
        r.setDietCodes(String.join(" ", d.dietCodes()));
        r.setRegularDriverId(d.regularDriverCode().map(code ->
                ctx.select(DRIVER.ID).from(DRIVER).where(DRIVER.CODE.eq(code)).fetchSingle(DRIVER.ID)).orElse(null));
        r.setServiceMinutes(d.serviceMinutes());
        r.setActiveFrom(d.activeFrom().orElse(null));
        r.setActiveTo(d.activeTo().orElse(null));
    }

    private static List<Client> select(DSLContext ctx, Condition where) {
        SelectOnConditionStep<Record> q = ctx.select(CLIENT.asterisk(), AREA.NAME, DRIVER.CODE)
                .from(CLIENT)
                .leftJoin(AREA).on(AREA.ID.eq(CLIENT.AREA_ID))
                .leftJoin(DRIVER).on(DRIVER.ID.eq(CLIENT.REGULAR_DRIVER_ID));
        return q.where(where).orderBy(CLIENT.NAME, CLIENT.CLIENT_NUMBER).fetch(ClientRepository::toClient);
    }

    static Client toClient(Record r) {
        ClientRecord c = r.into(CLIENT);
        Optional<GeoPoint> location = c.getLat() == null || c.getLon() == null
                ? Optional.empty() : Optional.of(new GeoPoint(c.getLat(), c.getLon()));
        List<String> diet = c.getDietCodes().isBlank() ? List.of() : Arrays.asList(c.getDietCodes().split(" "));
        return new Client(c.getId(), new ClientData(c.getClientNumber(), c.getName(), c.getAddress(), c.getPostcode(),
                c.getCity(), location, Optional.ofNullable(c.getPhone()).orElse(""),
                Optional.ofNullable(r.get(AREA.NAME)), Optional.ofNullable(c.getAccessNotes()).orElse(""),
                Optional.ofNullable(c.getKeyBoxCode()).orElse(""), c.getPutInFridge(), diet,
                Optional.ofNullable(r.get(DRIVER.CODE)), c.getServiceMinutes(),
                Optional.ofNullable(c.getActiveFrom()), Optional.ofNullable(c.getActiveTo())));
    }
}
