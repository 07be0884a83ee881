// bench_dataset: writes the benchmark dataset (issue 9) as the CSV exports a small SaaS company would
// hand Retain, byte-identical on every machine for the same options:
//
//   accounts.csv       100,000 accounts, CRM style: quoted names with commas, "$1,234.50" money,
//                      ISO dates, enum words, tags; routed to accounts by its headers
//   usage.csv          1,000,000 rows, product-analytics style: account, month, active users, logins,
//                      three feature counts (become key features); ordered by month, then account, as
//                      analytics tools export them (so the import has to sort them by account)
//   subscriptions.csv  about one per account, billing style (Stripe-like headers)
//   mrr.csv            24 months of MRR per account while it was a customer
//   tickets.csv        200,000 tickets, help-desk style
//   surveys.csv        100,000 NPS / CSAT responses
//   manifest.json      options, and per file its rows and bytes
//
// Why its own generator rather than `retain demo` + export: the benchmark needs exact row counts that do
// not move when the demo's story changes, and the shapes real exports have (quotes, currency symbols)
// rather than the export's own clean format. Only integer arithmetic on a splitmix64 stream: no
// std:: distributions, whose output differs between standard libraries.
//
//   bench_dataset --out DIR [--accounts N] [--usage N] [--tickets N] [--surveys N] [--months N]
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "core/date.hpp"

namespace {

using retain::Date;
using retain::Month;

struct Options {
    std::string out;
    int64_t accounts = 100000;
    int64_t usage = 1000000;
    int64_t tickets = 200000;
    int64_t surveys = 100000;
    int32_t months = 24;
};

// splitmix64: tiny, fast, and the same sequence everywhere.
struct Random {
    uint64_t state;
    uint64_t next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int64_t below(int64_t n) { return int64_t(next() % uint64_t(n)); }
    bool chance(int percent) { return below(100) < percent; }
};

// A file written through one large buffer: fputs per row would dominate the generator's time.
class CsvFile {
public:
    CsvFile(const std::string& path) : file_(std::fopen(path.c_str(), "wb")) {
        if (!file_) {
            std::fprintf(stderr, "bench_dataset: cannot write %s\n", path.c_str());
            std::exit(1);
        }
    }
    ~CsvFile() {
        flush();
        std::fclose(file_);
    }
    CsvFile& operator<<(const std::string& s) { return append(s.data(), s.size()); }
    CsvFile& operator<<(const char* s) { return append(s, std::strlen(s)); }
    CsvFile& operator<<(char c) { return append(&c, 1); }
    CsvFile& operator<<(int64_t v) { return *this << std::to_string(v); }
    void end_row() {
        *this << '\n';
        ++rows_;
    }
    uint64_t rows() const { return rows_; }
    uint64_t bytes() const { return bytes_; }

private:
    CsvFile& append(const char* p, size_t n) {
        buffer_.append(p, n);
        bytes_ += n;
        if (buffer_.size() > (1u << 20)) flush();
        return *this;
    }
    void flush() {
        std::fwrite(buffer_.data(), 1, buffer_.size(), file_);
        buffer_.clear();
    }
    std::FILE* file_;
    std::string buffer_;
    uint64_t rows_ = 0;  // data rows (the header is not counted)
    uint64_t bytes_ = 0;
};

const char* const kWords[] = {"Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Tyrell", "Cyberdyne",
                              "Soylent", "Hooli", "Vandelay", "Pied Piper", "Wonka", "Gringotts", "Oscorp",
                              "Aperture", "Black Mesa", "Massive", "Nakatomi", "Dunder"};
const char* const kSuffixes[] = {"Inc.", "LLC", "Ltd", "GmbH", "Labs", "Group", "Systems", "Analytics"};
const char* const kIndustries[] = {"Software", "Retail", "Healthcare", "Finance", "Education", "Logistics",
                                   "Manufacturing", "Media"};
const char* const kStages[] = {"onboarding", "adoption", "value realization", "renewal", "expansion", "advocacy"};
const char* const kPriorities[] = {"low", "normal", "normal", "normal", "high", "urgent"};
const char* const kComments[] = {"", "", "Great support", "Reports are slow", "Missing SSO, please add",
                                 "Love the dashboards", "Pricing is \"too high\" for us"};

template <typename T, size_t N>
const T& pick(Random& r, const T (&items)[N]) {
    return items[size_t(r.below(int64_t(N)))];
}

std::string account_id(int64_t a) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "ACC-%06lld", static_cast<long long>(a));
    return buf;
}

// "$12,345.67": what CRMs put in currency columns.
std::string dollars(int64_t cents) {
    std::string whole = std::to_string(cents / 100);
    for (int i = int(whole.size()) - 3; i > 0; i -= 3) whole.insert(size_t(i), ",");
    char frac[4];
    std::snprintf(frac, sizeof frac, "%02lld", static_cast<long long>(cents % 100));
    return "\"$" + whole + "." + frac + "\"";
}

