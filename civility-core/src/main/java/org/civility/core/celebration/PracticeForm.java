package org.civility.core.celebration;

/**
 * The five practice forms (讲评帮乐庆, DOMAIN §4), as a festival plan suggests them. Kept here so
 * the celebration feature needs no activity model; a portal maps it onto its activities.
 */
public enum PracticeForm {
    LECTURE, APPRAISAL, ASSISTANCE, RECREATION, CELEBRATION
}
