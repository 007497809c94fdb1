package org.openimis.schema.project;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;
import org.openimis.schema.ddl.DdlTarget;
import org.openimis.schema.entities.OpenImisEntities;
import org.openimis.schema.entities.insuree.Insuree;
import org.openimis.schema.project.referral.Referral;
import org.openimis.schema.project.referral.ReferralEntities;
import org.openimis.schema.script.SchemaScript;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntitySelectionTest {

    private static final List<Class<?>> OPENIMIS = OpenImisEntities.all();
    private static final ClassLoader LOADER = EntitySelectionTest.class.getClassLoader();

    @Test
    void withoutProjectEntitiesNothingIsNamed() {
        assertTrue(!EntitySelection.namesProjectEntities(null, null));
        assertTrue(!EntitySelection.namesProjectEntities(" ", List.of()));
        assertTrue(EntitySelection.namesProjectEntities(ReferralEntities.class.getName(), null));
    }

    @Test
    void aRegistrysEntitiesAreAddedAfterTheOpenImisOnes() {
        List<Class<?>> selected = EntitySelection.select(OPENIMIS, ReferralEntities.class.getName(), null, false, LOADER);

        List<Class<?>> expected = new ArrayList<>(OPENIMIS);
        expected.add(Referral.class);
        assertEquals(expected, selected);
    }

    @Test
    void listedClassesAreAddedAndEachClassCountsOnce() {
        List<Class<?>> selected = EntitySelection.select(OPENIMIS, ReferralEntities.class.getName(),
                List.of(Referral.class.getName(), Insuree.class.getName()), false, LOADER);

        assertEquals(OPENIMIS.size() + 1, selected.size());
    }

    @Test
    void replacingLeavesTheOpenImisEntitiesOutAndNeedsProjectEntities() {
        assertEquals(List.of(Referral.class), EntitySelection.select(OPENIMIS, ReferralEntities.class.getName(), null, true, LOADER));

        EntitySelectionException error = assertThrows(EntitySelectionException.class,
                () -> EntitySelection.select(OPENIMIS, null, List.of(), true, LOADER));
        assertEquals("openimis.entities.replace=true leaves the openIMIS entities out, but neither "
                + "openimis.entityRegistry nor openimis.entityClasses names entities to use instead.", error.getMessage());
    }

    @Test
    void theCombinedScriptHasTheProjectTableAndItsNamedDeferrableForeignKeyToAnOpenImisTable() {
        List<Class<?>> selected = EntitySelection.select(OPENIMIS, ReferralEntities.class.getName(), null, false, LOADER);

        String script = SchemaScript.of(selected, List.of(), DdlTarget.POSTGRESQL).render();

        assertTrue(script.contains("create table \"referral_Referral\" ("), script);
        assertTrue(script.contains("create table \"tblInsuree\" ("));
        assertTrue(script.contains("alter table \"referral_Referral\"\n"
                + "    add constraint \"referral_Referral_InsureeID_fk_tblInsuree_InsureeID\"\n"
                + "    foreign key (\"InsureeID\")\n"
                + "    references \"tblInsuree\" (\"InsureeID\") deferrable initially deferred;"), script);
    }

    @Test
    void aMissingRegistryIsNamedWithItsSetting() {
        EntitySelectionException error = assertThrows(EntitySelectionException.class,
                () -> EntitySelection.select(OPENIMIS, "com.example.NoSuchEntities", null, false, LOADER));
        assertTrue(error.getMessage().startsWith("Class com.example.NoSuchEntities (openimis.entityRegistry) is not among "
                + "the project's compiled classes and dependencies"), error.getMessage());
    }

    @Test
    void aRegistryWithoutAStaticAllIsRefused() {
        EntitySelectionException error = assertThrows(EntitySelectionException.class,
                () -> EntitySelection.select(OPENIMIS, InstanceAll.class.getName(), null, false, LOADER));
        assertEquals(InstanceAll.class.getName() + " (openimis.entityRegistry) has no public static all() returning "
                + "List<Class<?>> of your entity classes, as OpenImisEntities.all() does.", error.getMessage());
    }

    @Test
    void aRegistryListingANonEntityIsRefused() {
        EntitySelectionException error = assertThrows(EntitySelectionException.class,
                () -> EntitySelection.select(OPENIMIS, NotEntities.class.getName(), null, false, LOADER));
        assertEquals("java.lang.String (openimis.entityRegistry " + NotEntities.class.getName() + ") is not an @Entity.",
                error.getMessage());
    }

    @Test
    void aProjectEntityOnAnOpenImisTableIsRefusedNamingBoth() {
        EntitySelectionException error = assertThrows(EntitySelectionException.class,
                () -> EntitySelection.select(OPENIMIS, null, List.of(OwnInsuree.class.getName()), false, LOADER));
        assertEquals("Your entity " + OwnInsuree.class.getName() + " maps the table \"tblinsuree\", which the openIMIS "
                + "entity " + Insuree.class.getName() + " maps: give yours a table name of its own.", error.getMessage());
    }

    public static final class InstanceAll {
        public List<Class<?>> all() {
            return List.of(Referral.class);
        }
    }

    public static final class NotEntities {
        public static List<Class<?>> all() {
            return List.of(String.class);
        }
    }

    @Entity
    @Table(name = "tblinsuree")
    public static class OwnInsuree {
        @Id
        private Integer id;
    }
}
