package org.openimis.schema.entities;

import jakarta.persistence.PersistenceUnitUtil;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openimis.schema.entities.claim.Claim;
import org.openimis.schema.entities.claim.ClaimAttachmentCount;
import org.openimis.schema.entities.core.UserGroup;
import org.openimis.schema.entities.django.AuthGroup;
import org.openimis.schema.entities.payment.Payment;
import org.openimis.schema.entities.tools.EmailSettings;
import org.openimis.schema.testing.EntitySessions;
import org.openimis.schema.testing.SqlScripts;
import org.openimis.schema.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entities written through Hibernate to the committed PostgreSQL schema read back unchanged, in a new session. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityRoundTripTest {

    private TestDatabase database;
    private SessionFactory factory;
    private PersistenceUnitUtil util;

    @BeforeAll
    void createSchema() throws SQLException {
        database = TestDatabase.create("roundtrip");
        try (Connection connection = database.connect()) {
            SqlScripts.run(connection, SqlScripts.committed("openimis-postgresql.sql"));
        }
        factory = EntitySessions.open(database, Map.of());
        util = factory.getPersistenceUnitUtil();
    }

    @AfterAll
    void close() {
        if (factory != null) {
            factory.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EntityModule.class)
    void sampleOfModuleReadsBackAsWritten(EntityModule module) {
        Object written = factory.fromTransaction(session -> EntitySamples.persist(module, session));
        assertTrue(module.entityClasses().contains(written.getClass()), "the sample is an entity of " + module);
        Object id = util.getIdentifier(written);
        assertNotNull(id);

        Map<String, Object> expected = MappedValues.of(written, util);
        Map<String, Object> actual = factory.fromSession(session -> {
            Object read = session.find(written.getClass(), id);
            assertNotNull(read, written.getClass().getSimpleName() + " " + id + " not found");
            return MappedValues.of(read, util);
        });
        assertEquals(expected, actual);
    }

    /** The two bit(1) columns go through BitStringJdbcType: true, false and null as B'1', B'0' and NULL. */
    @Test
    void bitColumnsHoldOneZeroAndNull() throws SQLException {
        String email = factory.fromTransaction(s -> EntitySamples.emailSettings(s, false)).getEmailId();
        List<Long> payments = factory.fromTransaction(s -> List.of(
                EntitySamples.payment(s, true).getId(), EntitySamples.payment(s, false).getId(),
                EntitySamples.payment(s, null).getId()));

        assertEquals(false, factory.fromSession(s -> s.find(EmailSettings.class, email).getEnableSsl()));
        List<Boolean> read = factory.fromSession(s -> {
            List<Boolean> values = new ArrayList<>();
            payments.forEach(id -> values.add(s.find(Payment.class, id).getSmsRequired()));
            return values;
        });
        assertEquals(Arrays.asList(true, false, null), read);

        try (Connection connection = database.connect()) {
            assertEquals("0", text(connection,
                    "select \"EnableSSL\"::text from \"tblEmailSettings\" where \"EmailId\" = ?", email));
            assertEquals("1", text(connection,
                    "select \"SmsRequired\"::text from \"tblPayment\" where \"PaymentID\" = ?", payments.get(0)));
            assertEquals("0", text(connection,
                    "select \"SmsRequired\"::text from \"tblPayment\" where \"PaymentID\" = ?", payments.get(1)));
            assertNull(text(connection,
                    "select \"SmsRequired\"::text from \"tblPayment\" where \"PaymentID\" = ?", payments.get(2)));
        }
    }

    /** UserGroup reads the sql-extras table core_User_groups, which no entity writes. */
    @Test
    void userGroupSeesRowsOfCoreUserGroups() throws SQLException {
        UUID userId = UUID.randomUUID();
        int groupId;
        try (Connection connection = database.connect()) {
            update(connection, "insert into \"core_User\" (\"id\", \"username\") values (?, 'group-member')", userId);
            groupId = Integer.parseInt(text(connection,
                    "insert into \"auth_group\" (\"name\") values (?) returning \"id\"", "claim admins"));
            update(connection, "insert into \"core_User_groups\" (\"user_id\", \"group_id\") values (?, ?)", userId, groupId);
        }

        factory.inSession(session -> {
            List<UserGroup> memberships = session.createSelectionQuery(
                    "from UserGroup g where g.user.id = :user", UserGroup.class).setParameter("user", userId).getResultList();
            assertEquals(1, memberships.size());
            UserGroup membership = memberships.get(0);
            assertEquals(groupId, membership.getGroup().getId());
            assertEquals("claim admins", Hibernate.unproxy(membership.getGroup(),
                    AuthGroup.class).getName());
            assertEquals("group-member", membership.getUser().getUsername());
        });
    }

    /** ClaimAttachmentCount reads the view claim_ClaimAttachmentsCountView over attachment rows inserted in SQL. */
    @Test
    void claimAttachmentCountSeesTheView() throws SQLException {
        int withAttachments = factory.fromTransaction(EntitySamples::claim).getId();
        int without = factory.fromTransaction(EntitySamples::claim).getId();
        try (Connection connection = database.connect()) {
            for (String title : List.of("invoice", "prescription", "x-ray")) {
                update(connection, "insert into \"claim_ClaimAttachment\" (\"id\", \"ValidityFrom\", \"title\", \"claim_id\")"
                        + " values (gen_random_uuid(), now(), ?, ?)", title, withAttachments);
            }
        }

        factory.inSession(session -> {
            ClaimAttachmentCount count = session.find(ClaimAttachmentCount.class, withAttachments);
            assertNotNull(count);
            assertEquals(3L, count.getAttachmentsCount());
            assertNull(session.find(ClaimAttachmentCount.class, without), "a claim without attachments has no row");
            assertNotNull(session.find(Claim.class, without));
        });
    }

    private static String text(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
            assertTrue(rows.next(), "no row for " + sql);
            return rows.getString(1);
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            assertEquals(1, statement.executeUpdate());
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