// Per account, the facts the other files agree on.
struct AccountFacts {
    Date start;
    Date churn;  // empty while a customer
    int64_t mrr_cents = 0;
    int64_t seats = 0;
};

bool parse_args(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) return false;
        const char* value = argv[++i];
        if (arg == "--out") o.out = value;
        else if (arg == "--accounts") o.accounts = std::atoll(value);
        else if (arg == "--usage") o.usage = std::atoll(value);
        else if (arg == "--tickets") o.tickets = std::atoll(value);
        else if (arg == "--surveys") o.surveys = std::atoll(value);
        else if (arg == "--months") o.months = std::atoi(value);
        else return false;
    }
    return !o.out.empty() && o.accounts > 0 && o.months > 0 && o.usage >= 0 && o.tickets >= 0 && o.surveys >= 0;
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    if (!parse_args(argc, argv, o)) {
        std::fprintf(stderr, "usage: bench_dataset --out DIR [--accounts N] [--usage N] [--tickets N] [--surveys N] [--months N]\n");
        return 2;
    }
    const Date end = Date::from_ymd(2026, 10, 31);
    const Month last_month = Month::of(end);
    const Month first_month = last_month.plus(-(o.months - 1));
    Random rng{20261115};
    std::vector<AccountFacts> facts(size_t(o.accounts));

    CsvFile accounts(o.out + "/accounts.csv");
    accounts << "Account ID,Account Name,Domain,Industry,Segment,Account Owner,Plan,Seats,Contract Start Date,"
                "Renewal Date,Lifecycle Stage,Status,Churn Date,MRR,Tags\n";
    for (int64_t a = 0; a < o.accounts; ++a) {
        AccountFacts& f = facts[size_t(a)];
        const int64_t segment = rng.below(10);  // 1 enterprise, 3 mid-market, 6 SMB in 10
        f.seats = segment == 0 ? 200 + rng.below(2000) : segment < 4 ? 30 + rng.below(200) : 1 + rng.below(30);
        f.mrr_cents = f.seats * (segment == 0 ? 6000 : segment < 4 ? 4500 : 2900) + rng.below(100) * 25;
        f.start = end.plus_days(-int32_t(30 + rng.below(1400)));
        if (rng.chance(12)) f.churn = f.start.plus_days(int32_t(30 + rng.below(std::max(1, end - f.start - 30))));
        const std::string word = pick(rng, kWords);
        std::string name = word + " " + std::to_string(a) + ", " + pick(rng, kSuffixes);
        std::string domain = word + std::to_string(a) + ".example";
        for (char& c : domain) c = c == ' ' ? '-' : char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        const Date renewal = Date::from_ymd(end.ymd().year + 1, f.start.ymd().month, std::min(f.start.ymd().day, 28));
        accounts << account_id(a) << ",\"" << name << "\"," << domain << ',' << pick(rng, kIndustries) << ','
                 << (segment == 0 ? "Enterprise" : segment < 4 ? "Mid-market" : "SMB") << ",csm-"
                 << int64_t(1 + rng.below(40)) << ',' << (segment == 0 ? "Enterprise" : segment < 4 ? "Business" : "Starter")
                 << ',' << f.seats << ',' << retain::format_iso(f.start) << ','
                 << (f.churn.ok() ? "" : retain::format_iso(renewal)) << ',' << pick(rng, kStages) << ','
                 << (f.churn.ok() ? "churned" : "active") << ',' << retain::format_iso(f.churn) << ','
                 << dollars(f.mrr_cents) << ',' << (rng.chance(20) ? "\"strategic; multi-region\"" : rng.chance(20) ? "beta" : "");
        accounts.end_row();
    }

    // Month by month, every account once per month in turn, until the requested rows are written.
    CsvFile usage(o.out + "/usage.csv");
    usage << "Account ID,Date,Active Users,Logins,Reports Viewed,Dashboards Created,Exports\n";
    for (int64_t i = 0; i < o.usage; ++i) {
        const int64_t a = i % o.accounts;
        const int64_t periods = (o.usage + o.accounts - 1) / o.accounts;
        const Month m = last_month.plus(-int32_t(periods - 1 - i / o.accounts));
        const int64_t seats = facts[size_t(a)].seats;
        const int64_t active = seats - rng.below(seats / 2 + 1);
        usage << account_id(a) << ',' << retain::format_iso(m.first_day()) << ',' << active << ','
              << int64_t(active * (2 + rng.below(20))) << ',' << rng.below(500) << ',' << rng.below(40) << ','
              << rng.below(25);
        usage.end_row();
    }

    CsvFile subscriptions(o.out + "/subscriptions.csv");
    subscriptions << "id,Customer ID,Plan,Start Date (UTC),Ended At (UTC),Amount,Interval,Quantity\n";
    for (int64_t a = 0; a < o.accounts; ++a) {
        const AccountFacts& f = facts[size_t(a)];
        const bool yearly = rng.chance(30);
        const int64_t unit = f.mrr_cents / f.seats;
        subscriptions << "sub_" << account_id(a) << ',' << account_id(a) << ",plan_" << int64_t(rng.below(6)) << ','
                      << retain::format_iso(f.start) << ',' << retain::format_iso(f.churn) << ','
                      << std::to_string((yearly ? unit * 12 : unit) / 100) << '.' << std::to_string((yearly ? unit * 12 : unit) % 100 / 10)
                      << std::to_string((yearly ? unit * 12 : unit) % 10) << ',' << (yearly ? "year" : "month") << ','
                      << f.seats;
        subscriptions.end_row();
    }

    CsvFile mrr(o.out + "/mrr.csv");
    mrr << "Customer,Month,MRR\n";
    for (int64_t a = 0; a < o.accounts; ++a) {
        const AccountFacts& f = facts[size_t(a)];
        for (Month m = first_month; m <= last_month; m = m.plus(1)) {
            if (Month::of(f.start) > m || (f.churn.ok() && Month::of(f.churn) <= m)) continue;
            const int64_t cents = f.mrr_cents - (last_month - m) * (f.mrr_cents / 100);
            mrr << account_id(a) << ',' << retain::format_iso(m) << ',' << std::to_string(cents / 100) << '.'
                << std::to_string(cents % 100 / 10) << std::to_string(cents % 10);
            mrr.end_row();
        }
    }

    CsvFile tickets(o.out + "/tickets.csv");
    tickets << "Ticket ID,Account ID,Created at,Solved at,Priority,Status,Satisfaction Score\n";
    for (int64_t t = 0; t < o.tickets; ++t) {
        const int64_t a = rng.below(o.accounts);
        const Date opened = end.plus_days(-int32_t(rng.below(365 * 2)));
        const bool solved = rng.chance(85) && opened < end;
        const Date closed = solved ? std::min(end, opened.plus_days(int32_t(rng.below(20)))) : Date{};
        tickets << int64_t(100000 + t) << ',' << account_id(a) << ',' << retain::format_iso(opened) << ','
                << retain::format_iso(closed) << ',' << pick(rng, kPriorities) << ',' << (solved ? "solved" : "open") << ','
                << (solved ? (rng.chance(80) ? "Good" : rng.chance(50) ? "Bad" : "Offered") : "Not Offered");
        tickets.end_row();
    }

    CsvFile surveys(o.out + "/surveys.csv");
    surveys << "Account ID,Date,Survey Type,Score,Comment\n";
    for (int64_t s = 0; s < o.surveys; ++s) {
        const int64_t a = rng.below(o.accounts);
        const bool nps = rng.chance(70);
        std::string comment = pick(rng, kComments);
        if (comment.find('"') != std::string::npos) {  // CSV doubles quotes inside a quoted field
            std::string q;
            for (char c : comment) q += c == '"' ? std::string("\"\"") : std::string(1, c);
            comment = "\"" + q + "\"";
        } else if (comment.find(',') != std::string::npos) {
            comment = "\"" + comment + "\"";
        }
        surveys << account_id(a) << ',' << retain::format_iso(end.plus_days(-int32_t(rng.below(700)))) << ','
                << (nps ? "NPS" : "CSAT") << ',' << (nps ? rng.below(11) : 1 + rng.below(5)) << ',' << comment;
        surveys.end_row();
    }

    CsvFile manifest(o.out + "/manifest.json");
    manifest << "{\n  \"generator\": \"bench_dataset\",\n  \"options\": {\"accounts\": " << o.accounts
             << ", \"usage\": " << o.usage << ", \"tickets\": " << o.tickets << ", \"surveys\": " << o.surveys
             << ", \"months\": " << int64_t(o.months) << "},\n  \"files\": {\n";
    const std::pair<const char*, const CsvFile*> files[] = {{"accounts", &accounts}, {"usage", &usage},
                                                            {"subscriptions", &subscriptions}, {"mrr", &mrr},
                                                            {"tickets", &tickets}, {"surveys", &surveys}};
    for (size_t i = 0; i < 6; ++i)
        manifest << "    \"" << files[i].first << "\": {\"file\": \"" << files[i].first << ".csv\", \"rows\": "
                 << int64_t(files[i].second->rows()) << ", \"bytes\": " << int64_t(files[i].second->bytes()) << "}"
                 << (i + 1 < 6 ? ",\n" : "\n");
    manifest << "  }\n}\n";
    return 0;
}
