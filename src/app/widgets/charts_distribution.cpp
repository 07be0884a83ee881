// Distribution bars: one bar per bucket with its value and share (health mix, time-to-value buckets).
#include <algorithm>

#include "app/widgets/charts_detail.hpp"

namespace retain {
using namespace charts_detail;

namespace {

double bucket_value(const DistributionBucket& b) { return finite(b.value) ? b.value : 0.0; }
const char* bucket_label(const DistributionBucket& b) { return b.label ? b.label : ""; }

// "12 (34%)": the value and its share, short, for the end of a bar.
std::string bucket_text(const DistributionSettings& s, const DistributionBucket& b, double total) {
    std::string text = s.format(bucket_value(b));
    if (s.shares && total > 0) text += " (" + percent_format()(bucket_value(b) / total) + ")";
    return text;
}

void bucket_tooltip(const DistributionSettings& s, const DistributionBucket& b, ImU32 color, double total) {
    ImGui::BeginTooltip();
    tooltip_row(color, b.label, exact_or_missing(s.format, b.value));
    if (total > 0) {
        ImGui::TextColored(palette().text_muted, "%s of %s", percent_format()(bucket_value(b) / total, true).c_str(),
                           s.format(total, true).c_str());
    }
    ImGui::EndTooltip();
}

}  // namespace

ChartHit distribution_bars(const char* id, ImVec2 size, const DistributionSettings& settings,
                           const DistributionBucket* buckets, int count) {
    const float line = ImGui::GetTextLineHeight();
    const float gap = em() * 0.4f;
    const float default_h = settings.vertical ? em() * 10 : float(std::max(count, 1)) * line * 1.6f;
    ChartFrame f(id, size, default_h / em());
    ChartHit hit;
    hit.plot_min = f.min;
    hit.plot_max = f.max;
    if (count <= 0) {
        draw_no_data(f);
        return hit;
    }
    double total = 0, largest = 0;
    for (int i = 0; i < count; ++i) total += std::max(0.0, bucket_value(buckets[i])), largest = std::max(largest, bucket_value(buckets[i]));
    const ImU32 text_color = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 muted = u32(palette().text_muted);
    const ImU32 band = u32(palette().chart_highlight);
    auto length = [&](int i) { return largest > 0 ? float(std::max(0.0, bucket_value(buckets[i])) / largest) : 0.0f; };

    if (!settings.vertical) {
        // Rows: label | bar | value (share). The value column is as wide as the widest text.
        float label_w = 0, value_w = 0;
        for (int i = 0; i < count; ++i) {
            label_w = std::max(label_w, ImGui::CalcTextSize(bucket_label(buckets[i])).x);
            value_w = std::max(value_w, ImGui::CalcTextSize(bucket_text(settings, buckets[i], total).c_str()).x);
        }
        const float row_h = (f.max.y - f.min.y) / float(count);
        const float x0 = f.min.x + label_w + gap;
        const float x1 = std::max(x0 + 1.0f, f.max.x - value_w - gap);
        hit.plot_min = ImVec2(x0, f.min.y);
        hit.plot_max = ImVec2(x1, f.max.y);
        if (f.hovered) hit.hovered = std::clamp(int((f.mouse.y - f.min.y) / row_h), 0, count - 1);
        const float thick = std::min(row_h * 0.7f, line * 1.1f);
        for (int i = 0; i < count; ++i) {
            const float cy = f.min.y + (float(i) + 0.5f) * row_h;
            if (i == hit.hovered) f.draw->AddRectFilled(ImVec2(f.min.x, cy - row_h * 0.5f), ImVec2(f.max.x, cy + row_h * 0.5f), band);
            f.draw->AddText(ImVec2(f.min.x, cy - line * 0.5f), text_color, bucket_label(buckets[i]));
            const float end = x0 + (x1 - x0) * length(i);
            f.draw->AddRectFilled(ImVec2(x0, cy - thick * 0.5f), ImVec2(std::max(end, x0 + hairline()), cy + thick * 0.5f),
                                  series_color(buckets[i].color, i), em() * 0.15f);
            f.draw->AddText(ImVec2(end + gap, cy - line * 0.5f), muted, bucket_text(settings, buckets[i], total).c_str());
        }
    } else {
        // Columns: value (share) above each bar, the label under it.
        const float slot = (f.max.x - f.min.x) / float(count);
        const float y0 = f.min.y + line + gap * 0.5f;
        const float y1 = std::max(y0 + 1.0f, f.max.y - line - gap * 0.5f);
        hit.plot_min = ImVec2(f.min.x, y0);
        hit.plot_max = ImVec2(f.max.x, y1);
        if (f.hovered) hit.hovered = std::clamp(int((f.mouse.x - f.min.x) / slot), 0, count - 1);
        const float half = slot * 0.31f;
        for (int i = 0; i < count; ++i) {
            const float cx = f.min.x + (float(i) + 0.5f) * slot;
            if (i == hit.hovered) f.draw->AddRectFilled(ImVec2(cx - slot * 0.5f, f.min.y), ImVec2(cx + slot * 0.5f, f.max.y), band);
            const float top = y1 - (y1 - y0) * length(i);
            f.draw->AddRectFilled(ImVec2(cx - half, std::min(top, y1 - hairline())), ImVec2(cx + half, y1),
                                  series_color(buckets[i].color, i), em() * 0.15f);
            const std::string text = bucket_text(settings, buckets[i], total);
            const float tw = ImGui::CalcTextSize(text.c_str()).x;
            f.draw->AddText(ImVec2(cx - tw * 0.5f, top - line - gap * 0.25f), muted, text.c_str());
            const float lw = ImGui::CalcTextSize(bucket_label(buckets[i])).x;
            f.draw->AddText(ImVec2(cx - lw * 0.5f, y1 + gap * 0.5f), text_color, bucket_label(buckets[i]));
        }
        f.draw->AddLine(ImVec2(f.min.x, y1), ImVec2(f.max.x, y1), u32(palette().chart_axis), hairline());
    }
    hit.clicked = f.clicked && hit.hovered >= 0;
    if (hit.hovered >= 0) bucket_tooltip(settings, buckets[hit.hovered], series_color(buckets[hit.hovered].color, hit.hovered), total);
    return hit;
}

}  // namespace retain
