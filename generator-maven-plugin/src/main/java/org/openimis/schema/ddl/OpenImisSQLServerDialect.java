package org.openimis.schema.ddl;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.SQLServerDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.mapping.Table;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.tool.schema.spi.Exporter;
import org.hibernate.type.descriptor.sql.internal.DdlTypeImpl;

import static org.hibernate.type.SqlTypes.BIT;
import static org.hibernate.type.SqlTypes.CLOB;
import static org.hibernate.type.SqlTypes.TIMESTAMP_UTC;
import static org.hibernate.type.SqlTypes.TIMESTAMP_WITH_TIMEZONE;

/**
 * SQL Server as the legacy openIMIS database has it, for comparison: date-times as {@code datetime}, long text as
 * {@code nvarchar(max)}, primary keys and indexes named, referenced columns written out; strings are nvarchar
 * through {@code hibernate.use_nationalized_character_data}.
 */
public class OpenImisSQLServerDialect extends SQLServerDialect {

    private final Exporter<Table> tableExporter = new NamedPrimaryKeyTableExporter(this);

    public OpenImisSQLServerDialect() {
    }

    /** Used by Hibernate at run time, so that the dialect knows the server's version. */
    public OpenImisSQLServerDialect(DialectResolutionInfo info) {
        super(info);
    }

    @Override
    protected void registerColumnTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.registerColumnTypes(typeContributions, serviceRegistry);
        typeContributions.getTypeConfiguration().getDdlTypeRegistry().addDescriptor(new DdlTypeImpl(BIT, "bit", this));
    }

    @Override
    protected String columnType(int sqlTypeCode) {
        return switch (sqlTypeCode) {
            case TIMESTAMP_WITH_TIMEZONE, TIMESTAMP_UTC -> "datetime";
            case CLOB -> "nvarchar(max)"; // Hibernate types long text (LONG32VARCHAR) as CLOB on SQL Server
            default -> super.columnType(sqlTypeCode);
        };
    }

    @Override
    public String getAddForeignKeyConstraintString(String constraintName, String[] foreignKey, String referencedTable,
                                                   String[] primaryKey, boolean referencesPrimaryKey) {
        return super.getAddForeignKeyConstraintString(constraintName, foreignKey, referencedTable, primaryKey, false);
    }

    /** Index names go through identifier rendering, which quotes them, instead of being written raw. */
    @Override
    public boolean qualifyIndexName() {
        return true;
    }

    @Override
    public Exporter<Table> getTableExporter() {
        return tableExporter;
    }
}
