package org.openimis.schema.extras;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlExtrasSelectionTest {

    private static final List<SqlObject> BUNDLED = SqlExtras.fromClasspath(SqlExtrasSelectionTest.class.getClassLoader());

    @TempDir
    Path folder;

    @Test
    void withoutAFolderTheBundledObjectsAreUsed() {
        assertEquals(BUNDLED, SqlExtrasSelection.select(() -> BUNDLED, null, false));
    }

    @Test
    void aProjectFolderIsAddedAndItsObjectsComeAfterTheBundledOnesTheyRequire() throws IOException {
        write("views/uvwReferralsByDistrict.sql", "-- requires: tblDistricts\ncreate view \"uvwReferralsByDistrict\" as select 1;");
        write("functions/udfReferrals.sql", "-- requires: uvwReferralsByDistrict, year\ncreate function \"udfReferrals\"() returns int as 'select 1' language sql;");

        List<SqlObject> selected = SqlExtrasSelection.select(() -> BUNDLED, folder, false);
        List<String> ordered = DependencyOrder.sort(selected).stream().map(SqlObject::name).toList();

        assertEquals(BUNDLED.size() + 2, selected.size());
        assertTrue(ordered.indexOf("tblDistricts") < ordered.indexOf("uvwReferralsByDistrict"), ordered::toString);
        assertTrue(ordered.indexOf("uvwReferralsByDistrict") < ordered.indexOf("udfReferrals"), ordered::toString);
        assertEquals(folder.toString(), selected.get(selected.size() - 1).origin());
        assertEquals(SqlExtras.BUNDLED, selected.get(0).origin());
    }

    @Test
    void aNameTheBundledObjectsUseIsRefusedNamingBothFilesAndTheirSets() throws IOException {
        write("functions/tblDistricts.sql", "select 1;");

        SqlExtrasException error = assertThrows(SqlExtrasException.class,
                () -> SqlExtrasSelection.select(() -> BUNDLED, folder, false));

        assertEquals("Your sql-extras define objects the bundled openIMIS sql-extras already define: 'tblDistricts': "
                + "functions/tblDistricts.sql (" + folder + ") and views/tblDistricts.sql (bundled openimis-sql-extras). "
                + "Rename yours (names are unique across both sets), or set openimis.sqlExtras.replace=true to build "
                + "from your folder alone, without the bundled objects.", error.getMessage());
    }

    @Test
    void aCycleThroughBothSetsNamesTheFilesOfEach() {
        List<SqlObject> bundled = List.of(new SqlObject("a", SqlKind.VIEWS, "select 1;", List.of("b"), SqlExtras.BUNDLED));
        List<SqlObject> project = List.of(new SqlObject("b", SqlKind.VIEWS, "select 1;", List.of("a"), "src/sql-extras"));

        SqlExtrasException error = assertThrows(SqlExtrasException.class,
                () -> DependencyOrder.sort(SqlExtrasSelection.combine(bundled, project)));

        assertEquals("Dependency cycle among sql-extras objects (each requires the next): "
                + "views/a.sql (bundled openimis-sql-extras) -> views/b.sql (src/sql-extras) "
                + "-> views/a.sql (bundled openimis-sql-extras)", error.getMessage());
    }

    @Test
    void replacingUsesTheFolderAloneAndNeedsOne() throws IOException {
        write("tables/core_User_groups.sql", "create table \"core_User_groups\" (id int);");

        List<SqlObject> alone = SqlExtrasSelection.select(() -> { throw new AssertionError("bundled read"); }, folder, true);
        assertEquals(List.of("core_User_groups"), alone.stream().map(SqlObject::name).toList());

        SqlExtrasException error = assertThrows(SqlExtrasException.class,
                () -> SqlExtrasSelection.select(() -> BUNDLED, null, true));
        assertEquals("openimis.sqlExtras.replace=true leaves the bundled sql-extras out, but "
                + "openimis.sqlExtrasDirectory names no folder to use instead.", error.getMessage());
    }

    @Test
    void aFolderThatIsNotThereIsNamed() {
        Path missing = folder.resolve("no-such-folder");
        SqlExtrasException error = assertThrows(SqlExtrasException.class,
                () -> SqlExtrasSelection.select(() -> BUNDLED, missing, false));
        assertEquals("openimis.sqlExtrasDirectory is " + missing + ", which is not a folder.", error.getMessage());
    }

    private void write(String relative, String sql) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, sql);
    }
}
