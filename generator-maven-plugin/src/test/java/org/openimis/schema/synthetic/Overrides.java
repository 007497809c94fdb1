package org.openimis.schema.synthetic;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static java.util.Map.entry;

/**
 * The columns whose generic, type-driven values would break a check constraint or make no sense: the location
 * tree, families and their head insurees, policies of the insuree's family, ids that reference a table without a
 * foreign key, and the reference tables' own codes.
 */
final class Overrides {

    /** A value rule; an exact rule also decides where a nullable column is NULL, the others get the generic NULLs. */
    record Rule(Function<Row, String> value, boolean exact) {
    }

    /** Key values of reference tables, by row. */
    static final Map<String, List<String>> KEYS = Map.of(
            "tblGender", List.of("M", "F", "O"),
            "tblLanguages", List.of("en", "fr", "sw"));

    /** First row index of each location level (regions, districts, wards, villages), then the number of locations. */
    private static final int[] LEVEL_START = {0, Scale.REGIONS, Scale.REGIONS + Scale.districts(),
            Scale.REGIONS + Scale.districts() + Scale.wards(), Scale.locations()};
    private static final String LEVEL_TYPES = "RDWV";

    private static final Map<String, Rule> RULES = Map.ofEntries(
            // check constraints
            rule("tblFromPhone.DocType", r -> String.valueOf("CFRE".charAt((int) (r.index() % 4)))),
            rule("django_admin_log.action_flag", r -> r.pick("1", "2", "3")),
            // the location tree, and foreign keys to the level they mean
            exact("tblLocations.LocationType", r -> String.valueOf(LEVEL_TYPES.charAt(level(r.index())))),
            exact("tblLocations.ParentLocationId", r -> parentLocation(r)),
            rule("tblLocations.LocationCode", r -> LEVEL_TYPES.charAt(level(r.index())) + Long.toString(r.index() + 1)),
            rule("tblFamilies.LocationId", r -> location(r, 3)),
            rule("tblInsuree.CurrentVillage", r -> location(r, 3)),
            rule("tblOfficerVillages.LocationId", r -> location(r, 3)),
            rule("tblHFCatchment.LocationId", r -> location(r, 3)),
            rule("tblHF.LocationId", r -> location(r, 1)),
            rule("tblOfficer.LocationId", r -> location(r, 1)),
            rule("tblUsersDistricts.LocationId", r -> location(r, 1)),
            // family f has insurees f, f + F, f + 2F, ... (F families; current ones move from a history family to the
            // family before it) and insuree f is its head
            exact("tblFamilies.InsureeID", r -> id(r.index())),
            exact("tblInsuree.FamilyID", r -> id(familyOf(r, r.index()))),
            exact("tblInsuree.IsHead", r -> Values.bool(r.index() < r.rows("tblFamilies"))),
            rule("tblInsuree.CHFID", r -> Long.toString(100_000_000L + r.index())),
            // policy p covers family p mod F; each insuree is in the first policy of the family
            exact("tblPolicy.FamilyID", r -> id(familyOf(r, r.index()))),
            exact("tblInsureePolicy.InsureeID", r -> id(r.index() % r.rows("tblInsuree"))),
            exact("tblInsureePolicy.PolicyId", r -> id(familyOf(r, r.index() % r.rows("tblInsuree")))),
            exact("tblPremium.PolicyID", r -> id(r.parent(r.index() % r.rows("tblPolicy"), 0, r.rows("tblPolicy")))),
            // claim c and feedback c reference each other, except feedback 1 (index), which has no claim
            exact("tblFeedback.ClaimID", r -> r.index() == 1 ? null : id(r.index())),
            exact("tblClaim.FeedbackID", r -> r.index() != 1 && r.index() < r.rows("tblFeedback") ? id(r.index()) : null),
            // ids of rows that no foreign key declares
            reference("core_User.claim_admin_id", "tblClaimAdmin"),
            reference("core_User.officer_id", "tblOfficer"),
            reference("tblPaymentDetails.PaymentID", "tblPayment"),
            reference("tblPaymentDetails.PremiumID", "tblPremium"),
            reference("tblControlNumber.PaymentID", "tblPayment"),
            reference("tblFeedbackPrompt.ClaimID", "tblClaim"),
            reference("tblFeedbackPrompt.OfficerID", "tblOfficer"),
            reference("tblFromPhone.ClaimId", "tblClaim"),
            reference("tblPremium.ReportingId", "tblReporting"),
            reference("tblReporting.LocationId", "tblLocations"),
            reference("tblReporting.ProdId", "tblProduct"),
            reference("tblReporting.PayerId", "tblPayer"),
            reference("tblReporting.OfficerID", "tblOfficer"),
            reference("tblExtracts.LocationId", "tblLocations"),
            reference("tblExtracts.HFID", "tblHF"),
            reference("tblPhotos.InsureeID", "tblInsuree"),
            reference("tblPhotos.OfficerID", "tblOfficer"));

    /** Audit columns (AuditUserID, AuditCreateUser, AuditedUserID, ...) hold a user id. */
    private static final Rule AUDIT_USER = new Rule(r -> r.anyKey("tblUsers"), false);

    private Overrides() {
    }

    /** The rule of a column, or null where its type decides. */
    static Rule rule(String table, String column) {
        Rule rule = RULES.get(table + "." + column);
        return rule == null && column.toLowerCase().startsWith("audit") ? AUDIT_USER : rule;
    }

    private static Map.Entry<String, Rule> rule(String column, Function<Row, String> value) {
        return entry(column, new Rule(value, false));
    }

    private static Map.Entry<String, Rule> exact(String column, Function<Row, String> value) {
        return entry(column, new Rule(value, true));
    }

    private static Map.Entry<String, Rule> reference(String column, String table) {
        return rule(column, r -> r.anyKey(table));
    }

    /** The id of the row with the given index (integer keys are 1..n). */
    private static String id(long index) {
        return Long.toString(index + 1);
    }

    private static int level(long locationIndex) {
        int level = 0;
        while (locationIndex >= LEVEL_START[level + 1]) {
            level++;
        }
        return level;
    }

    /** A location of the level above, spreading each level evenly over its parents; regions have none. */
    private static String parentLocation(Row row) {
        int level = level(row.index());
        if (level == 0) {
            return null;
        }
        int from = LEVEL_START[level - 1];
        int to = LEVEL_START[level];
        return id(row.parent(from + (row.index() - to) % (to - from), from, to));
    }

    private static String location(Row row, int level) {
        return id(row.anyIndex(LEVEL_START[level], LEVEL_START[level + 1]));
    }

    /** The family of the insuree (or policy) with the given index: index mod F, a current one for a current row. */
    private static long familyOf(Row row, long index) {
        long families = row.rows("tblFamilies");
        return Row.isHistory(index) ? index % families : Row.current(index % families, 0, families);
    }
}
