/**
 * The JavaFX desktop console for operators (live charts, incident controls); it talks to the REST API only.
 * The screens arrive with the console issue; the module exists now so that the build and the layering rules
 * cover it from the start.
 */
package com.wedsync.usage.console;
