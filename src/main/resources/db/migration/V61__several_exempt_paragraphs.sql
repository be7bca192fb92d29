-- An exempt agenda item may cite several paragraphs of Part 1 of Schedule 12A ("paragraphs 1 and 3"):
-- kept as their numbers separated by commas.
ALTER TABLE agenda_item ADD COLUMN exempt_paragraphs VARCHAR(40);
UPDATE agenda_item SET exempt_paragraphs = CAST(exempt_paragraph AS VARCHAR(40)) WHERE exempt_paragraph IS NOT NULL;
ALTER TABLE agenda_item DROP COLUMN exempt_paragraph;
