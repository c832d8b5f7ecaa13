/** A scenario's world: the product as its users see it, and what the scenario has done and seen. */
package com.wedsync.usage.acceptance.world;
