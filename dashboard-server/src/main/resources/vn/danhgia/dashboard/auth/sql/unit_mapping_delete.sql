delete from unit_mappings where provisional_code = ?;
