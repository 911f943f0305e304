package vn.danhgia.etl.generate;

import java.util.List;
import java.util.Locale;
import vn.danhgia.etl.generate.YearRecords.DisciplineEntry;
import vn.danhgia.etl.generate.YearRecords.LeaderRow;
import vn.danhgia.etl.generate.YearRecords.MonthlyScore;
import vn.danhgia.etl.generate.YearRecords.OrganizationYear;
import vn.danhgia.etl.generate.YearRecords.Shortcoming;

/** The per-year tables besides member lists, and the unit registry. */
final class YearTables {
    private YearTables() {}

    static Table organizations(YearRecords records, String suffix, Layouts layouts) {
        int year = records.year;
        Table table = new Table("org_rating", year, "", "xep loai TCCS dang " + year + suffix);
        table.header = year >= 2025
                ? new Object[] {
                    "STT",
                    "Tên tổ chức cơ sở đảng",
                    "Loại hình",
                    "Tự đánh giá",
                    "Ban Tổ chức đề xuất",
                    "Ban Thường vụ quyết định",
                    "Điểm"
                }
                : new Object[] {
                    "STT",
                    "Tên tổ chức cơ sở đảng",
                    "Loại hình",
                    "Tự đánh giá",
                    "Ban Tổ chức đề xuất",
                    "Ban Thường vụ quyết định"
                };
        Table.Sheet sheet = table.sheet("Xếp loại TCCS " + year);
        int seq = 1;
        boolean lower = year == 2018;
        for (OrganizationYear o : records.organizations) {
            Object[] row = year >= 2025 ? new Object[7] : new Object[6];
            row[0] = seq++;
            row[1] = o.unit.name;
            row[2] = o.unit.type.registryText();
            row[3] = lower ? o.self.vietnameseName().toLowerCase(Locale.ROOT) : layouts.level(o.self);
            row[4] = lower ? o.proposed.vietnameseName().toLowerCase(Locale.ROOT) : layouts.level(o.proposed);
            row[5] = lower ? o.decided.vietnameseName().toLowerCase(Locale.ROOT) : layouts.level(o.decided);
            if (year >= 2025) {
                row[6] = o.score;
            }
            sheet.rows.add(row);
        }
        return table;
    }

    static Table leaders(YearRecords records, String suffix, Layouts layouts) {
        int year = records.year;
        Table table = new Table("leader_rating", year, "", "xep loai can bo dien BTV quan ly " + year + suffix);
        table.titleRows.add(
                new Object[] {"DANH SÁCH KẾT QUẢ XẾP LOẠI CÁN BỘ DIỆN BAN THƯỜNG VỤ QUẢN LÝ NĂM " + year + " (mô phỏng)"
                });
        table.titleRows.add(new Object[] {});
        table.header = year >= 2025
                ? new Object[] {
                    "STT",
                    "Mã CB",
                    "Họ và tên",
                    "Năm sinh",
                    "Số thẻ đảng viên",
                    "Chức vụ",
                    "Đơn vị công tác",
                    "Tự xếp loại",
                    "Ban Thường vụ quyết định",
                    "Điểm"
                }
                : new Object[] {
                    "STT",
                    "Mã CB",
                    "Họ và tên",
                    "Năm sinh",
                    "Số thẻ đảng viên",
                    "Chức vụ",
                    "Đơn vị công tác",
                    "Tự xếp loại",
                    "Ban Thường vụ quyết định"
                };
        Table.Sheet sheet = table.sheet("Cán bộ " + year);
        int seq = 1;
        for (LeaderRow leader : records.leaders) {
            Object[] row = {
                seq++,
                leader.person().officialCode,
                leader.person().fullName,
                leader.person().birthDate.getYear(),
                leader.person().card,
                leader.position(),
                leader.organization().name,
                layouts.level(leader.self()),
                layouts.level(leader.decided()),
                leader.score()
            };
            sheet.rows.add(year >= 2025 ? row : java.util.Arrays.copyOf(row, 9));
        }
        return table;
    }

