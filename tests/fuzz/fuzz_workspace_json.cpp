// libFuzzer target: any text as a workspace file (load_workspace_json, the streaming SAX reader and the
// tree decoder behind it). Checks the two promises of workspace_json.hpp:
//  - a failed load leaves the target workspace exactly as it was and says why;
//  - a successful load is a fixed point: save -> load -> save gives the same bytes;
//  - whatever loads can be analysed (every metric, score and forecast) without undefined behaviour:
//    the loader must refuse values the analysis cannot add up (checked on one input in eight, below).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/analysis.hpp"
#include "io/workspace_json.hpp"

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    retain::Workspace ws;
    ws.settings.name = "before";
    retain::Account sentinel;
    sentinel.id = "sentinel";
    ws.accounts.push_back(sentinel);
    ws.reindex();
    std::string error;
    // Read as the browser storage reads a record of a newer format, too: the other branch of the reader.
    retain::WorkspaceReadOptions options;
    options.accept_newer = size > 0 && (data[0] & 1);
    if (!retain::load_workspace_json(text, ws, error, options)) {
        require(!error.empty());
        require(ws.settings.name == "before" && ws.accounts.size() == 1 && ws.find_account("sentinel") == 0);
        return 0;
    }
    const std::string saved = retain::save_workspace_json(ws);
    retain::Workspace again;
    std::string again_error;
    require(retain::load_workspace_json(saved, again, again_error));
    require(retain::save_workspace_json(again) == saved);
    // The analysis costs ~25 ms even for a tiny workspace (backtests, forecasts), 20x the load: it runs for
    // the inputs whose last byte is a multiple of 8, so the run still tries many loads per second.
    if (data[size - 1] % 8 == 0) (void)retain::analyse(ws, retain::Date::from_ymd(2026, 6, 30));
    return 0;
}
