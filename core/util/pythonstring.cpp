// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/util/pythonstring.h"

namespace tare::PythonString {

bool isSpace(char32_t c)
{
    // CPython's _PyUnicode_IsWhitespace: bidirectional types WS, B and S, plus the Zs category.
    switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D:
    case 0x1C: case 0x1D: case 0x1E: case 0x1F: case 0x20:
    case 0x85: case 0xA0: case 0x1680:
    case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
    case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
    case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
        return true;
    default:
        return false;
    }
}

QString strip(const QString& text)
{
    // White space is in the BMP, so code units suffice: a surrogate is never white space.
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text[begin].unicode()))
        ++begin;
    while (end > begin && isSpace(text[end - 1].unicode()))
        --end;
    return text.mid(begin, end - begin);
}

} // namespace tare::PythonString
