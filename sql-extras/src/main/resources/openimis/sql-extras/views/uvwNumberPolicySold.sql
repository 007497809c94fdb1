-- requires: tblRegions, tblDistricts, tblWards, tblVillages, month, datename_q, year, datediff_year
-- Report view uvwNumberPolicySold: the number of new policies (PolicyStage 'N'), per month,
-- quarter (as text, DATENAME) and year of the enrolment date, age and gender of the family head
-- (age = DATEDIFF(YEAR, DOB, EnrollDate): difference of calendar years), the family's village,
-- ward, district and region, product, and enrolment officer (with the officer's district).
-- ProdDistrict and ProdRegion are, as in the original, the family's district and region.
-- Policies, families, heads, products and officers must be current.
CREATE VIEW "uvwNumberPolicySold" AS
SELECT count(pl."FamilyID")                        AS "soldpolicy",
       month(pl."EnrollDate")                      AS "monthtime",
       datename_q(pl."EnrollDate")                 AS "quartertime",
       year(pl."EnrollDate")                       AS "yeartime",
       datediff_year(i."DOB", pl."EnrollDate")     AS "Age",
       i."Gender",
       r."RegionName"                              AS "Region",
       fd."DistrictName"                           AS "InsDistrict",
       fv."VillageName"                            AS "InsVillage",
       fw."WardName"                               AS "InsWard",
       fd."DistrictName"                           AS "ProdDistrict",
       prod."ProductCode",
       prod."ProductName",
       od."DistrictName"                           AS "OfficerDistrict",
       o."Code",
       o."LastName",
       o."OtherNames",
       r."RegionName"                              AS "ProdRegion"
FROM "tblPolicy" pl
JOIN "tblFamilies" f         ON f."FamilyID" = pl."FamilyID"
JOIN "tblInsuree" i          ON i."InsureeID" = f."InsureeID"
JOIN "tblVillages" fv        ON fv."VillageId" = f."LocationId"
JOIN "tblWards" fw           ON fw."WardId" = fv."WardId"
JOIN "tblDistricts" fd       ON fd."DistrictId" = fw."DistrictId"
JOIN "tblProduct" prod       ON prod."ProdID" = pl."ProdID"
JOIN "tblOfficer" o          ON o."OfficerID" = pl."OfficerID"
JOIN "tblDistricts" od       ON od."DistrictId" = o."LocationId"
JOIN "tblRegions" r          ON r."RegionId" = fd."Region"
WHERE pl."ValidityTo" IS NULL
  AND f."ValidityTo" IS NULL
  AND i."ValidityTo" IS NULL
  AND prod."ValidityTo" IS NULL
  AND o."ValidityTo" IS NULL
  AND upper(pl."PolicyStage") = 'N'
GROUP BY month(pl."EnrollDate"), datename_q(pl."EnrollDate"), year(pl."EnrollDate"),
         datediff_year(i."DOB", pl."EnrollDate"), i."Gender",
         r."RegionName", fd."DistrictName", fv."VillageName", fw."WardName",
         prod."ProductCode", prod."ProductName",
         od."DistrictName", o."Code", o."LastName", o."OtherNames";