    static Table summary(OrganizationYear o, int year) {
        Table table = new Table(
                "summary_report",
                year,
                o.unit.code,
                "Bieu tong hop xep loai DV " + year + " - " + Layouts.abbreviation(o.unit));
        table.titleRows.add(
                new Object[] {o.unit.name.replace("Đảng bộ", "Đảng ủy").toUpperCase(Locale.ROOT)});
        table.titleRows.add(new Object[] {});
        table.titleRows.add(new Object[] {
            "BIỂU TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM " + year + " (mô phỏng)"
        });
        table.titleRows.add(new Object[] {});
        table.header = new Object[] {
            "Tên chi bộ",
            "Tổng số đảng viên",
            "Số ĐV được đánh giá, xếp loại",
            "Miễn đánh giá",
            "Chưa đánh giá",
            "Hoàn thành xuất sắc nhiệm vụ",
            null,
            "Hoàn thành tốt nhiệm vụ",
            null,
            "Hoàn thành nhiệm vụ",
            null,
            "Không hoàn thành nhiệm vụ",
            null
        };
        table.subHeader = new Object[] {null, null, null, null, null, "SL", "%", "SL", "%", "SL", "%", "SL", "%"};
        table.variations.add("merged_two_row_header");
        int[] c = o.summaryOverride != null ? o.summaryOverride : BadRows.summaryCounts(o);
        Object[] row = new Object[13];
        row[0] = "Toàn Đảng bộ";
        for (int i = 0; i < 4; i++) {
            row[1 + i] = c[i];
            row[5 + 2 * i] = c[4 + i];
            row[6 + 2 * i] = c[1] == 0 ? 0.0 : Math.round(10000.0 * c[4 + i] / c[1]) / 100.0;
        }
        table.sheet("Biểu 01").rows.add(row);
        return table;
    }

    static Table discipline(YearRecords records, String suffix) {
        int year = records.year;
        Table table = new Table("discipline", year, "", "so theo doi ky luat " + year + suffix);
        boolean selfColumn = year >= 2023;
        table.header = selfColumn
                ? new Object[] {
                    "STT",
                    "Họ và tên",
                    "Số thẻ đảng viên",
                    "Đơn vị",
                    "Hình thức kỷ luật",
                    "Ngày quyết định",
                    "Số quyết định",
                    "Nội dung vi phạm",
                    "Tự phát hiện, khắc phục"
                }
                : new Object[] {
                    "STT",
                    "Họ và tên",
                    "Số thẻ đảng viên",
                    "Đơn vị",
                    "Hình thức kỷ luật",
                    "Ngày quyết định",
                    "Số quyết định",
                    "Nội dung vi phạm"
                };
        if (selfColumn) {
            table.variations.add("self_detected_column");
        }
        Table.Sheet sheet = table.sheet("Kỷ luật " + year);
        int seq = 1;
        for (DisciplineEntry d : records.discipline) {
            Object[] row = {
                seq++,
                d.person().fullName,
                d.person().card,
                d.organization().name.replace("Đảng bộ", "Đảng ủy"),
                d.form(),
                d.decidedOn(),
                d.decisionNumber(),
                d.violation(),
                d.selfDetected() ? "Có" : ""
            };
            sheet.rows.add(selfColumn ? row : java.util.Arrays.copyOf(row, 8));
        }
        return table;
    }

    static Table shortcomings(YearRecords records, String suffix) {
        int year = records.year;
        Table table = new Table("shortcoming", year, "", "So theo doi khac phuc han che khuyet diem " + year + suffix);
        table.titleRows.add(new Object[] {"SỔ THEO DÕI KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM SAU KIỂM ĐIỂM (mô phỏng)"});
        table.titleRows.add(new Object[] {});
        table.header = new Object[] {
            "TT",
            "Năm kiểm điểm",
            "Tổ chức đảng / cá nhân",
            "Tập thể / cá nhân",
            "Số thẻ đảng viên",
            "Nhóm hạn chế",
            "Nội dung hạn chế, khuyết điểm",
            "Kết quả khắc phục (năm sau)"
        };
        table.variations.add("card_number_column");
        Table.Sheet sheet = table.sheet("Hạn chế khuyết điểm");
        int seq = 1;
        for (Shortcoming s : records.shortcomings) {
            boolean person = s.person != null;
            sheet.rows.add(new Object[] {
                seq++,
                year,
                person
                        ? s.person.fullName + " (" + s.organization.name + ")"
                        : s.organization.name.replace("Đảng bộ", "Đảng ủy"),
                person ? "Cá nhân" : "Tập thể",
                person ? s.person.card : null,
                s.category,
                s.description,
                s.status.isEmpty() ? null : s.status
            });
        }
        return table;
    }

