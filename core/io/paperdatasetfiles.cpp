// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/paperdatasetfiles.h"

#include "core/io/jsonrecord.h"
#include "core/io/linereader.h"
#include "core/io/utf8.h"
#include "core/util/tareerror.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace tare {

void PaperDatasetFiles::checkCancelled(const ProgressSink& sink, qint64 counter)
{
    if (counter % 4096 == 0 && sink.isCancelled())
        throw TareError(TareError::Kind::Cancelled, tr("conversion cancelled; nothing was written"));
}

void PaperDatasetFiles::requireFile(const QString& path)
{
    if (!QFileInfo(path).isFile())
        throw TareError(TareError::Kind::Io, tr("%1: no such file").arg(path));
}

void PaperDatasetFiles::requireFolder(const QString& path)
{
    if (!QFileInfo(path).isDir())
        throw TareError(TareError::Kind::Io, tr("%1: not a folder").arg(path));
}

void PaperDatasetFiles::forEachJsonLine(const QString& path, const ProgressSink& sink,
                                        const std::function<void(const JsonRecord&)>& visit)
{
    requireFile(path);
    LineReader reader(path);
    qint64 records = 0;
    while (reader.next()) {
        if (reader.line().trimmed().isEmpty())
            continue;
        checkCancelled(sink, ++records);
        visit(JsonRecord(reader.line(), path, reader.lineNumber()));
    }
}

QJsonDocument PaperDatasetFiles::readJsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw TareError(TareError::Kind::Io, tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const qsizetype bad = Utf8::firstInvalidByte(bytes);
    if (bad >= 0)
        throw TareError::input(path, 0, tr("invalid UTF-8 at byte %1").arg(bad + 1));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const qint64 line = bytes.left(error.offset).count('\n') + 1;
        throw TareError::input(path, line, tr("malformed JSON: %1").arg(error.errorString()));
    }
    return document;
}

bool PaperDatasetFiles::utf8Less(const QByteArray& a, const QByteArray& b)
{
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                        [](char x, char y) { return quint8(x) < quint8(y); });
}

} // namespace tare
