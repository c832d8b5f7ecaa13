/** Deciding whether a call may go ahead under its organization's tier. */
package com.wedsync.usage.application.decision;
