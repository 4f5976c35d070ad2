package no.smartmat.console.app.setup;

import static no.smartmat.console.db.jooq.Tables.APP_USER;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.app.DataDirectory;
import no.smartmat.console.clients.GeoPoint;
import no.smartmat.console.config.ConfigLoader;
import no.smartmat.console.config.KitchenSettings;
import no.smartmat.console.db.Database;
import no.smartmat.console.demo.DemoData;
import no.smartmat.console.users.AccountRules;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Fields;
import no.smartmat.console.validation.Validated;

/**
 * The first start of an installed console: where the kitchen's data lives, demo data or an empty kitchen, the
 * kitchen's name and depot, and the first administrator (an empty database has nobody who could log in).
 * The choices become ordinary files: the data folder's {@code config/kitchen.yaml}, and, when the folder is not the
 * default one, the pointer {@link DataDirectory} reads on every later start.
 */
public final class FirstRun {

    public static final String FOLDER = "dataDir", NAME = "kitchenName", MUNICIPALITY = "municipality",
            DEPOT_ADDRESS = "depotAddress", LAT = "depotLat", LON = "depotLon", USERNAME = "adminUsername",
            FULL_NAME = "adminName", PASSWORD = "password", REPEAT = "passwordRepeat";

    /** What the person typed, as typed. */
    public record Form(String dataDir, boolean demo, String kitchenName, String municipality, String depotAddress,
                       String lat, String lon, String username, String fullName, char[] password, char[] repeat) {}

    public record Admin(String username, String fullName, char[] password) {}

    /** What will be done: empty kitchen and admin when the folder already holds a kitchen (it is only opened). */
    public record Plan(Path dataDir, boolean demo, Optional<KitchenSettings> kitchen, Optional<Admin> admin) {}

    private final Map<String, String> env;
    private final Clock clock;

    public FirstRun(Map<String, String> env, Clock clock) {
        this.env = env;
        this.clock = clock;
    }

    /** Whether the console should ask before opening {@code dataDir}: no database there yet, or nobody to log in. */
    public static boolean needed(Path dataDir) {
        Path file = dataDir.resolve(Database.FILE_NAME);
        return !Files.exists(file) || hasNoUsers(file);
    }

    /** Asked read-only: a check at start-up (or while a folder is typed) must not migrate or change the file. */
    private static boolean hasNoUsers(Path file) {
        try {
            return !Database.readOnly(file).fetchExists(APP_USER);
        } catch (RuntimeException e) {
            return false; // opening it normally will explain what is wrong with it
        }
    }

    /** A folder that already holds a Smart Mat kitchen someone can log in to (a shared folder, say) is just opened. */
    public static boolean holdsKitchen(Path dataDir) {
        return Files.exists(dataDir.resolve(Database.FILE_NAME)) && !needed(dataDir);
    }

