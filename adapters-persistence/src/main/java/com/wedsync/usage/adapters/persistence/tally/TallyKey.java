package com.wedsync.usage.adapters.persistence.tally;

import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.LocalDate;

/** One row of the tally table: an organization and a day of its calendar. */
record TallyKey(OrganizationId organization, LocalDate localDay) {
}
