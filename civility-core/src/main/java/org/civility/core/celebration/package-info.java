/**
 * Celebrations (庆, DOMAIN §4): "our festivals" (我们的节日) and family ceremonies.
 *
 * <p>{@link org.civility.core.celebration.FestivalCalendar} computes the seven festivals for any year
 * 1900–2100 (UTC+8) from ICU4J's Chinese calendar and the Sun's longitude;
 * {@link org.civility.core.celebration.FestivalPlanner} turns them into suggested celebration
 * activities of a unit.
 *
 * <p>R-CELE-1: a {@link org.civility.core.celebration.FamilyCeremony} (wedding or funeral) is registered
 * with a station's red-and-white affairs council only within the village's limits (tables, gift money
 * per guest, days; settings of {@link org.civility.core.celebration.CeremonyLimitsPolicy}); every breach
 * is listed in one rejection. A registered ceremony keeps the limits it was checked against.
 */
package org.civility.core.celebration;