    public Validated<Plan> validate(Form form) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Path> dir = Fields.required(FOLDER, form.dataDir(), errors).flatMap(text -> folder(text, errors));
        if (dir.isPresent() && holdsKitchen(dir.get())) {
            return errors.isEmpty() ? Validated.valid(new Plan(dir.get(), false, Optional.empty(), Optional.empty()))
                    : Validated.invalid(errors);
        }
        Optional<KitchenSettings> kitchen = Optional.empty();
        if (!form.demo()) {
            Optional<String> name = Fields.required(NAME, form.kitchenName(), errors);
            Optional<String> municipality = Fields.required(MUNICIPALITY, form.municipality(), errors);
            Optional<String> address = Fields.required(DEPOT_ADDRESS, form.depotAddress(), errors);
            Optional<Double> lat = Fields.required(LAT, form.lat(), errors).flatMap(t -> Fields.decimal(LAT, t, errors));
            Optional<Double> lon = Fields.required(LON, form.lon(), errors).flatMap(t -> Fields.decimal(LON, t, errors));
            lat.filter(v -> !GeoPoint.latInNorway(v)).ifPresent(v -> errors.add(FieldError.of(LAT, form.lat(),
                    "setup.validation.latOutsideNorway", String.valueOf(GeoPoint.MIN_LAT), String.valueOf(GeoPoint.MAX_LAT))));
            lon.filter(v -> !GeoPoint.lonInNorway(v)).ifPresent(v -> errors.add(FieldError.of(LON, form.lon(),
                    "setup.validation.lonOutsideNorway", String.valueOf(GeoPoint.MIN_LON), String.valueOf(GeoPoint.MAX_LON))));
            if (name.isPresent() && municipality.isPresent() && address.isPresent() && lat.isPresent() && lon.isPresent()
                    && GeoPoint.latInNorway(lat.get()) && GeoPoint.lonInNorway(lon.get())) {
                KitchenSettings defaults = new ConfigLoader(Optional.empty()).load("kitchen", KitchenSettings.class);
                kitchen = Optional.of(new KitchenSettings(name.get(), municipality.get(), defaults.timezone(),
                        new KitchenSettings.Depot(defaults.depot().name(), address.get(), lat.get(), lon.get())));
            }
        }
        Optional<Admin> admin = Optional.empty();
        if (!form.demo()) {
            Optional<String> username = AccountRules.username(USERNAME, form.username(), errors);
            Optional<String> fullName = Fields.required(FULL_NAME, form.fullName(), errors);
            AccountRules.password(PASSWORD, REPEAT, form.password(), form.repeat(), errors);
            if (username.isPresent() && fullName.isPresent()) {
                admin = Optional.of(new Admin(username.get(), fullName.get(), form.password()));
            }
        }
        return errors.isEmpty() ? Validated.valid(new Plan(dir.orElseThrow(), form.demo(), kitchen, admin))
                : Validated.invalid(errors);
    }

    private static Optional<Path> folder(String text, List<FieldError> errors) {
        Path dir;
        try {
            dir = Path.of(text.strip()).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            errors.add(FieldError.of(FOLDER, text, "setup.validation.folderInvalid"));
            return Optional.empty();
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            errors.add(FieldError.of(FOLDER, text, "setup.validation.folderIsFile"));
            return Optional.empty();
        }
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isWritable(existing)) {
            errors.add(FieldError.of(FOLDER, text, "setup.validation.folderNotWritable"));
            return Optional.empty();
        }
        return Optional.of(dir);
    }

    /**
     * Carries the plan out and returns the opened kitchen. Folder and configuration first, the database last: a
     * failure half-way leaves no database, so the next start asks again.
     */
    public AppContext apply(Plan plan, boolean rememberFolder, Consumer<String> progress) {
        try {
            Files.createDirectories(plan.dataDir());
            if (plan.kitchen().isPresent()) {
                writeKitchen(plan.dataDir(), plan.kitchen().get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rememberFolder) {
            DataDirectory.remember(plan.dataDir(), env);
        }
        boolean fresh = !Files.exists(plan.dataDir().resolve(Database.FILE_NAME));
        AppContext app = AppContext.open(plan.dataDir(), clock);
        try {
            if (plan.demo() && app.demo().isEmpty()) {
                app.demo().create(LocalDate.now(app.clock()), progress);
            }
            plan.admin().ifPresent(a -> {
                progress.accept("admin");
                app.users().create(a.username(), a.fullName(), Role.ADMIN, a.password(), CurrentUser.headless("first-run"));
            });
        } catch (RuntimeException e) {
            if (fresh) {
                Database.deleteUnfinished(plan.dataDir().resolve(Database.FILE_NAME));
            }
            throw e;
        }
        return app;
    }

    /** Only the keys the person chose: every other key keeps following the shipped defaults. */
    static void writeKitchen(Path dataDir, KitchenSettings kitchen) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
        ObjectNode root = yaml.createObjectNode();
        root.put("name", kitchen.name());
        root.put("municipality", kitchen.municipality());
        ObjectNode depot = root.putObject("depot");
        depot.put("address", kitchen.depot().address());
        depot.put("lat", kitchen.depot().lat());
        depot.put("lon", kitchen.depot().lon());
        Path config = dataDir.resolve("config");
        Files.createDirectories(config);
        Path file = config.resolve("kitchen.yaml");
        Path temp = config.resolve("kitchen.yaml.tmp");
        Files.writeString(temp, "# Written by the first-run setup; edit freely (see the defaults for every key).\n"
                + yaml.writeValueAsString(root), StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
