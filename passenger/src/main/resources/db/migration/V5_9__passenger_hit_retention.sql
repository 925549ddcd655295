-- Review hits follow the retention of the PNR they were raised on (Directive (EU) 2016/681 Art 12(2), 12(3), 12(4)).
-- A hit raised on a stored push names its message and booking: when the message is depersonalised the hit's personal
-- data are masked (the full values move to pnr_vault, subject type HIT, opened only under an Art 12(3) approval of the
-- booking); when the message is deleted they are erased and the passenger reference is replaced by a random token, so
-- that the Art 20 counts and the DPO's record of decisions survive without personal data. A hit without a stored PNR
-- (an assessment posted as JSON) follows the same periods counted from when it was raised.

ALTER TABLE review_hits ADD COLUMN pnr_message_id VARCHAR(36);
ALTER TABLE review_hits ADD COLUMN pnr_booking_id VARCHAR(36);
ALTER TABLE review_hits ADD COLUMN name_key VARCHAR(400) DEFAULT '' NOT NULL;
ALTER TABLE review_hits ADD COLUMN masked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE review_hits ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX review_hits_message ON review_hits (pnr_message_id);
CREATE INDEX review_hits_raised ON review_hits (raised_at);
CREATE INDEX review_hits_name ON review_hits (name_key);

ALTER TABLE passenger_assessments ADD COLUMN pnr_message_id VARCHAR(36);
ALTER TABLE passenger_assessments ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX passenger_assessments_message ON passenger_assessments (pnr_message_id);
-- The passengers still in the assessment window (re-screened when a watch list changes): by the time they are reviewed by.
CREATE INDEX passenger_assessments_window ON passenger_assessments (flight_time);
