package org.civility.core.celebration;

/** The five things to pass on (五传, DOMAIN §4), as a festival plan suggests them. */
public enum Theme {
    THOUGHT, POLICY, MORALITY, CULTURE, SKILLS
}
