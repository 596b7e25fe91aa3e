package dev.perfkit.jdbc.internal;

import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.StatementType;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * The only class that sees datasource-proxy: it wraps a {@link DataSource} so that every statement execution, after
 * it ran (successfully or not), is handed to a {@link StatementRecorder}. Anything the recording throws is swallowed
 * and counted, so the application's JDBC calls behave exactly as without the proxy. Thread-safe.
 */
public final class CountingListener implements QueryExecutionListener {

    private final StatementRecorder recorder;

    private CountingListener(StatementRecorder recorder) {
        this.recorder = recorder;
    }

    /** Wraps {@code target}: connections, statements and result sets of the returned data source are proxies. */
    public static DataSource wrap(DataSource target, StatementRecorder recorder) {
        return ProxyDataSourceBuilder.create(target)
                .listener(new CountingListener(recorder))
                .build();
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        try {
            if (execInfo.isBatch()) {
                boolean prepared = execInfo.getStatementType() != StatementType.STATEMENT;
                recorder.batch(
                        queryInfoList.size(),
                        i -> queryInfoList.get(i).getQuery(),
                        i -> prepared ? queryInfoList.get(i).getParametersList().size() : 1);
            } else {
                recorder.execution(
                        queryInfoList.isEmpty() ? "" : queryInfoList.get(0).getQuery());
            }
        } catch (
                Throwable
                        t) { // a measurement never hurts its host: count the failure, let the statement's result stand
            recorder.recordingFailed();
        }
    }
}
