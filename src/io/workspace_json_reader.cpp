// load_workspace_json: parses with nlohmann's SAX events and decodes while parsing wherever it can; a full
// tree of a 100k-account file would take ~6 GB.
//
// StreamingReader builds the document tree from the SAX events like nlohmann's own parser, except:
//  - rows of a table are decoded as they arrive, once its fields, the accounts (and for usage the key
//    features) are known; the tree keeps an empty "rows" list;
//  - items of csms / accounts / contacts are decoded as each one closes and then dropped from the tree;
//  - none of that starts before schema and version have been checked and need no migration.
// A file written by save_workspace_json has everything in that order, so only small parts stay in the
// tree; any other order still loads, through decode_rest (workspace_json_document.cpp).
#include <exception>
#include <string>
#include <vector>

#include "io/workspace_json.hpp"
#include "io/workspace_json_document.hpp"
#include "io/workspace_json_out.hpp"

namespace retain {
namespace {

using namespace workspace_json;

class StreamingReader final : public nlohmann::json_sax<json> {
public:
    StreamingReader(Decoder& d, Tables& tables) : d_(d), tables_(tables) {}

    json root;
    Streamed streamed;
    std::string syntax_error;  // set when the text is not JSON

    bool null() override { return value(Value{}, nullptr); }
    bool boolean(bool b) override { return value(Value::of(b), b); }
    bool number_integer(number_integer_t i) override { return value(Value::of(i), i); }
    bool number_unsigned(number_unsigned_t u) override { return value(Value::of(u), u); }
    bool number_float(number_float_t f, const string_t&) override { return value(Value::of(f), f); }
    bool string(string_t& s) override { return value(Value::of(std::string_view(s)), s); }
    bool binary(binary_t&) override { return true; }  // JSON text has none

    bool start_object(std::size_t) override {
        if (rows_) return row_container(Value::object);
        stack_.push_back(place(json::object()));
        return true;
    }
    bool key(string_t& k) override {
        json& object = *stack_.back();
        if (stack_.size() <= 2 && object.contains(k)) {
            const std::string where = stack_.size() == 1 ? "" : top_key_;
            return d_.fail(where, json_quoted(k) + " appears twice");
        }
        if (stack_.size() == 1) top_key_ = k;
        if (stack_.size() == 2) member_key_ = k;
        member_ = &object[k];
        return true;
    }
    bool end_object() override { return end_container(); }

    bool start_array(std::size_t) override {
        if (rows_) return row_container(Value::list);
        if (stack_.size() == 2 && member_key_ == "rows" && stack_.back()->is_object()) {
            const int t = tables_.find(top_key_);
            if (t >= 0 && can_stream_rows(*tables_.all[size_t(t)])) return start_rows(size_t(t));
        }
        if (stack_.size() == 1) items_ = streamable_items(top_key_);
        stack_.push_back(place(json::array()));
        return true;
    }
    bool end_array() override {
        if (!rows_) return end_container();
        if (in_row_) return end_row();
        rows_ = nullptr;
        return true;
    }

    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
        std::string what = e.what();  // "[json.exception.parse_error.101] parse error at line 3, ..."
        const size_t tag_end = what.find("] ");
        if (tag_end != std::string::npos) what = what.substr(tag_end + 2);
        syntax_error = "not valid JSON: " + valid_utf8(what);
        return false;
    }

private:
    // nlohmann quotes the bytes it last read, invalid UTF-8 included ("last read: '"Caf\xE9'"); a message
    // must be valid UTF-8 to be shown and to travel as JSON (window.retain.state()), so such bytes
    // become U+FFFD.
    static std::string valid_utf8(const std::string& text) {
        std::string out;
        out.reserve(text.size());
        for (size_t i = 0; i < text.size();) {
            const unsigned char c = static_cast<unsigned char>(text[i]);
            const size_t n = c < 0x80 ? 1 : utf8_length(text, i);
            if (n == 0) {
                out += "\xEF\xBF\xBD";
                ++i;
            } else {
                out.append(text, i, n);
                i += n;
            }
        }
        return out;
    }

    // ---- the tree ----
    json* place(json&& v) {
        if (stack_.empty()) {
            root = std::move(v);
            return &root;
        }
        json& parent = *stack_.back();
        if (parent.is_array()) {
            parent.push_back(std::move(v));
            return &parent.back();
        }
        *member_ = std::move(v);
        return member_;
    }

    // `v` as the decoders see it, `raw` as the tree keeps it.
    template <typename Raw>
    bool value(const Value& v, const Raw& raw) {
        if (rows_) return row_value(v);
        json* placed = place(json(raw));
        if (stack_.size() == 1) return top_level_value(*placed);
        if (stack_.size() == 2 && items_) return item_done(*placed);
        return true;
    }

    bool end_container() {
        json* done = stack_.back();
        stack_.pop_back();
        if (stack_.size() == 2 && items_) return item_done(*done);
        if (stack_.size() == 1) return top_level_value(*done);
        return true;
    }

