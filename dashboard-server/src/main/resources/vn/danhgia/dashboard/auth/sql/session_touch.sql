update sessions set last_seen_at = ? where session_id = ?;
