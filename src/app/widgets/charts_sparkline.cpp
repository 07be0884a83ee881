// Sparkline: a tiny line for table cells. No axes; the last known point is marked; hover shows a value.
#include <algorithm>

#include "app/widgets/charts_detail.hpp"

namespace retain {
using namespace charts_detail;

ChartHit sparkline(const char* id, ImVec2 size, const double* values, int count, ImU32 color, ValueFormat format,
                   const char* const* labels) {
    if (size.x <= 0 && ImGui::GetContentRegionAvail().x <= 0) size.x = em() * 6;
    ChartFrame f(id, size, 1.4f);
    ChartHit hit;
    // Inset so the end marker and line caps are not clipped.
    const ImVec2 mn(f.min.x + em() * 0.25f, f.min.y + em() * 0.2f);
    const ImVec2 mx(std::max(mn.x + 1.0f, f.max.x - em() * 0.25f), std::max(mn.y + 1.0f, f.max.y - em() * 0.2f));
    hit.plot_min = mn;
    hit.plot_max = mx;
    double lo = HUGE_VAL, hi = -HUGE_VAL;
    int last_known = -1;
    for (int i = 0; i < count && values; ++i)
        if (finite(values[i])) lo = std::min(lo, values[i]), hi = std::max(hi, values[i]), last_known = i;
    if (last_known < 0) {
        // Nothing known: a faint midline, so the cell does not look broken.
        const float y = (mn.y + mx.y) * 0.5f;
        f.draw->AddLine(ImVec2(mn.x, y), ImVec2(mx.x, y), u32(palette().chart_grid), hairline());
        return hit;
    }
    color = series_color(color, 0);
    const float step = count > 1 ? (mx.x - mn.x) / float(count - 1) : 0.0f;
    auto x_of = [&](int i) { return count > 1 ? mn.x + step * float(i) : (mn.x + mx.x) * 0.5f; };
    // A flat series sits in the middle rather than on an edge.
    auto y_of = [&](double v) { return hi > lo ? mx.y - float((v - lo) / (hi - lo)) * (mx.y - mn.y) : (mn.y + mx.y) * 0.5f; };
    const float width = std::max(hairline(), em() * 0.1f);
    int run = 0;
    ImVec2 last;
    for (int i = 0; i <= count; ++i) {
        if (i < count && finite(values[i])) {
            last = ImVec2(x_of(i), y_of(values[i]));
            f.draw->PathLineTo(last);
            ++run;
            continue;
        }
        // AddCircleFilled builds its shape in the same path: stroke or clear it first.
        if (run > 1) f.draw->PathStroke(color, 0, width);
        f.draw->PathClear();
        if (run == 1) f.draw->AddCircleFilled(last, width * 1.2f, color);
        run = 0;
    }
    f.draw->AddCircleFilled(ImVec2(x_of(last_known), y_of(values[last_known])), width * 1.8f, color);

    if (!f.hovered) return hit;
    hit.hovered = count > 1 ? std::clamp(int(std::lround((f.mouse.x - mn.x) / step)), 0, count - 1) : 0;
    hit.clicked = f.clicked;
    const double v = values[hit.hovered];
    const float x = x_of(hit.hovered);
    f.draw->AddLine(ImVec2(x, f.min.y), ImVec2(x, f.max.y), u32(palette().chart_axis), hairline());
    if (finite(v)) f.draw->AddCircleFilled(ImVec2(x, y_of(v)), width * 2.2f, color);
    ImGui::BeginTooltip();
    char buf[16];
    tooltip_row(color, category_label(labels, hit.hovered, buf), exact_or_missing(format, v));
    ImGui::EndTooltip();
    return hit;
}

}  // namespace retain
