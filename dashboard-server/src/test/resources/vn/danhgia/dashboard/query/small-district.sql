-- A small district for the dashboard's query tests, written into the real schema (core's
-- WarehouseSchema): two communes X1 and X2 merged into X3 on 2024-01-01 (cell X1-01 renamed X3-01),
-- an agency C1, an inspection committee K1 and a provisional unit P-1 named only in a monthly list.
-- 2023: X1 5 rated (2 HTXSNV, 2 HTTNV, 1 HTNV) + 1 exempt; X2 3 rated (2 HTTNV, 1 KHTNV);
--       C1 4 rated (1 HTXSNV, 3 HTTNV).
-- 2024: X3 7 rated (3 HTXSNV, 3 HTTNV, 1 HTNV); C1 4 rated (2 HTXSNV, 2 HTTNV).
insert into core.dim_rule_year (year, framework, excellent_quota_ratio, quota_scope, review_deadline, report_deadline,
    is_quota_confirmed, rule_quota, rule_review_deadline, rule_report_deadline, rule_score_band) values
    (2023, 'QĐ 124', 0.2000, 'grassroots_organization', date '2023-12-10', date '2023-12-15', true,
     'Quy tắc tỷ lệ 2023', 'Hạn kiểm điểm 2023', 'Hạn báo cáo 2023', null),
    (2024, 'QĐ 124', 0.2000, 'grassroots_organization', date '2024-12-10', date '2024-12-15', true,
     'Quy tắc tỷ lệ 2024', 'Hạn kiểm điểm 2024', 'Hạn báo cáo 2024', 'Khung điểm 2024');

insert into core.dim_unit (unit_code, unit_name, unit_type, parent_code, tier, valid_from, valid_to, is_provisional,
    source_file, source_sheet, source_row, load_id) values
    ('HU', 'Đảng bộ huyện Thử', 'committee', null, 'district', date '2015-01-01', null, false, 'units.xlsx', 'Danh mục', 2, 'L1'),
    ('X1', 'Đảng bộ xã An', 'commune', 'HU', 'grassroots', date '2015-01-01', date '2023-12-31', false, 'units.xlsx', 'Danh mục', 3, 'L1'),
    ('X1-01', 'Chi bộ thôn Đông', 'cell', 'X1', 'cell', date '2015-01-01', date '2023-12-31', false, 'units.xlsx', 'Danh mục', 4, 'L1'),
    ('X2', 'Đảng bộ xã Bình', 'commune', 'HU', 'grassroots', date '2015-01-01', date '2023-12-31', false, 'units.xlsx', 'Danh mục', 5, 'L1'),
    ('X3', 'Đảng bộ xã An Bình', 'commune', 'HU', 'grassroots', date '2024-01-01', null, false, 'units.xlsx', 'Danh mục', 6, 'L1'),
    ('X3-01', 'Chi bộ thôn Đông', 'cell', 'X3', 'cell', date '2024-01-01', null, false, 'units.xlsx', 'Danh mục', 7, 'L1'),
    ('C1', 'Chi bộ Phòng Nội vụ', 'agency', 'HU', 'grassroots', date '2015-01-01', null, false, 'units.xlsx', 'Danh mục', 8, 'L1'),
    ('K1', 'Chi bộ Ủy ban Kiểm tra Huyện ủy', 'agency', 'HU', 'grassroots', date '2015-01-01', null, false, 'units.xlsx', 'Danh mục', 9, 'L1'),
    ('P-1', 'Ủy ban Kiểm tra Huyện', null, null, 'grassroots', date '2024-01-01', null, true, null, null, null, null);

insert into core.unit_lineage values
    ('X1', 'X3', date '2024-01-01', 'merge', 'units.xlsx', 'Danh mục', 6, 'L1'),
    ('X2', 'X3', date '2024-01-01', 'merge', 'units.xlsx', 'Danh mục', 6, 'L1'),
    ('X1-01', 'X3-01', date '2024-01-01', 'rename', 'units.xlsx', 'Danh mục', 7, 'L1');

insert into core.unit_mapping values
    ('X1', date '2024-01-01', 'X3', 1.0000),
    ('X2', date '2024-01-01', 'X3', 1.0000),
    ('X3', date '2024-01-01', 'X3', 1.0000),
    ('X1-01', date '2024-01-01', 'X3-01', 1.0000),
    ('X3-01', date '2024-01-01', 'X3-01', 1.0000),
    ('C1', date '2024-01-01', 'C1', 1.0000),
    ('K1', date '2024-01-01', 'K1', 1.0000);

