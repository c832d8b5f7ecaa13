package com.wedsync.usage.adapters.rest.billing;

import com.wedsync.usage.adapters.rest.auth.Caller;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import com.wedsync.usage.adapters.rest.query.QueryParameters;
import com.wedsync.usage.application.billing.DailyUsage;
import com.wedsync.usage.application.billing.DailyUsageExport;
import com.wedsync.usage.application.billing.ExportDailyUsageCommand;
import com.wedsync.usage.application.billing.ExportDailyUsageUseCase;
import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import io.helidon.common.uri.UriQuery;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /organizations/{id}/usage/export?from=2025-01-01&to=2025-01-31}: one CSV row per local day of the
 * organization from {@code from} to {@code to}, both included, for owners and admins. The columns are
 * {@link #HEADER}; every day of the period has a row, with zeros when nothing happened.
 */
public final class UsageExportHttpService implements HttpService {

    private static final QueryParameters PARAMETERS = QueryParameters.of("from", "to");
    static final List<String> HEADER = List.of("date", "calls", "client_errors", "server_errors", "request_bytes",
            "response_bytes", "admitted", "denied");
    private static final String PATH = "/organizations/{id}/usage/export";

    private final ExportDailyUsageUseCase export;

    public UsageExportHttpService(ExportDailyUsageUseCase export) {
        this.export = export;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(PATH, PARAMETERS.guard(this::export));
        MethodNotAllowed.fallback(rules, PATH, "GET");
    }

    private void export(ServerRequest request, ServerResponse response) {
        OrganizationId organization = new OrganizationId(request.path().pathParameters().get("id"));
        UriQuery query = request.query();
        ExportDailyUsageCommand command = new ExportDailyUsageCommand(Caller.readingAnalytics(request),
                organization, localDate(query, "from"), localDate(query, "to"));
        DailyUsageExport days = export.export(command);
        CsvRows csv = new CsvRows().row(HEADER);
        days.days().forEach(day -> csv.row(fields(day)));
        response.header(HeaderNames.CONTENT_TYPE, "text/csv; charset=utf-8; header=present");
        response.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"usage-" + organization.value()
                + "-" + command.first() + "-to-" + command.last() + ".csv\"");
        response.send(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> fields(DailyUsage day) {
        return List.of(day.day().toString(), Long.toString(day.calls()), Long.toString(day.clientErrors()),
                Long.toString(day.serverErrors()), Long.toString(day.requestBytes()),
                Long.toString(day.responseBytes()), Long.toString(day.admitted()), Long.toString(day.denied()));
    }

    private static LocalDate localDate(UriQuery query, String name) {
        String text = query.first(name).asOptional()
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is required, a local date such as "
                        + "2025-01-31"));
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException notADate) {
            throw new IllegalArgumentException("'" + name + "' must be a local date such as 2025-01-31, was "
                    + Require.quoted(text));
        }
    }
}
