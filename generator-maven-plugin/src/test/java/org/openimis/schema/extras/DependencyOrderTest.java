package org.openimis.schema.extras;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DependencyOrderTest {

    @TempDir
    Path folder;

    @Test
    void objectsComeAfterWhatTheyRequireAndTiesGoByName() throws IOException {
        write("views/uvwB.sql", "-- requires: tblRegions, month\ncreate view \"uvwB\" as select 1;");
        write("views/uvwA.sql", "-- requires: tblRegions\ncreate view \"uvwA\" as select 1;");
        write("views/tblRegions.sql", "create view \"tblRegions\" as select 1;");
        write("compat/month.sql", "create function month(date) returns integer as 'select 1' language sql;");
        write("functions/udfX.sql", "-- requires: uvwA,uvwB\ncreate function \"udfX\"() returns integer as 'select 1' language sql;");

        List<String> order = DependencyOrder.sort(SqlExtras.fromFolder(folder)).stream().map(SqlObject::name).toList();

        assertEquals(List.of("month", "tblRegions", "uvwA", "uvwB", "udfX"), order);
    }

    @Test
    void aCycleIsRejectedNamingItsFiles() throws IOException {
        write("views/a.sql", "-- requires: b\nselect 1;");
        write("views/b.sql", "-- requires: c\nselect 1;");
        write("functions/c.sql", "-- requires: a\nselect 1;");
        write("views/d.sql", "select 1;");

        SqlExtrasException error = assertThrows(SqlExtrasException.class,
                () -> DependencyOrder.sort(SqlExtras.fromFolder(folder)));

        String origin = " (" + folder + ")";
        assertEquals("Dependency cycle among sql-extras objects (each requires the next): views/a.sql" + origin
                + " -> views/b.sql" + origin + " -> functions/c.sql" + origin + " -> views/a.sql" + origin, error.getMessage());
    }

    @Test
    void anUnknownDependencyIsRejectedNamingTheFileAndTheName() throws IOException {
        write("views/a.sql", "-- requires: nosuchview\nselect 1;");

        SqlExtrasException error = assertThrows(SqlExtrasException.class,
                () -> DependencyOrder.sort(SqlExtras.fromFolder(folder)));

        assertTrue(error.getMessage().startsWith("views/a.sql (" + folder + ") requires 'nosuchview'"), error.getMessage());
    }

    @Test
    void twoFilesOfTheSameNameAreRejected() throws IOException {
        write("views/same.sql", "select 1;");
        write("functions/same.sql", "select 1;");

        SqlExtrasException error = assertThrows(SqlExtrasException.class,
                () -> DependencyOrder.sort(SqlExtras.fromFolder(folder)));

        assertTrue(error.getMessage().contains("functions/same.sql (" + folder + ") and views/same.sql (" + folder + ")"),
                error.getMessage());
    }

    @Test
    void theBundledObjectsAreOrderedDeterministically() {
        List<SqlObject> bundled = SqlExtras.fromClasspath(getClass().getClassLoader());
        List<SqlObject> first = DependencyOrder.sort(bundled);
        List<SqlObject> backwards = new ArrayList<>(bundled);
        Collections.reverse(backwards);
        List<SqlObject> reversed = DependencyOrder.sort(backwards);
        assertEquals(first, reversed);
        assertEquals(106, first.size(), "10 compat, 34 views, 23 udf, 3 usp, core_User_groups, 35 _like indexes");
    }

    private void write(String relative, String sql) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, sql);
    }
}
