-- Several pipeline instances on one shared inbox and one mailbox (DESIGN.md "Beyond one
-- machine"): before an instance takes a dropped file or an e-mail it claims it here, so each is
-- taken exactly once. claim_key names the file (path, size, modification time) or the message
-- (folder and Message-ID); instance is the claiming pipeline (irm.instance.id). A claim older
-- than irm.claims.expiry.ms is stale (its instance was killed) and may be taken over.
CREATE TABLE intake_claim (
    claim_key   VARCHAR(2000) NOT NULL PRIMARY KEY,
    instance    VARCHAR(300)  NOT NULL,
    claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