    static Table monthly(YearRecords records, String suffix) {
        int year = records.year;
        Table table = new Table("monthly_score", year, "", "xuat du lieu danh gia hang thang " + year + suffix);
        table.header = new Object[] {
            "Mã CB", "Họ và tên", "Chức vụ", "Đơn vị", "Kỳ đánh giá", "Điểm tự chấm", "Điểm lãnh đạo chấm", "Xếp loại"
        };
        Table.Sheet sheet = table.sheet("Hằng tháng");
        for (MonthlyScore m : records.monthly) {
            String grade = m.finalScore() >= 90 ? "A" : m.finalScore() >= 70 ? "B" : m.finalScore() >= 50 ? "C" : "D";
            String unit = m.organization().type.isCommuneLevel()
                    ? "UBND " + m.organization().shortName
                    : m.organization().shortName;
            sheet.rows.add(new Object[] {
                m.person().officialCode,
                m.person().fullName,
                m.position(),
                unit,
                String.format("%02d/%d", m.month(), year),
                m.selfScore(),
                m.finalScore(),
                grade
            });
        }
        return table;
    }

    static Table tasks(YearRecords records, String suffix) {
        int year = records.year;
        Table table = new Table("task_result", year, "", "ket qua thuc hien chi tieu nhiem vu " + year + suffix);
        table.titleRows.add(new Object[] {"KẾT QUẢ THỰC HIỆN CHỈ TIÊU, NHIỆM VỤ NĂM " + year + " (mô phỏng)"});
        table.header = new Object[] {
            "STT",
            "Tên tổ chức cơ sở đảng",
            "Tổng số chỉ tiêu",
            "Số chỉ tiêu đạt",
            "Số chỉ tiêu vượt",
            "Tỷ lệ hoàn thành đúng hạn (%)"
        };
        Table.Sheet sheet = table.sheet("Chỉ tiêu " + year);
        int seq = 1;
        for (OrganizationYear o : records.organizations) {
            sheet.rows.add(
                    new Object[] {seq++, o.unit.name, o.targetsTotal, o.targetsMet, o.targetsExceeded, o.onTimeShare});
        }
        return table;
    }

    static Table submissions(YearRecords records, String suffix) {
        int year = records.year;
        Table table = new Table("submission", year, "", "theo doi tien do kiem diem " + year + suffix);
        table.titleRows.add(new Object[] {"THEO DÕI TIẾN ĐỘ KIỂM ĐIỂM, ĐÁNH GIÁ NĂM " + year + " (mô phỏng)"});
        table.header = new Object[] {"STT", "Tên tổ chức cơ sở đảng", "Ngày hoàn thành kiểm điểm", "Ngày gửi báo cáo"};
        Table.Sheet sheet = table.sheet("Tiến độ " + year);
        int seq = 1;
        for (OrganizationYear o : records.organizations) {
            sheet.rows.add(
                    new Object[] {seq++, o.unit.name, Layouts.DAY.format(o.reviewDone), Layouts.DAY.format(o.reportSent)
                    });
        }
        return table;
    }

    static Table registry(List<Unit> units, String suffix, int lastYear) {
        Table table = new Table("unit_registry", 0, "", "danh muc to chuc dang va sap nhap" + suffix);
        table.header = new Object[] {
            "Mã đơn vị",
            "Tên tổ chức đảng",
            "Loại hình",
            "Cấp",
            "Trực thuộc",
            "Hiệu lực từ",
            "Hiệu lực đến",
            "Sáp nhập / chuyển thành",
            "Ghi chú"
        };
        Table.Sheet sheet = table.sheet("Danh mục");
        for (Unit unit : units) {
            if (unit.validFrom.getYear() > lastYear) {
                continue;
            }
            boolean ended = unit.validTo != null && unit.validTo.getYear() <= lastYear;
            String type = unit.type == null ? "cấp ủy cấp trên" : unit.type.registryText();
            sheet.rows.add(new Object[] {
                unit.code,
                unit.name,
                type,
                unit.tier,
                unit.parentCode,
                Layouts.DAY.format(unit.validFrom),
                ended ? Layouts.DAY.format(unit.validTo) : null,
                ended ? unit.successorCode : null,
                unit.note.isEmpty() ? null : unit.note
            });
        }
        return table;
    }
}
