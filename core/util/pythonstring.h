// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tare::PythonString {

/// Whether Python's `str.isspace()` holds for the code point (Unicode white space and the
/// separators U+001C..U+001F, which QChar::isSpace() does not count).
bool isSpace(char32_t codePoint);

/// `text.strip()` as Python does it: white space by isSpace() removed from both ends.
QString strip(const QString& text);

} // namespace tare::PythonString
