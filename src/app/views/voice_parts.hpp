// The Voice of Customer view's parts, one file each (voice_*.cpp), and the tooltips that quote
// docs/metrics.md "Feedback board" and "Sales breakdown". Internal to src/app/views.
#pragma once
#include "app/app_state.hpp"

namespace retain {

void draw_voice_board(AppState& app);     // voice_board.cpp
void draw_voice_request(AppState& app, const FeedbackRequest& r);  // voice_request.cpp: the selected request
void draw_voice_feedback(AppState& app);  // voice_feedback.cpp
void draw_voice_sales(AppState& app);     // voice_sales.cpp
void draw_voice_notes(AppState& app);     // voice_notes.cpp

extern const char* const kBoardAccountsTooltip;
extern const char* const kBoardArrTooltip;
extern const char* const kBoardRiskTooltip;
extern const char* const kBoardStatusTooltip;

}  // namespace retain
