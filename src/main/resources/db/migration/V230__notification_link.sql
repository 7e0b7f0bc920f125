-- The page a notice's link opens, when it is one task's rather than its kind's (notification.AgencyRequests:
-- an agency asked for its summary or report is sent straight to that task).
alter table notification add column link varchar(200);
