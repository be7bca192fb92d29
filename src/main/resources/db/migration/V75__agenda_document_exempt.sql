-- A paper of a public item may hold exempt information (an exempt appendix): the paragraphs of Schedule 12A it
-- cites, comma-separated, as agenda_item.exempt_paragraphs; null for a paper the public sees.
ALTER TABLE agenda_document ADD COLUMN exempt_paragraphs VARCHAR(100);
