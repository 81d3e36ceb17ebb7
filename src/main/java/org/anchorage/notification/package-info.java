/**
 * Keeping people informed (step 12): every message the product sends ({@link org.anchorage.notification.MessageKind}),
 * to residents, referrers, staff and hosts, through GOV.UK Notify (email, text message, letter) or SMTP email. An outbox
 * (table notification_message) stores each message in the transaction of the change that causes it; a sender on each
 * node claims rows and delivers them with retries and backoff, never twice (the message id is the reference at Notify,
 * looked up after a crash); delivery is read back from Notify's status. Templates are data (notification_template),
 * kept by administrators; the person's contact preference and communication needs pick the channel and format.
 * Opt-outs (notification_opt_out) cover all but what the service must send. Reminders and digests run each morning
 * under a ShedLock lock. Messages show on the participant's timeline, and undeliverable ones on the navigator's
 * worklist. Depends on referral, participant, programme, identity, training, safeguarding, placement, jobsearch, outcome,
 * support and outreach (through their facades and events) and audit; each change's messages are queued by a
 * synchronous listener in internal ({@code ReferralMessages}, {@code StaffMessages}, {@code HostMessages},
 * {@code ResidentMessages}, {@code EventMessages}), so they commit or roll back with it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.anchorage.notification;
