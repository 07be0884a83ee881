// Block builders (report_document.hpp). An empty list, table or chart becomes a paragraph that says so:
// a report never shows an empty frame.
#include "io/report/report_document.hpp"

namespace retain {

ReportBlock paragraph(std::string text) {
    ReportBlock b;
    b.text = std::move(text);
    return b;
}

ReportBlock facts(std::vector<std::pair<std::string, std::string>> rows) {
    ReportBlock b;
    b.kind = ReportBlock::Kind::facts;
    b.facts = std::move(rows);
    return b;
}

ReportBlock bullets(std::vector<std::string> items, std::string when_empty) {
    if (items.empty()) return paragraph(std::move(when_empty));
    ReportBlock b;
    b.kind = ReportBlock::Kind::bullets;
    b.bullets = std::move(items);
    return b;
}

ReportBlock table(ReportTable t, std::string when_empty) {
    if (t.rows.empty()) return paragraph(std::move(when_empty));
    ReportBlock b;
    b.kind = ReportBlock::Kind::table;
    b.table = std::move(t);
    return b;
}

ReportBlock chart(ReportChart c, std::string when_empty) {
    if (c.values.size() < 2) return paragraph(std::move(when_empty));  // a line needs two points
    ReportBlock b;
    b.kind = ReportBlock::Kind::chart;
    b.chart = std::move(c);
    return b;
}

}  // namespace retain
