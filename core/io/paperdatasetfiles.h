// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/progress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

#include <functional>

namespace tare {

class JsonRecord;

/// The file checks and readers the paper dataset conversion shares (PaperDatasetReader and
/// PaperDatasetConverter): files and folders that must exist, JSON lines and whole JSON files
/// read with file, line and reason in every error, and the cancel check of long loops. Pure
/// functions; any thread.
class PaperDatasetFiles
{
    Q_DECLARE_TR_FUNCTIONS(tare::PaperDatasetFiles)

public:
    /// Throws TareError(Cancelled) every 4096th `counter` when the sink reports cancelled.
    static void checkCancelled(const ProgressSink& sink, qint64 counter);
    static void requireFile(const QString& path);
    static void requireFolder(const QString& path);
    /// Calls `visit` for every non-blank line of a JSON-lines file.
    static void forEachJsonLine(const QString& path, const ProgressSink& sink,
                                const std::function<void(const JsonRecord&)>& visit);
    /// A whole JSON file (data_full.json, id2paper.json, one paper), parsed.
    static QJsonDocument readJsonFile(const QString& path);
    /// Byte order of UTF-8 strings (code point order), as Python sorts str.
    static bool utf8Less(const QByteArray& a, const QByteArray& b);
};

} // namespace tare