    // ---- what may be decoded while parsing ----
    bool top_level_value(const json& v) {
        if (top_key_ == kSchemaKey) schema_ok_ = check_schema(d_, v);
        if (top_key_ == kVersionKey) {
            int64_t version = 0;
            if (!check_version(d_, v, version)) return false;
            version_ok_ = version == kWorkspaceFormatVersion;  // older files are migrated as a tree
        }
        if (!d_.error.empty()) return false;
        if (top_key_ == kKeyFeaturesKey && header_ok()) {
            if (!read_key_features(d_, v)) return false;
            streamed.key_features = true;
        }
        if (top_key_ == kAccounts.name && items_) accounts_done_ = true;
        items_ = nullptr;
        return true;
    }

    bool header_ok() const { return schema_ok_ && version_ok_; }

    // How to decode the items of the top-level list `list` as they close, or null to keep it as a tree.
    AddItem streamable_items(const std::string& list) {
        if (!header_ok() || (list == kContacts.name && !accounts_done_)) return nullptr;
        for (size_t l = 0; l < kItemLists.size(); ++l) {
            if (list != kItemLists[l].name) continue;
            streamed.lists[l] = true;
            return kItemLists[l].add;
        }
        return nullptr;
    }
    bool item_done(json& item) {
        const size_t index = stack_.back()->size() - 1;
        if (!items_(d_, item, index)) return false;
        item = nullptr;  // decoded: drop it from the tree
        return true;
    }

    bool can_stream_rows(const TableSink& table) const {
        if (!header_ok() || !accounts_done_ || !stack_.back()->contains("fields")) return false;
        return !table.names_key_features() || streamed.key_features;
    }

    // ---- rows ----
    bool start_rows(size_t t) {
        TableSink& table = *tables_.all[t];
        if (!table.bind(d_, (*stack_.back())["fields"])) return false;
        place(json::array());  // the tree keeps an empty "rows"
        streamed.tables[t] = true;
        rows_ = &table;
        row_ = 0;
        in_row_ = false;
        return true;
    }
    bool row_container(Value::Kind kind) {
        if (!in_row_ && kind == Value::list) {
            in_row_ = true;
            cells_used_ = 0;
            return true;
        }
        if (!in_row_) return row_shape_error(d_, rows_->name(), row_, rows_->width(), "an object");
        return d_.fail(at(std::string(rows_->name()) + ".rows", row_),
                       "value " + std::to_string(cells_used_) + " is " +
                           (kind == Value::list ? "a list" : "an object") +
                           "; a row holds text, numbers, true, false or null");
    }
    bool row_value(const Value& v) {
        if (!in_row_) return row_shape_error(d_, rows_->name(), row_, rows_->width(), describe(v));
        if (cells_used_ == cells_.size()) {
            cells_.emplace_back();
            texts_.emplace_back();
        }
        cells_[cells_used_] = v;
        if (v.kind == Value::text) texts_[cells_used_].assign(v.s);  // the parser reuses its buffer
        ++cells_used_;
        return true;
    }
    bool end_row() {
        in_row_ = false;
        if (cells_used_ != rows_->width())
            return row_shape_error(d_, rows_->name(), row_, rows_->width(), std::to_string(cells_used_) + " values");
        for (size_t i = 0; i < cells_used_; ++i)
            if (cells_[i].kind == Value::text) cells_[i].s = texts_[i];
        return rows_->add(d_, cells_.data(), row_++);
    }

    Decoder& d_;
    Tables& tables_;
    std::vector<json*> stack_;  // open containers; stack_[0] is the root
    json* member_ = nullptr;    // the object member the next value fills
    std::string top_key_;       // the top-level member being read
    std::string member_key_;    // the member of a top-level object being read ("fields", "rows")
    bool schema_ok_ = false, version_ok_ = false, accounts_done_ = false;
    AddItem items_ = nullptr;   // decodes items of the top-level list being read, when streaming it
    TableSink* rows_ = nullptr; // the table whose rows are being streamed
    size_t row_ = 0;
    bool in_row_ = false;
    std::vector<Value> cells_;
    std::vector<std::string> texts_;
    size_t cells_used_ = 0;
};

}  // namespace

bool load_workspace_json(std::string_view text, Workspace& out, std::string& error) {
    return load_workspace_json(text, out, error, WorkspaceReadOptions{});
}

bool load_workspace_json(std::string_view text, Workspace& out, std::string& error, const WorkspaceReadOptions& options) {
    // Nothing here throws on bad input: the SAX parser reports syntax errors to parse_error, and the
    // decoders never call at() or get<T>() on unchecked values. The catch is for running out of memory,
    // which must not escape into the page either.
    try {
        Workspace ws;
        Decoder d{ws, {}, {}, {}, options.accept_newer};
        Tables tables(ws);
        StreamingReader reader(d, tables);
        const bool parsed = json::sax_parse(text.begin(), text.end(), &reader);
        if (!parsed || !decode_rest(d, reader.root, tables, reader.streamed)) {
            error = !d.error.empty() ? d.error : !reader.syntax_error.empty() ? reader.syntax_error : "not valid JSON";
            return false;
        }
        ws.reindex();
        ws.sort_rows();
        out = std::move(ws);
        return true;
    } catch (const std::exception& e) {
        error = std::string("could not read the workspace: ") + e.what();
        return false;
    }
}

}  // namespace retain
