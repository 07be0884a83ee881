// Value coercion for imported spreadsheet cells: text in, domain values out. One include for the importer.
//
// - value_parse_date.hpp    dates (ISO, US, European, month names, Unix times) and DateColumnDetector,
//                           which decides a column's day/month order and reports when it could not
// - value_parse_money.hpp   amounts into Money (symbols, codes, separators, negatives, minor units),
//                           MoneyColumnDetector (decimal mark and currencies of a column)
// - value_parse_number.hpp  percentages and whole numbers (and the decimal-number grammar they share)
// - value_parse_bool.hpp    yes/no cells
//
// Common rules:
// - Pure functions over std::string_view, no I/O, no exceptions, no allocation when a cell reads well:
//   they run on millions of cells.
// - Surrounding spaces (ASCII and the Unicode ones spreadsheets write) are ignored, and a cell with
//   nothing else in it is no value, never an error; whether the field may be missing is the importer's call.
// - A refused cell gets its message from the matching *_error function, built only then: what was
//   expected and the cell quoted (`expected an amount like 1,234.56, got "12abc"`). The importer adds
//   file, line and column.
// - Ambiguity is decided per column, never per cell: the detectors see every value of a column first and
//   say what they chose, why (quoting the deciding row), and whether the choice was only a default.
#pragma once

#include "io/value_parse_bool.hpp"
#include "io/value_parse_date.hpp"
#include "io/value_parse_money.hpp"
#include "io/value_parse_number.hpp"
