/** Cursor pagination on the wire: the {@code limit} and {@code cursor} parameters and the page envelope. */
package com.wedsync.usage.adapters.rest.paging;
