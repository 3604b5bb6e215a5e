"""E-invoices (EN 16931) from a document value: Factur-X CII and UBL 2.1 Peppol; no database, no network."""
