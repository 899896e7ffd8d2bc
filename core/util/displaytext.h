// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

/// Values from files and servers (ids, names, error texts) as they may be shown on a terminal or
/// in a message: control characters and invisible formatting characters (terminal escapes, bidi
/// overrides, a byte-order mark) are written out as escapes, and long values are cut with "…",
/// so a hostile id can neither drive the terminal nor flood it. Pure functions; any thread.
namespace tare::DisplayText {

/// The longest value shown whole by default (characters).
constexpr qsizetype DefaultMaxChars = 120;

/// `text` with \n, \r, \t, \xHH (other C0, DEL, C1 controls) and \u{HHHH} (format characters
/// such as U+202E or U+FEFF, line and paragraph separators) escaped; longer than `maxChars`
/// characters it is cut and ends with "…". Only the first `maxChars` characters are read.
QString escaped(QStringView text, qsizetype maxChars = DefaultMaxChars);
/// The same for UTF-8 bytes (invalid sequences shown as U+FFFD); reads at most 4 bytes per
/// character shown, so a 50 MB value costs nothing.
QString escaped(QByteArrayView utf8, qsizetype maxChars = DefaultMaxChars);
/// UTF-8 decoded as it is: unlike QString::fromUtf8(), a leading byte-order mark is kept (so it
/// can be shown, and judged), invalid sequences become U+FFFD.
QString decodeUtf8(QByteArrayView utf8);
/// A document in one table cell or tip: "title — text", the text alone when it has no title.
QString titled(const QString& title, const QString& text);
/// escaped() with room for long messages: line breaks are kept, everything else as above.
QString escapedMessage(QStringView text, qsizetype maxChars = 4000);

} // namespace tare::DisplayText
