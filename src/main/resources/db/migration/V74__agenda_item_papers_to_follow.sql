-- An agenda item whose paper is not attached yet but will follow (the front sheet's "To follow").
ALTER TABLE agenda_item ADD COLUMN papers_to_follow BOOLEAN DEFAULT FALSE NOT NULL;
