// View smoke tests: the whole app UI driven natively with Dear ImGui and no renderer (view_harness.hpp),
// over the demo workspace and an empty one. Any ImGui assert aborts the run (src/app/imgui_config.hpp).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <algorithm>

#include "app/automation.hpp"
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include <iterator>

#include "app/icons.hpp"
#include "io/workspace_json.hpp"
#include "view_harness.hpp"

using namespace retain;
using namespace retain::test;

TEST_CASE("every view draws over the demo workspace, in both themes and with the account panel open") {
    Harness h;
    load_demo(h);
    for (const char* theme : {"dark", "light"}) {
        REQUIRE(run_command(h.app, "theme.set", {{"mode", theme}}).ok);
        for (int v = 0; v < kViewCount; ++v) {
            REQUIRE(run_command(h.app, "navigate", {{"view", view_key(ViewId(v))}}).ok);
            h.frames(5);
            CHECK(h.app.view == ViewId(v));
        }
    }
    REQUIRE(run_command(h.app, "accounts.select", {{"id", h.app.ws.accounts[3].id}}).ok);
    for (int v = 0; v < kViewCount; ++v) {
        run_command(h.app, "navigate", {{"view", view_key(ViewId(v))}});
        h.frames(3);
    }
    CHECK(h.app.last_error.empty());
}

TEST_CASE("every view draws over an empty workspace and says there is nothing to show") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.clear", {}).ok);
    for (int v = 0; v < kViewCount; ++v) {
        run_command(h.app, "navigate", {{"view", view_key(ViewId(v))}});
        h.frames(3);
    }
    CHECK(h.app.analysis.active_accounts == 0);
    CHECK(h.app.accounts_table.rows.empty());
}

TEST_CASE("clicking each navigation item shows its view") {
    Harness h;
    load_demo(h);
    h.frames(2);
    for (int v = kViewCount - 1; v >= 0; --v) {
        const Rect r = h.app.nav_rects[size_t(v)];
        REQUIRE(r.w > 0);
        REQUIRE(r.h > 0);
        h.click_center(r);
        CHECK_MESSAGE(h.app.view == ViewId(v), "clicked ", view_key(ViewId(v)));
    }
}

TEST_CASE("navigation rects follow the pixel scale: automation reports CSS pixels") {
    Harness h(2.0f);
    load_demo(h);
    h.frames(2);
    const nlohmann::json s = automation_state(h.app);
    const nlohmann::json& nav = s["nav"];
    REQUIRE(nav.size() == size_t(kViewCount));
    // Device-pixel rect / 2 = CSS rect, and a click at the device-pixel centre still navigates.
    CHECK(nav[1]["x"].get<double>() == doctest::Approx(h.app.nav_rects[1].x / 2));
    CHECK(nav[1]["h"].get<double>() == doctest::Approx(h.app.nav_rects[1].h / 2));
    h.click_center(h.app.nav_rects[1]);
    CHECK(h.app.view == ViewId::accounts);
}

TEST_CASE("accounts table: a header click sorts, a row click opens the panel, Esc closes it") {
    Harness h;
    load_demo(h);
    run_command(h.app, "navigate", {{"view", "accounts"}});
    h.frames(3);
    CHECK(h.app.accounts_table.query.sort_column == AccountColumn::name);

    // Locate the ARR header and the first row from the table's layout: the header row sits just
    // below the toolbar; columns are laid out in order. Clicking is done by scanning the header
    // line for the cell whose click sorts by ARR.
    const float view_left = h.app.nav_rects[0].x + h.app.nav_rects[0].w;
    bool sorted_by_arr = false;
    for (float x = view_left + 10; x < 1440 && !sorted_by_arr; x += 40) {
        for (float y = 60; y < 160 && !sorted_by_arr; y += 6) {
            ImGuiIO& io = ImGui::GetIO();
            io.MousePos = ImVec2(x, y);
            h.frame();
            if (!ImGui::IsAnyItemHovered()) continue;
            h.click(x, y);
            sorted_by_arr = h.app.accounts_table.query.sort_column == AccountColumn::arr;
        }
    }
    REQUIRE_MESSAGE(sorted_by_arr, "no click on the header row sorted by ARR");
    // ARR prefers descending: the first click sorts largest first.
    const auto& rows = h.app.accounts_table.rows;
    REQUIRE(rows.size() > 2);
    CHECK(h.app.analysis.accounts[rows[0]].arr >= h.app.analysis.accounts[rows[1]].arr);

    // Click a row below the header: the panel opens on that account.
    const float row_y = 160 + 60;
    h.click(view_left + 80, row_y);
    CHECK(h.app.selected != kNoAccount);

    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[ImGui::GetKeyIndex(ImGuiKey_Escape)] = true;
    h.frame();
    io.KeysDown[ImGui::GetKeyIndex(ImGuiKey_Escape)] = false;
    h.frames(2);
    CHECK(h.app.selected == kNoAccount);
}

