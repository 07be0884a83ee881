// Editing an item of a list in place (a success plan item, a feedback item): a pencil opens the item's
// fields as inputs; Save, or Enter in a single-line field, writes them through one command (one undo
// step); Cancel, or Escape, drops them. Why one helper: the keys must behave the same in every list, and
// Escape must end the edit rather than also close the account panel (app_shell.cpp reads
// AppState::item_edit_drawn, which the buttons set on every frame an edit is open).
#pragma once
#include <cstdint>

#include "app/app_state.hpp"

namespace retain {

// The pencil that opens an item's edit, with its tooltip; true when clicked.
bool item_edit_button(const char* tooltip);
// The width of a small icon button (the pencil, the trash), for the table column that holds them.
float icon_button_width();

// The keys of an open edit, collected while its fields are drawn: call field() after each one.
struct ItemEditKeys {
    bool enter = false;  // Enter ended the typing in one of the fields
    void field();
};

enum class ItemEditAction : uint8_t { none, save, cancel };

// Save and Cancel, after the fields. `why_not` (nullptr when the fields can be saved) disables Save and
// says why in its tooltip; Enter then saves nothing either. Escape cancels unless a popup (an open combo)
// takes it. `save_rect` is the Save button's last rect (device pixels), for tests and automation.
ItemEditAction item_edit_buttons(AppState& app, const ItemEditKeys& keys, const char* why_not, float (&save_rect)[4]);

}  // namespace retain
