-- The board's dashboard counts each figure for a year or a quarter (dashboard.BoardDashboard): the cases
-- screened in the period, the action plans opened in it and the briefings used on its days are found by
-- these indexes instead of reading every row of their tables on each page.
create index ix_screening_screened on screening (screened_at, case_reference);
create index ix_learning_plan_opened on learning_plan (opened_at);
create index ix_learning_briefing_use_used on learning_briefing_use (used_on, agency_code);
