// Reading the records of a workspace file into a Workspace: the objects (settings and the items of csms,
// accounts and contacts: workspace_json_objects.cpp) and the tables (workspace_json_tables.cpp). Each is
// read the same way whether it arrives from the streaming parser (workspace_json_reader.cpp) or from the
// tree (workspace_json_document.cpp); which keys there are and what each holds is workspace_json_schema.hpp.
#pragma once
#include <array>
#include <memory>
#include <string>
#include <unordered_map>

#include "io/workspace_json_schema.hpp"
#include "io/workspace_json_values.hpp"

namespace retain::workspace_json {

// The state of one load: the workspace being built and the first error.
struct Decoder {
    Workspace& ws;
    std::string error;
    AccountLookup accounts;
    std::unordered_map<std::string, size_t> csm_ids;
    bool accept_newer = false;  // WorkspaceReadOptions::accept_newer

    bool fail(const std::string& where, const std::string& what) {
        error = where.empty() ? what : where + ": " + what;
        return false;
    }
};

// ---- objects ----
bool read_settings(Decoder& d, const json& settings);

// The top-level lists of objects, in file order, and how one item of each is added (i: its index in the
// file). Contacts name their account, so they are read after the accounts.
using AddItem = bool (*)(Decoder& d, const json& item, size_t i);
struct ItemList {
    const char* name;
    AddItem add;
};
extern const std::array<ItemList, 3> kItemLists;

// ---- tables ----
// One table's rows, whether they arrive streamed or from the tree.
class TableSink {
public:
    virtual ~TableSink() = default;
    virtual const char* name() const = 0;
    // Its fields may name key features, so it can be bound only once those are known.
    virtual bool names_key_features() const = 0;
    // Binds the file's field names to columns; false with d.error set.
    virtual bool bind(Decoder& d, const json& fields) = 0;
    virtual size_t width() const = 0;
    // Decodes one row of width() cells; `row` is its index in the file.
    virtual bool add(Decoder& d, const Value* cells, size_t row) = 0;
};

bool row_shape_error(Decoder& d, const char* table, size_t row, size_t width, const std::string& got);

// Every table of the format (kTables), in file order, filling `ws`.
struct Tables {
    explicit Tables(Workspace& ws);
    std::array<std::unique_ptr<TableSink>, kTableCount> all;
    int find(const std::string& name) const;  // -1 for no table of that name
};

}  // namespace retain::workspace_json
