package com.wedsync.usage.acceptance.steps;

import com.wedsync.usage.acceptance.world.ScenarioWorld;
import com.wedsync.usage.acceptance.world.UsageView;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

/** An organization's usage read back: totals, series on its own calendar, and latency percentiles. */
public final class AnalyticsSteps {

    private final ScenarioWorld world;
    private UsageView lastRead;

    public AnalyticsSteps(ScenarioWorld world) {
        this.world = world;
    }

    @When("the usage of {string} from {instant} to {instant} is read by {word}")
    public void theUsageIsRead(String organization, Instant from, Instant to, String granularity) {
        lastRead = world.monitor().usage(organization, from, to, granularity);
    }

    @Then("the usage totals {int} call(s)")
    public void theUsageTotals(int calls) {
        assertThat(lastRead.calls()).as("calls in the usage totals").isEqualTo(calls);
    }

    @Then("the 95th-percentile latency of the period is {int} ms, within 1%")
    public void theP95LatencyIs(int milliseconds) {
        assertThat(lastRead.p95LatencyMs()).as("the period's p95 latency, from the merged histograms").isNotNull()
                .isCloseTo(milliseconds, withinPercentage(1));
    }

    /** Columns: period (local: 2025-01-01, 2025-01 or 2025-01-01 11:00), starts at (the instant), calls. */
    @Then("the series is:")
    public void theSeriesIs(DataTable table) {
        List<UsageView.Period> expected = table.asMaps().stream().map(row -> new UsageView.Period(
                localStart(row.get("period")), Instant.parse(row.get("starts at")),
                Long.parseLong(row.get("calls")))).toList();
        assertThat(lastRead.series()).as("the series, on the organization's calendar").isEqualTo(expected);
    }

    private static LocalDateTime localStart(String period) {
        if (period.matches("\\d{4}-\\d{2}")) {
            return YearMonth.parse(period).atDay(1).atStartOfDay();
        }
        if (period.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(period).atStartOfDay();
        }
        return LocalDateTime.parse(period, ParameterTypes.LOCAL);
    }
}
