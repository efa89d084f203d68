package org.civility.core.activity;

/** The five practice forms 讲评帮乐庆 (DOMAIN §4); every activity has exactly one. */
public enum PracticeForm {
    /** 讲: talks, training, counselling and visits. */
    LECTURE,
    /** 评: appraisals of households, good people and model families. */
    APPRAISAL,
    /** 帮: assistance, home visits and care pairings. */
    ASSISTANCE,
    /** 乐: recreation, performances, clubs and sports, with capacity and sign-up. */
    RECREATION,
    /** 庆: festivals and family ceremonies. */
    CELEBRATION
}
