package org.civility.benchmarks.county;

import org.civility.core.record.ChainSeal;
import org.civility.persistence.Migrations;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fills a PostgreSQL database with a county of practice units, volunteers, teams, activities, offers, orders in
 * every status and a year of service records whose hash chains verify (R-REC-1), for measuring the portal at scale.
 * The schema comes from Civility's own Flyway migrations; the rows go in through {@code COPY FROM STDIN}, one
 * institute at a time, each committed on its own, while the next institute is generated on a second thread. The
 * filled tables' secondary indexes (those that back no constraint) are dropped for the load and built again at its
 * end, once each, instead of being updated row by row; keys and unique constraints stay and are checked throughout.
 *
 * <p>Usage (see {@code scripts/generate-county}):
 * {@code CountyGenerator --scale 1.0 --url jdbc:postgresql://127.0.0.1:5432/civility_scale [--user postgres]
 * [--password ...] [--seed 20260101] [--year 2025] [--clean] [--chain-key-file ~/.civility/record-chain.key]}.
 * The chain heads are sealed with the key a portal on this machine would use: {@code CIVILITY_RECORDS_CHAIN_KEY}
 * (Base64) or the key file, created like the portal creates it when missing.
 */
public final class CountyGenerator {

    /**
     * What a load wrote and how long it took.
     *
     * @param copy     from the first COPY to the last commit, generation included
     * @param inCopies the part of {@code copy} spent in COPY statements and commits (the rest waited for generation)
     * @param indexes  building the secondary indexes again after the load
     */
    public record Load(CountySize size, Map<String, Long> rows, Duration migration, Duration copy, Duration inCopies,
                       Duration indexes, Duration analyze) {

        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Rows per second from the first COPY to the indexes built again. */
        public double rowsPerSecond() {
            return totalRows() / Math.max(0.001, copy.plus(indexes).toMillis() / 1000.0);
        }
    }

