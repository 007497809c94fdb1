-- uvwReferralsByDistrict: referrals per district of the referring health facility and month, with the
-- number of insurees referred. The districts come from the bundled view tblDistricts.
-- requires: tblDistricts
CREATE VIEW "uvwReferralsByDistrict" AS
SELECT
    d."DistrictId",
    d."DistrictName",
    date_trunc('month', r."ReferralDate")::date AS "ReferralMonth",
    count(*)                                     AS "Referrals",
    count(DISTINCT i."InsureeID")                AS "Insurees",
    count(DISTINCT r."ToHfID")                   AS "ReceivingFacilities"
FROM "referral_Referral" r
JOIN "tblInsuree" i ON i."InsureeID" = r."InsureeID"
JOIN "tblHF" hf ON hf."HfID" = r."FromHfID"
JOIN "tblDistricts" d ON d."DistrictId" = hf."LocationId"
GROUP BY d."DistrictId", d."DistrictName", date_trunc('month', r."ReferralDate")::date;
