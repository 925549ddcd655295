-- Carrier accounts: which ISSA user pushes for which air carrier (IATA designator).
CREATE TABLE pnr_carrier (
    code        VARCHAR(3)    NOT NULL PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    username    VARCHAR(64)   NOT NULL UNIQUE,
    enabled     BOOLEAN       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
