/** Test support shared by the adapter modules: finding the real servers that integration tests need. */
package com.wedsync.usage.application.testsupport;
