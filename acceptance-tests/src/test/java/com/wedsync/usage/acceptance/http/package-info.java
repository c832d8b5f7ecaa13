/** Glue that runs the scenarios through the real HTTP server on a socket, over JSON. */
package com.wedsync.usage.acceptance.http;
