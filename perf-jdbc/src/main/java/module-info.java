/**
 * SQL statements per operation: a counting {@link javax.sql.DataSource}, counts grouped by normalized statement, and
 * the N+1 finding. The JDBC proxy (datasource-proxy) stays inside {@code dev.perfkit.jdbc.internal}; no type of it
 * appears in the exported package.
 */
@SuppressWarnings("requires-automatic")
module dev.perfkit.jdbc {
    requires transitive java.sql;
    requires transitive dev.perfkit.api;
    requires net.ttddyy.dsproxy; // an automatic module (Automatic-Module-Name in datasource-proxy 1.10.1)

    exports dev.perfkit.jdbc;

    provides dev.perfkit.spi.EventExplainer with
            dev.perfkit.jdbc.SqlEventExplainer;
}
