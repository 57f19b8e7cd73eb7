-- The office's note on a phone registration moves from the answers JSON ("staffNote") to its own column.
UPDATE `registrations`
SET `office_note` = json_extract(`answers`, '$.staffNote'),
    `answers` = json_remove(`answers`, '$.staffNote')
WHERE json_valid(`answers`) AND json_type(`answers`, '$.staffNote') IS NOT NULL;
