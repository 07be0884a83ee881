// Font Awesome 4.7 glyphs used by the UI, as UTF-8 string literals. The font is Debian's
// fonts-font-awesome TTF, merged into the UI font at start (src/app/fonts.cpp); these are its code points.
#pragma once

#define ICON_OVERVIEW "\xEF\x83\xA4"  // U+F0E4
#define ICON_ACCOUNTS "\xEF\x86\xAD"  // U+F1AD
#define ICON_HEALTH "\xEF\x88\x9E"  // U+F21E
#define ICON_REVENUE "\xEF\x88\x81"  // U+F201
#define ICON_PLAYBOOKS "\xEF\x82\xAE"  // U+F0AE
#define ICON_RENEWALS "\xEF\x80\xA1"  // U+F021
#define ICON_TEAM "\xEF\x83\x80"  // U+F0C0
#define ICON_VOICE "\xEF\x82\x86"  // U+F086
#define ICON_PROGRAM "\xEF\x84\x9E"  // U+F11E
#define ICON_JOURNEY "\xEF\x89\xB9"  // U+F279 (map)
#define ICON_DATA "\xEF\x87\x80"  // U+F1C0
#define ICON_SEARCH "\xEF\x80\x82"  // U+F002
#define ICON_MOON "\xEF\x86\x86"  // U+F186
#define ICON_SUN "\xEF\x86\x85"  // U+F185
#define ICON_CLOSE "\xEF\x80\x8D"  // U+F00D
#define ICON_SORT_UP "\xEF\x83\x9E"  // U+F0DE
#define ICON_SORT_DOWN "\xEF\x83\x9D"  // U+F0DD
#define ICON_WARNING "\xEF\x81\xB1"  // U+F071
#define ICON_INFO "\xEF\x81\x9A"  // U+F05A
#define ICON_USER "\xEF\x80\x87"  // U+F007
#define ICON_BARS "\xEF\x83\x89"  // U+F0C9
#define ICON_CALENDAR "\xEF\x81\xB3"  // U+F073
#define ICON_MONEY "\xEF\x83\x96"  // U+F0D6
#define ICON_DESKTOP "\xEF\x84\x88"  // U+F108
#define ICON_MAGIC "\xEF\x83\x90"  // U+F0D0
#define ICON_TRASH "\xEF\x87\xB8"  // U+F1F8
#define ICON_PENCIL "\xEF\x81\x80"  // U+F040
#define ICON_UNDO "\xEF\x83\xA2"  // U+F0E2
#define ICON_KEYBOARD "\xEF\x84\x9C"  // U+F11C
#define ICON_QUESTION "\xEF\x81\x99"  // U+F059
#define ICON_EXTERNAL "\xEF\x82\x8E"  // U+F08E
#define ICON_STAR "\xEF\x80\x85"  // U+F005
#define ICON_BOLT "\xEF\x83\xA7"  // U+F0E7
#define ICON_CIRCLE "\xEF\x84\x91"  // U+F111
#define ICON_TICKET "\xEF\x85\x85"  // U+F145
#define ICON_COMMENT "\xEF\x81\xB5"  // U+F075
#define ICON_PHONE "\xEF\x82\x95"  // U+F095
#define ICON_ENVELOPE "\xEF\x83\xA0"  // U+F0E0
#define ICON_DOWNLOAD "\xEF\x80\x99"  // U+F019
#define ICON_TABLE "\xEF\x83\x8E"  // U+F0CE
#define ICON_SAVE "\xEF\x83\x87"  // U+F0C7
#define ICON_CHECK "\xEF\x80\x8C"  // U+F00C
#define ICON_COLUMNS "\xEF\x83\x9B"  // U+F0DB
#define ICON_ARROW_UP "\xEF\x81\xA2"  // U+F062
#define ICON_ARROW_DOWN "\xEF\x81\xA3"  // U+F063
#define ICON_ARROW_RIGHT "\xEF\x81\xA1"  // U+F061
#define ICON_CIRCLE_OPEN "\xEF\x84\x8C"  // U+F10C (circle-o)
#define ICON_EXCLAMATION_CIRCLE "\xEF\x81\xAA"  // U+F06A
#define ICON_CHECK_CIRCLE "\xEF\x81\x98"  // U+F058

// Every icon above, and only these, are rasterized into the font atlas (fonts.cpp): the font's whole
// range was ~680 glyphs in each of two sizes, most of the atlas and of the first frame's time. A view
// test checks that every ICON_ defined here is listed.
inline constexpr const char* kUsedIcons[] = {
    ICON_OVERVIEW, ICON_ACCOUNTS, ICON_HEALTH, ICON_REVENUE, ICON_PLAYBOOKS, ICON_RENEWALS, ICON_TEAM,
    ICON_VOICE, ICON_PROGRAM, ICON_JOURNEY, ICON_DATA, ICON_SEARCH, ICON_MOON, ICON_SUN, ICON_CLOSE,
    ICON_SORT_UP, ICON_SORT_DOWN, ICON_WARNING, ICON_INFO, ICON_USER, ICON_BARS, ICON_CALENDAR, ICON_MONEY,
    ICON_DESKTOP, ICON_MAGIC, ICON_TRASH, ICON_PENCIL, ICON_UNDO, ICON_KEYBOARD, ICON_QUESTION, ICON_EXTERNAL,
    ICON_STAR, ICON_BOLT, ICON_CIRCLE, ICON_TICKET, ICON_COMMENT, ICON_PHONE, ICON_ENVELOPE, ICON_DOWNLOAD,
    ICON_TABLE, ICON_SAVE, ICON_CHECK, ICON_COLUMNS, ICON_ARROW_UP, ICON_ARROW_DOWN, ICON_ARROW_RIGHT,
    ICON_CIRCLE_OPEN, ICON_EXCLAMATION_CIRCLE, ICON_CHECK_CIRCLE,
};
