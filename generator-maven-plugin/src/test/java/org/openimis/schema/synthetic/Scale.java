package org.openimis.schema.synthetic;

import java.util.Map;
import java.util.function.ToLongFunction;

import static java.util.Map.entry;

/**
 * How many rows each table gets: an openIMIS-shaped database driven by its number of insurees (a family has four
 * members, claims are half as many as insurees and each has about two items and two services, and so on); the
 * tables that do not grow with it (locations, health facilities, medical lists, users, Django tables) have fixed
 * sizes, and every other table {@value #DEFAULT_ROWS} rows.
 */
public record Scale(long insurees) {

    /** Rows of a table the scale does not name. */
    public static final int DEFAULT_ROWS = 3;

    /** The location tree: regions, districts per region, wards per district, villages per ward. */
    static final int REGIONS = 4;
    static final int DISTRICTS_PER_REGION = 4;
    static final int WARDS_PER_DISTRICT = 5;
    static final int VILLAGES_PER_WARD = 4;

    private static final Map<String, ToLongFunction<Scale>> ROWS = Map.ofEntries(
            // families and their insurance
            entry("tblInsuree", s -> s.insurees),
            entry("tblFamilies", s -> s.insurees / 4),
            entry("tblPolicy", s -> s.rows("tblFamilies") * 6 / 5),
            entry("tblInsureePolicy", s -> s.insurees),
            entry("tblPremium", s -> s.rows("tblPolicy")),
            entry("tblPhotos", s -> s.insurees / 10),
            entry("tblHealthStatus", s -> s.insurees / 50),
            entry("tblPolicyRenewals", s -> s.rows("tblPolicy") / 10),
            entry("tblPolicyRenewalDetails", s -> s.rows("tblPolicyRenewals") * 2),
            entry("tblFamilySMS", s -> s.rows("tblFamilies") / 10),
            entry("tblPayment", s -> s.insurees / 50),
            entry("tblPaymentDetails", s -> s.rows("tblPayment")),
            entry("tblControlNumber", s -> s.rows("tblPayment")),
            // claims
            entry("tblClaim", s -> s.insurees / 2),
            entry("tblClaimItems", s -> s.insurees),
            entry("tblClaimServices", s -> s.insurees),
            entry("tblClaimDedRem", s -> s.insurees / 8),
            entry("tblFeedback", s -> s.insurees / 20),
            entry("tblFeedbackPrompt", s -> s.insurees / 20),
            entry("claim_ClaimAttachment", s -> s.insurees / 40),
            entry("claim_ClaimMutation", s -> s.insurees / 40),
            entry("core_Mutation_Log", s -> s.insurees / 20),
            entry("tblLogins", s -> s.insurees / 20),
            entry("tblFromPhone", s -> s.insurees / 100),
            entry("tblSubmittedPhotos", s -> s.insurees / 100),
            // fixed sizes
            entry("tblLocations", s -> locations()),
            entry("tblHF", s -> 60),
            entry("tblHFCatchment", s -> 120),
            entry("tblClaimAdmin", s -> 120),
            entry("tblOfficer", s -> 100),
            entry("tblOfficerVillages", s -> 320),
            entry("tblItems", s -> 300),
            entry("tblServices", s -> 300),
            entry("tblICDCodes", s -> 2000),
            entry("tblProduct", s -> 10),
            entry("tblProductItems", s -> 600),
            entry("tblProductServices", s -> 600),
            entry("tblPLItems", s -> 20),
            entry("tblPLItemsDetail", s -> 1000),
            entry("tblPLServices", s -> 20),
            entry("tblPLServicesDetail", s -> 1000),
            entry("tblPayer", s -> 50),
            entry("tblUsers", s -> 200),
            entry("tblUserRole", s -> 300),
            entry("tblUsersDistricts", s -> 200),
            entry("tblRole", s -> 12),
            entry("tblRoleRight", s -> 240),
            entry("tblBatchRun", s -> 24),
            entry("tblRelDistr", s -> 36),
            entry("tblRelIndex", s -> 72),
            entry("tblReporting", s -> 20),
            entry("tblExtracts", s -> 20),
            entry("tblEducations", s -> 7),
            entry("tblProfessions", s -> 6),
            entry("tblRelations", s -> 8),
            entry("core_User", s -> 250),
            entry("core_User_user_permissions", s -> 100),
            entry("core_ModuleConfiguration", s -> 10),
            entry("core_FieldControl", s -> 20),
            entry("auth_group", s -> 5),
            entry("auth_permission", s -> 120),
            entry("auth_group_permissions", s -> 60),
            entry("django_content_type", s -> 30),
            entry("django_admin_log", s -> 50),
            entry("django_migrations", s -> 40),
            entry("django_session", s -> 10),
            entry("location_HealthFacilityMutation", s -> 30),
            entry("location_LocationMutation", s -> 30));

    public Scale {
        if (insurees < 20) {
            throw new IllegalArgumentException("A scale needs at least 20 insurees, not " + insurees);
        }
    }

    /** The number of rows of a table, at least {@value #DEFAULT_ROWS}. */
    public long rows(String table) {
        ToLongFunction<Scale> rows = ROWS.get(table);
        return rows == null ? DEFAULT_ROWS : Math.max(DEFAULT_ROWS, rows.applyAsLong(this));
    }

    static int districts() {
        return REGIONS * DISTRICTS_PER_REGION;
    }

    static int wards() {
        return districts() * WARDS_PER_DISTRICT;
    }

    static int villages() {
        return wards() * VILLAGES_PER_WARD;
    }

    static int locations() {
        return REGIONS + districts() + wards() + villages();
    }
}