TEST_CASE("the accounts table scrolls a large workspace with the mouse wheel") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.generate_demo", {{"accounts", 20000}}).ok);
    run_command(h.app, "navigate", {{"view", "accounts"}});
    h.frames(3);
    CHECK(h.app.accounts_table.rows.size() == 20000);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(800, 500);
    for (int i = 0; i < 10; ++i) {
        io.MouseWheel = -5.0f;
        h.frame();
    }
    h.frames(2);
    CHECK(h.app.accounts_table.first_visible_row > 20);
    // Sorting by every column keeps all rows.
    for (int c = 0; c < kAccountColumnCount; ++c) {
        REQUIRE(run_command(h.app, "accounts.sort", {{"column", to_string(AccountColumn(c))}, {"descending", c % 2 == 1}}).ok);
        h.frames(2);
        CHECK(h.app.accounts_table.rows.size() == 20000);
    }
}

TEST_CASE("keyboard: Ctrl+digit goes to a view, Ctrl+F to the account search") {
    Harness h;
    load_demo(h);
    h.frames(2);
    h.key_chord('4', true);
    h.frame();
    CHECK(h.app.view == ViewId::revenue);
    h.key_chord('0', true);
    h.frame();
    CHECK(h.app.view == ViewId::data);
    h.key_chord('F', true);
    h.frames(2);
    CHECK(h.app.view == ViewId::accounts);
    CHECK(ImGui::GetIO().WantTextInput);
}

TEST_CASE("bad automation input is a message, not a crash") {
    Harness h;
    CHECK(run_automation_command(h.app, "navigate", "{not json").find("not valid JSON") != std::string::npos);
    CHECK(run_automation_command(h.app, "navigate", R"({"view": 3})").find("\"ok\":false") != std::string::npos);
    CHECK(run_automation_command(h.app, "no.such", "{}").find("unknown command") != std::string::npos);
    CHECK(run_automation_command(h.app, "workspace.open", R"({"text": "[1,2"})").find("\"ok\":false") != std::string::npos);
    CHECK(run_automation_command(h.app, "workspace.generate_demo", R"({"accounts": -1})").find("\"ok\":false") != std::string::npos);
    CHECK(run_automation_command(h.app, "accounts.sort", R"({"column": "nope"})").find("\"ok\":false") != std::string::npos);
    h.frames(2);
}

TEST_CASE("export commands offer the workspace and each entity as downloads") {
    Harness h;
    load_demo(h);
    REQUIRE(run_command(h.app, "export.workspace", {}).ok);
    REQUIRE(run_command(h.app, "export.csv", {{"entity", "accounts"}}).ok);
    REQUIRE(run_command(h.app, "export.csv", {{"entity", "usage"}}).ok);
    CHECK_FALSE(run_command(h.app, "export.csv", {{"entity", "nope"}}).ok);
    REQUIRE(h.downloads.size() == 3);
    CHECK(h.downloads[0].filename == "northwind-analytics-demo.retain.json");
    CHECK(h.downloads[0].mime == "application/json");
    CHECK(h.downloads[0].data.rfind("{\"schema\":\"retain.workspace\"", 0) == 0);
    CHECK(h.downloads[1].filename == "northwind-analytics-demo-accounts.csv");
    CHECK(h.downloads[1].data.rfind("id,name,domain,", 0) == 0);
    // One header line plus one line per account.
    CHECK(std::count(h.downloads[1].data.begin(), h.downloads[1].data.end(), '\n') == 251);
    CHECK(h.downloads[2].data.rfind("account,date,active_users,logins,feature:", 0) == 0);
    run_command(h.app, "navigate", {{"view", "data"}});
    h.frames(3);
}


TEST_CASE("importing a HubSpot and a Stripe export: a reviewed plan, then the accounts with MRR") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.clear", {}).ok);
    // Files arrive the way the page hands them over (upload, drop or URL): data.open routes CSV to import.
    REQUIRE(run_command(h.app, "data.open", {{"text", fixture("hubspot_companies.csv")}, {"name", "companies.csv"}}).ok);
    REQUIRE(run_command(h.app, "data.open", {{"text", fixture("stripe_subscriptions.csv")}, {"name", "subs.csv"}}).ok);
    CHECK(h.app.view == ViewId::data);
    REQUIRE(h.app.import.plan.files.size() == 2);
    CHECK(h.app.import.plan.files[0].entity == ImportEntity::accounts);
    CHECK(h.app.import.plan.files[1].entity == ImportEntity::subscriptions);
    CHECK(h.app.ws.accounts.empty());  // nothing changes before the commit
    h.frames(4);                       // the import panel draws the plan

    REQUIRE(run_command(h.app, "import.commit", {}).ok);
    CHECK_FALSE(h.app.import.active());
    REQUIRE(h.app.ws.accounts.size() == 2);
    refresh_derived(h.app);
    // Acme's $1,200.00 monthly subscription from 2025-01-15: its MRR in June 2025 is $1,200.00.
    const AccountIx acme = h.app.ws.find_account("101");
    REQUIRE(acme != kNoAccount);
    CHECK(h.app.analysis.mrr.at(acme, Month::from_ym(2025, 6)) == Money(120000));
    run_command(h.app, "navigate", {{"view", "accounts"}});
    h.frames(3);
    CHECK(h.app.accounts_table.rows.size() == 2);
}

