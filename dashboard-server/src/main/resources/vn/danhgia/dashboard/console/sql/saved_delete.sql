delete from saved_queries where query_id = ?;
