/** ArchUnit rules that keep the arrows of the hexagon pointing inwards and each technology in its adapter. */
package com.wedsync.usage.acceptance.architecture;
