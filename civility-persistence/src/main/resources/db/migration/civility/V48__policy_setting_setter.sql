-- Who set each unit's own setting and when, shown with the value in force. Rows stored before this keep neither.
ALTER TABLE civ_policy_setting ADD COLUMN set_by VARCHAR(100);
ALTER TABLE civ_policy_setting ADD COLUMN set_at ${ts};
