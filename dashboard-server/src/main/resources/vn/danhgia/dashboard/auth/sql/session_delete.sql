delete from sessions where session_id = ?;
