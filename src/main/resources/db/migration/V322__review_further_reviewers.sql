-- A local child safeguarding practice review may have more than one reviewer: the further reviewers the chair
-- appoints beside the lead reviewer, each independent of the agencies involved, who may read the case.
create table review_further_reviewer (
    review_id  bigint      not null references review (id),
    position   int         not null,
    username   varchar(64) not null,
    primary key (review_id, position)
);
create index ix_review_further_reviewer_user on review_further_reviewer (username);
