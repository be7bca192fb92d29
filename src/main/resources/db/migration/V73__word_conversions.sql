-- A Word paper (.docx, .odt) named by a meeting file is converted to PDF at import (ingest/word/WordPapers); the PDF
-- is stored as a blob, and this row says which document and title it came from, so that importing the same document
-- again gives the same PDF (LibreOffice's output differs from run to run, and a paper that seemed changed would be
-- re-issued). source_key: SHA-256 of the document's SHA-256 and the paper's title. Portable between H2 and PostgreSQL.
CREATE TABLE word_conversion (
    source_key VARCHAR(64) PRIMARY KEY,
    pdf_sha256 VARCHAR(64) NOT NULL,
    pages INTEGER NOT NULL
);
