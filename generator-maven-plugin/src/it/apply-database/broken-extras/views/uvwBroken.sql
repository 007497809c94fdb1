-- requires: month
create view "uvwBroken" as select month("DOB") as "Month", "NoSuchColumn" from "tblInsuree";
