/**
 * {@code seed-demo}: a realistic council (Northbrook Borough Council) for trying the hub. The content
 * is YAML beside these classes ({@code organisation.yml}, {@code topics.yml}, {@code phrases.yml},
 * {@code guidance.yml}, {@code documents.yml}), read by {@link org.hub.web.demo.DemoContent};
 * {@link org.hub.web.demo.DemoOrganisation#generate(long)} puts it together for a seed (pure and
 * deterministic); {@link org.hub.web.demo.DemoSeeder} writes it through the services in this order:
 *
 * <ol>
 *   <li>departments, then users (each with a password chosen by the seeder; emails use the reserved
 *       {@code .example} domain);</li>
 *   <li>groups, created by their owner; then moderators with role {@code moderator} and members with role
 *       {@code member} (the three lists are disjoint);</li>
 *   <li>threads in list order (oldest first, back-dated by {@code daysAgo}), each by its author, then its
 *       posts in order, then the accepted post (by the thread's author), then thanks;</li>
 *   <li>guidance by its curator owner, {@code reviewBy} = today + {@code reviewInDays}; then synonyms;</li>
 *   <li>documents, generated as PDF, Word or CSV and uploaded by a member of their group; then their
 *       text is extracted.</li>
 * </ol>
 */
package org.hub.web.demo;
