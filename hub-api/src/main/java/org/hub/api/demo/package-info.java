/**
 * Demo content for {@code seed-demo}: {@link org.hub.api.demo.DemoOrganisation#generate(long)} returns a
 * realistic council (Northbrook Borough Council) as plain records. It is pure and deterministic; nothing
 * here writes anywhere. A seeder is expected to feed it through the services in this order:
 *
 * <ol>
 *   <li>departments, then users (each needs a password chosen by the seeder; emails use the reserved
 *       {@code .example} domain);</li>
 *   <li>groups, created by their owner; then moderators with role {@code moderator} and members with role
 *       {@code member} (the three lists are disjoint);</li>
 *   <li>threads in list order (oldest first; {@code daysAgo} says how old, if the seeder can back-date),
 *       each by its author, then its posts in order, then the accepted post (by the thread's author),
 *       then thanks;</li>
 *   <li>guidance by its curator owner, {@code reviewBy} = today + {@code reviewInDays}; then synonyms.</li>
 * </ol>
 */
package org.hub.api.demo;
