// The Voice of Customer view: the product board (voice_board.cpp), every feedback item with the form to
// log one (voice_feedback.cpp), the sales breakdown (voice_sales.cpp) and the account notes with search
// (voice_notes.cpp). Every change is a posted feedback.*, notes.* or voice.* command.
#include "app/icons.hpp"
#include "app/views/views.hpp"
#include "app/views/voice_parts.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {

void draw_voice_view(AppState& app) {
    view_header(ICON_VOICE, "Voice of Customer", "as of " + format_iso(app.analysis.as_of));
    if (empty_workspace_notice(app, "customer feedback and notes")) return;
    VoiceViewState& v = app.voice_view;
    if (!ImGui::BeginTabBar("voice_tabs")) return;
    struct Tab {
        VoiceTab tab;
        const char* label;
        void (*draw)(AppState&);
    };
    static const Tab kTabs[] = {{VoiceTab::board, "Product board", draw_voice_board},
                                {VoiceTab::feedback, "Feedback", draw_voice_feedback},
                                {VoiceTab::sales, "Sales view", draw_voice_sales},
                                {VoiceTab::notes, "Notes", draw_voice_notes}};
    const bool requested = v.tab_request_frames > 0;
    if (requested) --v.tab_request_frames;
    for (const Tab& t : kTabs) {
        const ImGuiTabItemFlags flags = requested && t.tab == v.tab ? ImGuiTabItemFlags_SetSelected : 0;
        if (!ImGui::BeginTabItem(t.label, nullptr, flags)) continue;
        if (!requested) v.tab = t.tab;
        t.draw(app);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

}  // namespace retain
