-- idle since before the first time, or opened before the second
delete from sessions where last_seen_at <= ? or created_at <= ?;
