package com.wedsync.usage.adapters.persistence.tally;

import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a decision counts: its organization, the day of the organization's calendar (a {@code decision_tally} row)
 * and the UTC-aligned quarter hour (a {@code decision_rollup} row).
 */
record TallyKey(OrganizationId organization, LocalDate localDay, Instant quarterHour) {

    TallyRow dayRow() {
        return new TallyRow(organization, localDay);
    }

    TallyRow quarterHourRow() {
        return new TallyRow(organization, Timestamps.parameter(quarterHour));
    }
}
