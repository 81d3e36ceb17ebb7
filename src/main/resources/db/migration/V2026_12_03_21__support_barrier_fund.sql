-- The barrier fund (step 8): a programme's budget for a financial year, requests for money for a person
-- (approved or refused by a manager of the programme who did not make the request), and what was paid.
-- Money is held in pence. The fund row is locked while a request is made or approved, so two approvals
-- at the same moment cannot spend more than the budget.
CREATE TABLE support_barrier_fund (
    id            UUID PRIMARY KEY,
    programme_id  UUID NOT NULL UNIQUE REFERENCES programme_programme (id),
    budget_pence  BIGINT NOT NULL CHECK (budget_pence >= 0),
    year_starts_on DATE NOT NULL,
    year_ends_on  DATE NOT NULL CHECK (year_ends_on > year_starts_on),
    set_by        UUID NOT NULL REFERENCES identity_user_account (id),
    set_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INT NOT NULL DEFAULT 0
);

CREATE TABLE support_fund_request (
    id              UUID PRIMARY KEY,
    fund_id         UUID NOT NULL REFERENCES support_barrier_fund (id),
    participant_id  UUID NOT NULL REFERENCES participant_participant (id),
    action_id       UUID REFERENCES support_action (id),
    amount_pence    BIGINT NOT NULL CHECK (amount_pence > 0),
    reason          TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
    buys            TEXT NOT NULL CHECK (length(buys) BETWEEN 1 AND 300),
    status          TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'approved', 'refused')),
    requested_by    UUID NOT NULL REFERENCES identity_user_account (id),
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by      UUID REFERENCES identity_user_account (id),
    decided_at      TIMESTAMP WITH TIME ZONE,
    decision_reason TEXT NOT NULL DEFAULT '' CHECK (length(decision_reason) <= 1000),
    version         INT NOT NULL DEFAULT 0,
    -- Nobody approves their own request: the rule is the facade's, and the database holds it too.
    CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE INDEX support_fund_request_fund_idx ON support_fund_request (fund_id, status);
CREATE INDEX support_fund_request_participant_idx ON support_fund_request (participant_id);

CREATE TABLE support_fund_spend (
    id                UUID PRIMARY KEY,
    request_id        UUID NOT NULL UNIQUE REFERENCES support_fund_request (id),
    fund_id           UUID NOT NULL REFERENCES support_barrier_fund (id),
    participant_id    UUID NOT NULL REFERENCES participant_participant (id),
    amount_pence      BIGINT NOT NULL CHECK (amount_pence > 0),
    paid_on           DATE NOT NULL,
    how_paid          TEXT NOT NULL CHECK (how_paid IN ('card', 'bank-transfer', 'voucher', 'cash', 'invoice')),
    receipt_reference TEXT NOT NULL CHECK (length(receipt_reference) BETWEEN 1 AND 100),
    recorded_by       UUID NOT NULL REFERENCES identity_user_account (id),
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX support_fund_spend_fund_idx ON support_fund_spend (fund_id, paid_on);

COMMENT ON COLUMN support_barrier_fund.id IS 'not personal: identifier of a programme''s barrier fund';
COMMENT ON COLUMN support_barrier_fund.programme_id IS 'not personal: the programme the fund belongs to';
COMMENT ON COLUMN support_barrier_fund.budget_pence IS 'not personal: the budget for the financial year, in pence';
COMMENT ON COLUMN support_barrier_fund.year_starts_on IS 'not personal: first day of the financial year';
COMMENT ON COLUMN support_barrier_fund.year_ends_on IS 'not personal: last day of the financial year';
COMMENT ON COLUMN support_barrier_fund.set_by IS 'personal: the programme manager who set the budget';
COMMENT ON COLUMN support_barrier_fund.set_at IS 'not personal: when it was set';
COMMENT ON COLUMN support_barrier_fund.version IS 'not personal: optimistic-locking counter';
COMMENT ON COLUMN support_fund_request.id IS 'not personal: identifier of a fund request';
COMMENT ON COLUMN support_fund_request.fund_id IS 'not personal: the fund asked';
COMMENT ON COLUMN support_fund_request.participant_id IS 'personal: the person the money is for';
COMMENT ON COLUMN support_fund_request.action_id IS 'not personal: the support action it pays for, if any';
COMMENT ON COLUMN support_fund_request.amount_pence IS 'personal: how much is asked, in pence';
COMMENT ON COLUMN support_fund_request.reason IS 'special-category: why it is needed, which may touch on health, debt or caring';
COMMENT ON COLUMN support_fund_request.buys IS 'personal: what it buys';
COMMENT ON COLUMN support_fund_request.status IS 'personal: waiting, approved or refused';
COMMENT ON COLUMN support_fund_request.requested_by IS 'personal: the navigator or manager who asked';
COMMENT ON COLUMN support_fund_request.requested_at IS 'not personal: when it was asked';
COMMENT ON COLUMN support_fund_request.decided_by IS 'personal: the manager who approved or refused it';
COMMENT ON COLUMN support_fund_request.decided_at IS 'not personal: when it was decided';
COMMENT ON COLUMN support_fund_request.decision_reason IS 'personal: why it was refused (or a note on the approval)';
COMMENT ON COLUMN support_fund_request.version IS 'not personal: optimistic-locking counter';
COMMENT ON COLUMN support_fund_spend.id IS 'not personal: identifier of a payment';
COMMENT ON COLUMN support_fund_spend.request_id IS 'not personal: the approved request it pays';
COMMENT ON COLUMN support_fund_spend.fund_id IS 'not personal: the fund it was paid from';
COMMENT ON COLUMN support_fund_spend.participant_id IS 'personal: the person it was spent on';
COMMENT ON COLUMN support_fund_spend.amount_pence IS 'personal: the amount actually paid, in pence';
COMMENT ON COLUMN support_fund_spend.paid_on IS 'personal: the day it was paid';
COMMENT ON COLUMN support_fund_spend.how_paid IS 'not personal: card, bank transfer, voucher, cash or invoice';
COMMENT ON COLUMN support_fund_spend.receipt_reference IS 'not personal: the receipt or finance reference';
COMMENT ON COLUMN support_fund_spend.recorded_by IS 'personal: who recorded the payment';
COMMENT ON COLUMN support_fund_spend.recorded_at IS 'not personal: when it was recorded';
