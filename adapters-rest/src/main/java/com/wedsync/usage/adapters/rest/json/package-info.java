/** The shared JSON machinery: one strictly configured mapper, bounded request bodies, and JSON answers. */
package com.wedsync.usage.adapters.rest.json;
