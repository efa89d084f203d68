-- R-CELE-1 (clarified): a ceremony over the village's limits is recorded with status FLAGGED (its breaches follow
-- from the plan and the max_* columns) and the council's persuasion visit (劝导) is kept with it.
ALTER TABLE civ_family_ceremony ADD visit_note VARCHAR(1000);
ALTER TABLE civ_family_ceremony ADD visited_at ${ts};
ALTER TABLE civ_family_ceremony ADD visited_by VARCHAR(100);