    private CountyGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        double scale = Double.parseDouble(options.getOrDefault("scale", "1.0"));
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/civility_scale"));
        dataSource.setUser(options.getOrDefault("user", "postgres"));
        dataSource.setPassword(options.getOrDefault("password", ""));
        ChainSeal seal = seal(System.getenv("CIVILITY_RECORDS_CHAIN_KEY"), Path.of(options.getOrDefault(
                "chain-key-file", Path.of(System.getProperty("user.home"), ".civility", "record-chain.key").toString())));
        CountySize size = CountySize.of(scale);
        System.out.printf("Generating scale %s: %d centers, %d institutes, %d stations, %,d volunteers, %,d service"
                        + " records, %,d orders, %,d activities, %,d offers%n", scale, size.centers(), size.institutes(),
                size.stations(), size.volunteers(), size.records(), size.orders(), size.activities(), size.offers());
        Load load = generate(dataSource, size, Long.parseLong(options.getOrDefault("seed", "20260101")),
                Integer.parseInt(options.getOrDefault("year", "2025")), seal, options.containsKey("clean"));
        load.rows().forEach((table, rows) -> System.out.printf("  %-28s %,12d%n", table, rows));
        System.out.printf("Migrated in %.1f s; copied %,d rows in %.1f s (%.1f s of it in COPY and commits), built"
                        + " the indexes in %.1f s: %,.0f rows/s; analyzed in %.1f s%n", load.migration().toMillis() / 1000.0,
                load.totalRows(), load.copy().toMillis() / 1000.0, load.inCopies().toMillis() / 1000.0,
                load.indexes().toMillis() / 1000.0, load.rowsPerSecond(), load.analyze().toMillis() / 1000.0);
    }

    /**
     * Migrates {@code dataSource}'s schema (dropping everything first when {@code clean}) and fills it.
     *
     * @throws IllegalStateException when the schema already holds units and {@code clean} is not set
     */
    public static Load generate(DataSource dataSource, CountySize size, long seed, int year, ChainSeal seal,
                                boolean clean) throws SQLException, IOException, InterruptedException {
        long started = System.nanoTime();
        if (clean) {
            Migrations.recreate(dataSource);
        } else {
            Migrations.migrate(dataSource);
        }
        Duration migration = Duration.ofNanos(System.nanoTime() - started);
        CountyMap map = CountyMap.of(size, seed);
        Map<String, Long> rows = new LinkedHashMap<>();
        ExecutorService generator = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "county-generator");
            t.setDaemon(true);
            return t;
        });
        long copyStarted = System.nanoTime();
        long inCopies = 0;
        List<String> indexes;
        try (Connection c = dataSource.getConnection()) {
            refuseFilled(c);
            c.setAutoCommit(false);
            indexes = dropSecondaryIndexes(c);
            c.commit();
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            rows.put("civ_unit", units(map, copy));
            c.commit();
            Future<CountyTables> next = generator.submit(() -> fill(size, map.institutes().getFirst(), year, seed, seal));
            for (int i = 0; i < map.institutes().size(); i++) {
                CountyTables tables = next.get();
                if (i + 1 < map.institutes().size()) {
                    CountyMap.Institute following = map.institutes().get(i + 1);
                    next = generator.submit(() -> fill(size, following, year, seed, seal));
                }
                long copying = System.nanoTime();
                tables.copy(copy, rows);
                c.commit();
                inCopies += System.nanoTime() - copying;
            }
            // The offers came by COPY, past the repository: a running portal's index of them must see a change.
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE civ_offer_revision SET revision = revision + 1 WHERE id = 1");
            }
            c.commit();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Generating the county failed: " + e.getCause(), e.getCause());
        } finally {
            generator.shutdownNow();
        }
        Duration copied = Duration.ofNanos(System.nanoTime() - copyStarted);
        long indexesStarted = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String definition : indexes) {
                s.execute(definition);
            }
        }
        Duration indexed = Duration.ofNanos(System.nanoTime() - indexesStarted);
        long analyzeStarted = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
        return new Load(size, rows, migration, copied, Duration.ofNanos(inCopies), indexed,
                Duration.ofNanos(System.nanoTime() - analyzeStarted));
    }

    /**
     * Drops the filled tables' indexes that back no constraint (primary keys and unique constraints stay) and returns
     * their definitions, to build them again after the load.
     */
    private static List<String> dropSecondaryIndexes(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>(new CountyTables().names());
        tables.add("civ_unit");
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT i.indexname, i.indexdef FROM pg_indexes i"
                + " WHERE i.schemaname = current_schema() AND i.tablename = ANY (?) AND NOT EXISTS"
                + " (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname) ORDER BY i.indexname")) {
            p.setArray(1, c.createArrayOf("varchar", tables.toArray()));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                    definitions.add(r.getString(2));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute("DROP INDEX \"" + name + "\"");
            }
        }
        return definitions;
    }

    private static CountyTables fill(CountySize size, CountyMap.Institute institute, int year, long seed,
                                     ChainSeal seal) {
        CountyTables tables = new CountyTables();
        for (CountyMap.Station station : institute.stations()) {
            new StationFill(size, station, year, seed, seal, tables).fill();
        }
        return tables;
    }

    private static long units(CountyMap map, CopyManager copy) throws SQLException, IOException {
        CopyTable units = new CopyTable("civ_unit", "id, tier, name, parent_id, region_code, address, version, dissolved");
        map.centers().forEach(u -> unit(units, u));
        for (CountyMap.Institute institute : map.institutes()) {
            unit(units, institute.unit());
        }
        for (CountyMap.Institute institute : map.institutes()) {
            for (CountyMap.Station s : institute.stations()) {
                units.row(s.id(), "STATION", s.name(), s.institute(), s.regionCode(), s.shortName() + "村委会", 0, false);
            }
        }
        return units.copy(copy);
    }

    private static void unit(CopyTable units, CountyMap.Unit u) {
        units.row(u.id(), u.tier(), u.name(), u.parent(), u.regionCode(), u.address(), 0, false);
    }

    private static void refuseFilled(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM civ_unit")) {
            r.next();
            if (r.getLong(1) > 0) {
                throw new IllegalStateException("The database already holds " + r.getLong(1)
                        + " units: generate into an empty one, or pass --clean to drop everything in it first");
            }
        }
    }

    /** The seal under the Base64 key if given, else under the key file's (created with 32 random bytes if missing). */
    static ChainSeal seal(String base64Key, Path keyFile) {
        if (base64Key != null && !base64Key.isBlank()) {
            return ChainSeal.withKey(Base64.getDecoder().decode(base64Key.strip()));
        }
        try {
            if (!Files.exists(keyFile)) {
                Files.createDirectories(keyFile.toAbsolutePath().getParent());
                byte[] key = new byte[ChainSeal.MIN_KEY_BYTES];
                new SecureRandom().nextBytes(key);
                Files.write(Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------"))), key);
                System.out.println("Created a new chain key in " + keyFile
                        + ": a portal verifies these chains only with this key");
            }
            return ChainSeal.withKey(Files.readAllBytes(keyFile));
        } catch (IOException e) {
            throw new UncheckedIOException("The chain key file " + keyFile + " cannot be read or created", e);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + args[i]);
            }
            String name = args[i].substring(2);
            int eq = name.indexOf('=');
            if (eq > 0) {
                options.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (name.equals("clean")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return options;
    }
}
