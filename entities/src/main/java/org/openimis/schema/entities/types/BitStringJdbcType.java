package org.openimis.schema.entities.types;

import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BooleanJdbcType;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * A Boolean stored in a PostgreSQL {@code bit(1)} column (DDL type {@code bit}): bound as the untyped literal '1' or
 * '0', since PostgreSQL has no cast from boolean to bit; read back with getBoolean, which the driver maps from '1'/'0'.
 */
public class BitStringJdbcType extends BooleanJdbcType {

    @Override
    public int getJdbcTypeCode() {
        return Types.BIT;
    }

    @Override
    public String getFriendlyName() {
        return "BIT";
    }

    @Override
    public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
        return new BasicBinder<>(javaType, this) {
            @Override
            protected void doBindNull(PreparedStatement st, int index, WrapperOptions options) throws SQLException {
                st.setNull(index, Types.OTHER);
            }

            @Override
            protected void doBindNull(CallableStatement st, String name, WrapperOptions options) throws SQLException {
                st.setNull(name, Types.OTHER);
            }

            @Override
            protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options) throws SQLException {
                st.setObject(index, bitString(javaType.unwrap(value, Boolean.class, options)), Types.OTHER);
            }

            @Override
            protected void doBind(CallableStatement st, X value, String name, WrapperOptions options) throws SQLException {
                st.setObject(name, bitString(javaType.unwrap(value, Boolean.class, options)), Types.OTHER);
            }
        };
    }

    private static String bitString(Boolean value) {
        return value ? "1" : "0";
    }
}
