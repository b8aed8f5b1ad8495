package app.stride.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Runs {@link CrashChild} processes and kills them with SIGKILL at random moments; shared by the test and the benchmark. */
final class CrashHarness {

    /** What survived the rounds. */
    record Outcome(int rounds, int acknowledged, List<Long> lost, List<String> integrity) {
    }

    private final Path folder;
    private final Random random;
    private final int sessions;

    CrashHarness(final Path folder, final long seed, final int sessions) {
        this.folder = folder;
        this.random = new Random(seed);
        this.sessions = sessions;
    }

    /** A Stride database with one current plan of {@code sessions} planned sessions, none done. */
    void prepare() {
        final Database db = Database.open(new DataFolder(folder));
        db.inTransaction(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("INSERT INTO plan (id, status, goal, start_date, weeks, created_at) "
                        + "VALUES (1, 'current', 'consistency', '2020-01-01', 52, '2020-01-01T00:00:00Z');"
                        + "INSERT INTO plan_week (id, plan_id, number, phase, planned_m) VALUES (1, 1, 1, 'base', 0);");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO planned_session (id, week_id, date, original_date, type) "
                    + "VALUES (?, 1, ?, ?, 'easy')")) {
                for (int i = 1; i <= sessions; i++) {
                    final String date = java.time.LocalDate.of(2020, 1, 1).plusDays(i).toString();
                    ps.setLong(1, i);
                    ps.setString(2, date);
                    ps.setString(3, date);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            StoredPlanRows.complete(c, 1);
            return null;
        });
    }

    /** Runs {@code rounds} child processes, each killed after a random 0–{@code maxLifeMs} ms of writing. */
    Outcome run(final int rounds, final int maxLifeMs) throws Exception {
        final Set<Long> acked = new HashSet<>();
        long next = 1;
        for (int round = 0; round < rounds && next <= sessions; round++) {
            final Process p = start("log", folder.toString(), Long.toString(next), Long.toString(sessions));
            final List<Long> ackedNow = new CopyOnWriteArrayList<>();
            final CountDownLatch ready = new CountDownLatch(1);
            final Thread reader = new Thread(() -> read(p, ackedNow, ready), "crash-child-reader");
            reader.start();
            if (!ready.await(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("child did not start");
            }
            Thread.sleep(random.nextInt(maxLifeMs + 1));
            p.destroyForcibly(); // SIGKILL on POSIX: no shutdown hooks, no close
            p.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            acked.addAll(ackedNow);
            next = acked.stream().mapToLong(Long::longValue).max().orElse(next - 1) + 1;
        }
        final Database db = Database.open(new DataFolder(folder)); // quick_check on open: throws if damaged
        final List<String> integrity = db.check().problems();
        final Set<Long> present = db.read(c -> {
            final Set<Long> ids = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.id FROM planned_session p "
                    + "JOIN logged_session l ON l.planned_session_id = p.id WHERE p.status = 'done'"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
        final List<Long> lost = new ArrayList<>(acked);
        lost.removeAll(present);
        return new Outcome(rounds, acked.size(), lost, integrity);
    }

    private static void read(final Process p, final List<Long> acked, final CountDownLatch ready) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.equals("ready") || line.equals("locked")) {
                    ready.countDown();
                } else if (line.startsWith("ack ")) {
                    acked.add(Long.parseLong(line.substring(4)));
                }
            }
        } catch (IOException e) {
            // the child was killed mid-line: what was read is what was acknowledged
        } finally {
            ready.countDown();
        }
    }

    /** Starts {@link CrashChild} with this JVM's class path; stderr goes to the parent's. */
    static Process start(final String... args) throws IOException {
        final List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), CrashChild.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