TEST_CASE("an import with errors is refused until the user leaves the bad rows out; cancel changes nothing") {
    Harness h;
    load_demo(h);
    const std::string before = save_workspace_json(h.app.ws);
    REQUIRE(run_command(h.app, "import.add", {{"name", "bad_rows.csv"}, {"text", fixture("bad_rows.csv")}}).ok);
    REQUIRE(h.app.import.plan.error_count() > 0);
    h.frames(3);
    const CommandResult refused = run_command(h.app, "import.commit", {});
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.find("Nothing was imported") == 0);
    CHECK(save_workspace_json(h.app.ws) == before);
    CHECK(h.app.import.sources.size() == 1);  // refused: the file stays for another try
    CHECK(h.app.import.sources[0].bytes == fixture("bad_rows.csv"));
    REQUIRE(run_command(h.app, "import.cancel", {}).ok);
    CHECK_FALSE(h.app.import.active());
    CHECK(save_workspace_json(h.app.ws) == before);
    CHECK_FALSE(run_command(h.app, "import.commit", {}).ok);

    REQUIRE(run_command(h.app, "import.add", {{"name", "bad_rows.csv"}, {"text", fixture("bad_rows.csv")}}).ok);
    const size_t accounts_before = h.app.ws.accounts.size();
    REQUIRE(run_command(h.app, "import.commit", {{"skip_bad_rows", true}}).ok);
    CHECK_FALSE(h.app.import.active());  // the file's bytes are let go once imported
    CHECK(h.app.ws.accounts.size() > accounts_before);
    CHECK(h.app.ws.find_account("A2") == kNoAccount);  // the row with negative seats was left out
}

TEST_CASE("every icon the UI defines is in the font atlas, and only those are rasterized") {
    Harness h;
    std::string header, error;
    REQUIRE(read_file(std::string(RETAIN_SOURCE_DIR) + "/src/app/icons.hpp", header, error));
    size_t defined = 0;
    for (size_t at = header.find("\n#define ICON_"); at != std::string::npos; at = header.find("\n#define ICON_", at + 1))
        ++defined;
    CHECK(defined == std::size(kUsedIcons));  // a new ICON_ must be listed in kUsedIcons, or it draws as '?'
    for (ImFont* font : {fonts().body, fonts().heading}) {
        for (const char* icon : kUsedIcons) {
            unsigned int c = 0;
            ImTextCharFromUtf8(&c, icon, nullptr);
            CHECK_MESSAGE(font->FindGlyphNoFallback(ImWchar(c)) != nullptr, "U+" << std::hex << c);
        }
        CHECK(font->FindGlyphNoFallback(ImWchar(0xF2B9)) == nullptr);  // an icon the UI does not use
        CHECK(font->Glyphs.Size < 500);
    }
}

TEST_CASE("state(section): the core fields and only the section asked for, the same as in the whole state") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.open", {{"text", demo_text()}, {"source", "demo"}}).ok);
    h.frames(2);
    const nlohmann::json whole = automation_state(h.app);
    nlohmann::json part;
    REQUIRE(automation_state_section(h.app, "storage", part));
    CHECK(part["storage"] == whole["storage"]);
    CHECK(part["account_count"] == whole["account_count"]);
    CHECK(part["frame"] == whole["frame"]);
    CHECK_FALSE(part.contains("health"));
    REQUIRE(automation_state_section(h.app, "health", part));
    CHECK(part["health"] == whole["health"]);
    CHECK_FALSE(part.contains("storage"));
    REQUIRE(automation_state_section(h.app, "core", part));
    for (const char* section : {"metrics", "health", "team", "playbooks", "storage", "renewals", "voice", "program", "journey", "work"}) {
        CHECK_MESSAGE(!part.contains(section), section);
        CHECK_MESSAGE(whole.contains(section), section);
    }
    CHECK(part.size() + 10 == whole.size());
    CHECK_FALSE(automation_state_section(h.app, "everything", part));
    // "work" alone, without the core fields: what a poller waits on, read without finishing anything.
    REQUIRE(automation_state_section(h.app, "work", part));
    CHECK(part.size() == 1);
    CHECK(part["work"] == whole["work"]);
    CHECK_FALSE(part["work"]["pending"].get<bool>());
}
