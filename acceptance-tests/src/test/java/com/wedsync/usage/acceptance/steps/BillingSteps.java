package com.wedsync.usage.acceptance.steps;

import com.wedsync.usage.acceptance.world.BilledDay;
import com.wedsync.usage.acceptance.world.ScenarioWorld;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The billing export: an organization's daily totals on its own calendar, as the billing team downloads them. */
public final class BillingSteps {

    private final ScenarioWorld world;
    private List<BilledDay> lastExport = List.of();

    public BillingSteps(ScenarioWorld world) {
        this.world = world;
    }

    @ParameterType("\\d{4}-\\d{2}-\\d{2}")
    public LocalDate localDate(String text) {
        return LocalDate.parse(text);
    }

    @When("the usage of {string} from {localDate} to {localDate} is exported for billing")
    public void theUsageIsExported(String organization, LocalDate first, LocalDate last) {
        lastExport = world.monitor().export(organization, first, last);
    }

    /** Columns: day (local), calls, 4xx, 5xx, admitted, denied. */
    @Then("the export is:")
    public void theExportIs(DataTable table) {
        List<BilledDay> expected = table.asMaps().stream().map(row -> new BilledDay(LocalDate.parse(row.get("day")),
                Long.parseLong(row.get("calls")), Long.parseLong(row.get("4xx")), Long.parseLong(row.get("5xx")),
                Long.parseLong(row.get("admitted")), Long.parseLong(row.get("denied")))).toList();
        assertThat(lastExport).as("the export, one row per local day").isEqualTo(expected);
    }
}
