/** The query parameters each route takes, refused when unknown or repeated before the route's handler runs. */
package com.wedsync.usage.adapters.rest.query;
