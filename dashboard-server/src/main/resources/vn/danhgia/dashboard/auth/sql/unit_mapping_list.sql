select provisional_code, provisional_name, registered_code, decided_by, decided_at, note
from unit_mappings
order by provisional_code;
