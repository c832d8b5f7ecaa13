/** The use cases of the usage monitor, one per user intent, and the ports they need from the outside world. */
package com.wedsync.usage.application;
