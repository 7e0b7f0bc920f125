-- Partner agencies. Production boards add their own through the admin pages;
-- the demo profile adds fictional ones (db/demo).
create table agency (
    code   varchar(40)  not null primary key,
    name   varchar(200) not null,
    sector varchar(40)  not null,
    active boolean      not null default true
);
