/**
 * Test support shared by the adapter modules: finding the real servers that integration tests need, and starting
 * a PostgreSQL of a test's own that it may stop and start.
 */
package com.wedsync.usage.application.testsupport;
