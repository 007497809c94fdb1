create view "uvwWidgetNames" as select "WidgetName" from "tblWidget";
