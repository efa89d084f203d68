/**
 * Activities (DOMAIN §4): what a unit does in one of the five practice forms 讲评帮乐庆 on one or
 * more of the five themes 五传, and the sign-up of volunteers and residents with a waiting list
 * (乐 recreation).
 *
 * <p>An {@link org.civility.core.activity.Activity} is planned, then held or cancelled. While it
 * has not started, participants sign up once each; with a capacity the first ones are confirmed
 * and the others wait in order; a confirmed participant who cancels makes room for the first
 * waiting one ({@link org.civility.core.activity.ParticipantPromoted}). Seasonal programmes
 * ({@link org.civility.core.activity.ProgrammeTemplates}: 学雷锋, 夏季送清凉, 金秋敬老, 冬季送温暖)
 * create activities in their season. {@link org.civility.core.activity.ActivityService} checks
 * access: MANAGE_ACTIVITIES to plan, cancel and mark held, SIGN_UP for one's own sign-up, VIEW to read.
 *
 * <p>A held activity keeps its record (台账, R-ACT-1), an aggregate of its own: {@link
 * org.civility.core.activity.ActivityRecord} holds who attended (the volunteers checked in, read from the service
 * records whenever the record changes, and names signed in by hand), photos (pictures by their magic number, within
 * the size and count settings of {@link org.civility.core.activity.RecordPhotoPolicy}) and a summary; it is complete
 * with all three. {@link org.civility.core.activity.ActivityRecordService} keeps it (MANAGE_ACTIVITIES), shows it
 * (VIEW; names only to those who manage the activities) and gathers a unit's month of records for the county.
 */
package org.civility.core.activity;
