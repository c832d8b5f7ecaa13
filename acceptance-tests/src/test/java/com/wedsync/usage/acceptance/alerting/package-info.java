/** The alert evaluator on real stores: rules firing and clearing into incidents and notices, on one node and two. */
package com.wedsync.usage.acceptance.alerting;
