package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.common.DataStamp;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stamp screens compare to skip redrawing unchanged data: it must change on every write, from anywhere. */
class DataStampTest {

    @TempDir
    Path dir;

    @Test
    void readsLeaveItAndEveryWriteChangesIt() {
        final Database db = Database.open(new DataFolder(dir));
        final DataStamp start = db.stamp();
        db.read(c -> {
            try (Statement st = c.createStatement()) {
                st.executeQuery("SELECT count(*) FROM setting").close();
            }
            return null;
        });
        assertThat(db.stamp()).as("a read changes nothing").isEqualTo(start);

        db.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO setting(key, value) VALUES ('a', '1')");
            }
            return null;
        });
        final DataStamp afterTransaction = db.stamp();
        assertThat(afterTransaction).isNotEqualTo(start);

        db.read(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE setting SET value = '2' WHERE key = 'a'"); // autocommit, outside a transaction
            }
            return null;
        });
        assertThat(db.stamp()).as("a write in autocommit").isNotEqualTo(afterTransaction);
    }

    @Test
    void aWriteByAnotherProcessChangesIt() throws Exception {
        final Database db = Database.open(new DataFolder(dir));
        final DataStamp before = db.stamp();
        // Another connection this Database does not know of, as the CLI's while the app is open.
        try (Connection other = DriverManager.getConnection(Database.urlOf(db.file()));
             Statement st = other.createStatement()) {
            st.executeUpdate("INSERT INTO setting(key, value) VALUES ('b', '1')");
        }
        assertThat(db.stamp()).isNotEqualTo(before);
    }
}