insert into core.unit_alias values
    ('an', 'X1', date '2015-01-01', date '2023-12-31', 'name'),
    ('binh', 'X2', date '2015-01-01', date '2023-12-31', 'name'),
    ('an binh', 'X3', date '2024-01-01', null, 'name'),
    ('phong noi vu', 'C1', date '2015-01-01', null, 'name'),
    ('uy ban kiem tra huyen uy', 'K1', date '2015-01-01', null, 'name');

insert into core.member_rating (year, person_key, cell_code, org_code, status, final_level, source_file, source_sheet,
    source_row, load_id) values
    (2023, 'a1', 'X1-01', 'X1', 'rated', 'HTXSNV', '2023/an.xlsx', 'DS', 10, 'L1'),
    (2023, 'a2', 'X1-01', 'X1', 'rated', 'HTXSNV', '2023/an.xlsx', 'DS', 11, 'L1'),
    (2023, 'a3', 'X1-01', 'X1', 'rated', 'HTTNV', '2023/an.xlsx', 'DS', 12, 'L1'),
    (2023, 'a4', 'X1-01', 'X1', 'rated', 'HTTNV', '2023/an.xlsx', 'DS', 13, 'L1'),
    (2023, 'a5', 'X1-01', 'X1', 'rated', 'HTNV', '2023/an.xlsx', 'DS', 14, 'L1'),
    (2023, 'a6', 'X1-01', 'X1', 'exempt', null, '2023/an.xlsx', 'DS', 15, 'L1'),
    (2023, 'b1', null, 'X2', 'rated', 'HTTNV', '2023/binh.xlsx', 'DS', 10, 'L1'),
    (2023, 'b2', null, 'X2', 'rated', 'HTTNV', '2023/binh.xlsx', 'DS', 11, 'L1'),
    (2023, 'b3', null, 'X2', 'rated', 'KHTNV', '2023/binh.xlsx', 'DS', 12, 'L1'),
    (2023, 'c1', null, 'C1', 'rated', 'HTXSNV', '2023/c1.xlsx', 'DS', 10, 'L1'),
    (2023, 'c2', null, 'C1', 'rated', 'HTTNV', '2023/c1.xlsx', 'DS', 11, 'L1'),
    (2023, 'c3', null, 'C1', 'rated', 'HTTNV', '2023/c1.xlsx', 'DS', 12, 'L1'),
    (2023, 'c4', null, 'C1', 'rated', 'HTTNV', '2023/c1.xlsx', 'DS', 13, 'L1'),
    (2024, 'a1', 'X3-01', 'X3', 'rated', 'HTXSNV', '2024/an binh.xlsx', 'DS', 10, 'L2'),
    (2024, 'a2', 'X3-01', 'X3', 'rated', 'HTXSNV', '2024/an binh.xlsx', 'DS', 11, 'L2'),
    (2024, 'a3', 'X3-01', 'X3', 'rated', 'HTXSNV', '2024/an binh.xlsx', 'DS', 12, 'L2'),
    (2024, 'a4', 'X3-01', 'X3', 'rated', 'HTTNV', '2024/an binh.xlsx', 'DS', 13, 'L2'),
    (2024, 'b1', null, 'X3', 'rated', 'HTTNV', '2024/an binh.xlsx', 'DS', 14, 'L2'),
    (2024, 'b2', null, 'X3', 'rated', 'HTTNV', '2024/an binh.xlsx', 'DS', 15, 'L2'),
    (2024, 'b3', null, 'X3', 'rated', 'HTNV', '2024/an binh.xlsx', 'DS', 16, 'L2'),
    (2024, 'c1', null, 'C1', 'rated', 'HTXSNV', '2024/c1.xlsx', 'DS', 10, 'L2'),
    (2024, 'c2', null, 'C1', 'rated', 'HTXSNV', '2024/c1.xlsx', 'DS', 11, 'L2'),
    (2024, 'c3', null, 'C1', 'rated', 'HTTNV', '2024/c1.xlsx', 'DS', 12, 'L2'),
    (2024, 'c4', null, 'C1', 'rated', 'HTTNV', '2024/c1.xlsx', 'DS', 13, 'L2');

