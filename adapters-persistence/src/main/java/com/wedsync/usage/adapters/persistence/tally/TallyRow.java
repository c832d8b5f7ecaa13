package com.wedsync.usage.adapters.persistence.tally;

import com.wedsync.usage.domain.tenancy.OrganizationId;

/** The key of one row of a tally table: the organization, and its period as the JDBC value of the period column. */
record TallyRow(OrganizationId organization, Object period) {
}
