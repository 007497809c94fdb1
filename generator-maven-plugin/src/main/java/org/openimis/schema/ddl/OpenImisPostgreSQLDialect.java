package org.openimis.schema.ddl;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.dialect.unique.AlterTableUniqueDelegate;
import org.hibernate.dialect.unique.UniqueDelegate;
import org.hibernate.mapping.Table;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.tool.schema.spi.Exporter;
import org.hibernate.type.descriptor.sql.internal.CapacityDependentDdlType;
import org.hibernate.type.descriptor.sql.internal.DdlTypeImpl;

import static org.hibernate.type.SqlTypes.BIT;
import static org.hibernate.type.SqlTypes.VARCHAR;

/**
 * PostgreSQL as openIMIS uses it: every foreign key {@code DEFERRABLE INITIALLY DEFERRED}, primary keys named,
 * referenced columns written out, {@code bit} for the two legacy bit(1) columns,
 * and a string column longer than PostgreSQL's varchar limit (e.g. {@code length = Length.LONG32}) typed as
 * {@code varchar} without length rather than {@code text}, which entities ask for with {@code LONG32VARCHAR}.
 */
public class OpenImisPostgreSQLDialect extends PostgreSQLDialect {

    private static final String DEFERRED = " deferrable initially deferred";

    private final Exporter<Table> tableExporter = new NamedPrimaryKeyTableExporter(this);
    private final UniqueDelegate uniqueDelegate = new AlterTableUniqueDelegate(this);

    public OpenImisPostgreSQLDialect() {
    }

    /** Used by Hibernate at run time, so that the dialect knows the server's version. */
    public OpenImisPostgreSQLDialect(DialectResolutionInfo info) {
        super(info);
    }

    @Override
    protected void registerColumnTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.registerColumnTypes(typeContributions, serviceRegistry);
        var ddlTypes = typeContributions.getTypeConfiguration().getDdlTypeRegistry();
        ddlTypes.addDescriptor(new DdlTypeImpl(BIT, "bit", this));
        ddlTypes.addDescriptor(
                CapacityDependentDdlType.builder(VARCHAR, "varchar", "varchar", this)
                        .withTypeCapacity(getMaxVarcharLength(), columnType(VARCHAR))
                        .build());
    }

    @Override
    public String getAddForeignKeyConstraintString(String constraintName, String[] foreignKey, String referencedTable,
                                                   String[] primaryKey, boolean referencesPrimaryKey) {
        return super.getAddForeignKeyConstraintString(constraintName, foreignKey, referencedTable, primaryKey, false)
                + DEFERRED;
    }

    @Override
    public String getAddForeignKeyConstraintString(String constraintName, String foreignKeyDefinition) {
        return super.getAddForeignKeyConstraintString(constraintName, foreignKeyDefinition) + DEFERRED;
    }

    /** Unique constraints as {@code alter table ... add constraint}, listed with the other constraints. */
    @Override
    public UniqueDelegate getUniqueDelegate() {
        return uniqueDelegate;
    }

    /** Index names go through identifier rendering, which quotes them, instead of being written raw. */
    @Override
    public boolean qualifyIndexName() {
        return true;
    }

    @Override
    public boolean supportsIfExistsAfterAlterTable() {
        return false;
    }

    @Override
    public Exporter<Table> getTableExporter() {
        return tableExporter;
    }
}
