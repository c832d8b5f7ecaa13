/**
 * Notifications of incidents: the notifier that stores a notice for each channel unless it is silenced, the sender
 * that delivers what is due with retries and back-off, and the silences people manage.
 */
package com.wedsync.usage.application.notification;
