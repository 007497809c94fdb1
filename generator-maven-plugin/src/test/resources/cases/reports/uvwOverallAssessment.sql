-- One row per current feedback and product of its claim's current lines (no aggregation):
--   FB1 (C1, 2023-03, assessment 4) x {PA, PB}; FB4 (C2, 2023-03, 5) x {PA}; FB2 (C7, 2024-02, 2) x {PB}.
SELECT * FROM "uvwOverallAssessment" ORDER BY "yeartime", "monthtime", "ProductCode", "Asessment";