insert into core.org_rating (year, unit_code, final_level, source_file, source_row, load_id) values
    (2023, 'X1', 'HTTNV', '2023/to chuc.csv', 2, 'L1'),
    (2023, 'X2', 'HTNV', '2023/to chuc.csv', 3, 'L1'),
    (2023, 'C1', 'HTXSNV', '2023/to chuc.csv', 4, 'L1'),
    (2024, 'X3', 'HTTNV', '2024/to chuc.csv', 2, 'L2'),
    (2024, 'C1', 'HTXSNV', '2024/to chuc.csv', 3, 'L2');

insert into core.leader_rating (year, person_key, unit_code, final_level, source_file, source_row, load_id) values
    (2024, 'a1', 'X3', 'HTTNV', '2024/can bo.xlsx', 2, 'L2'),
    (2024, 'a2', 'X3-01', 'HTXSNV', '2024/can bo.xlsx', 3, 'L2'),
    (2024, 'c1', 'C1', 'HTNV', '2024/can bo.xlsx', 4, 'L2');

insert into core.monthly_score (year, month, person_key, unit_code, final_score, grade, source_file, source_row, load_id) values
    (2024, 1, 'k1', 'P-1', 91.00, 'A', '2024/hang thang.csv', 5, 'L2'),
    (2024, 2, 'k1', 'P-1', 92.00, 'A', '2024/hang thang.csv', 6, 'L2');

insert into core.submission (year, unit_code, review_done_on, report_sent_on, source_file, source_sheet, source_row, load_id) values
    (2024, 'X3', date '2024-12-05', date '2024-12-16', '2024/tien do.xlsx', 'Tiến độ', 3, 'L2'),
    (2024, 'K1', date '2024-12-09', date '2024-12-11', '2024/tien do.xlsx', 'Tiến độ', 4, 'L2');

insert into core.shortcoming (year, unit_code, person_key, category, description, status, subject_kind, reported_year,
    source_file, source_sheet, source_row, load_id) values
    (2023, 'X1', null, 'organizational_discipline', 'Sinh hoạt chi bộ chưa đều', 'not_remedied', 'organization', 2023,
     '2023/han che.xlsx', 'HC', 3, 'L1'),
    (2023, 'X1', null, 'organizational_discipline', 'Sinh hoạt chi bộ chưa đều', 'recurred', 'organization', 2024,
     '2024/han che.xlsx', 'HC', 3, 'L2'),
    (2024, 'X3', null, 'task_results', 'Thu ngân sách không đạt', 'pending', 'organization', 2024,
     '2024/han che.xlsx', 'HC', 4, 'L2'),
    (2023, 'C1', 'c2', 'ethics_lifestyle', 'Chưa gương mẫu', 'remedied', 'person', 2023,
     '2023/han che.xlsx', 'HC', 5, 'L1');

insert into meta.load_log (load_id, file, kind, year, unit_code, rows_read, rows_loaded, rows_rejected, status, message,
    started_at, finished_at) values
    ('L1', '2023/an.xlsx', 'member_rating', 2023, 'X1', 9, 6, 3, 'loaded', null,
     timestamp '2024-12-20 01:00:00', timestamp '2024-12-20 01:00:05'),
    ('L2', '2024/an binh.xlsx', 'member_rating', 2024, 'X3', 8, 7, 1, 'loaded', null,
     timestamp '2024-12-21 02:00:00', timestamp '2024-12-21 02:00:04'),
    ('L2', '2024/hong.xlsx', 'member_rating', 2024, null, 0, 0, 0, 'failed', 'Tệp hỏng',
     timestamp '2024-12-21 02:00:01', timestamp '2024-12-21 02:00:02');

insert into meta.rejects values
    ('L1', '2023/an.xlsx', 'DS', 20, 'full_name', null, 'MISSING_VALUE', 'Cột "Họ và tên" bị trống.'),
    ('L1', '2023/an.xlsx', 'DS', 18, 'full_name', null, 'MISSING_VALUE', 'Cột "Họ và tên" bị trống.'),
    ('L1', '2023/an.xlsx', 'DS', 19, 'final_level', 'XS+', 'UNKNOWN_LEVEL', 'Mức "XS+" không rõ.'),
    ('L2', '2024/an binh.xlsx', 'DS', 30, 'card_number', '123', 'DUPLICATE_PERSON', 'Số thẻ trùng.');

insert into meta.pseudonym_key values ('demo-fingerprint', true);
