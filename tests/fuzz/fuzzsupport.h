// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projectstore.h"
#include "core/io/beirimporter.h"
#include "core/util/tareerror.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

// Shared by the libFuzzer targets (one executable per parser or importer, see tests/fuzz/README.md).
// Importers read files, so each input is written to a file on tmpfs and imported into a fresh copy
// of a small template project (the sample dataset "nuance"), so that every input starts from the
// same state and ids in the seeds resolve. A TareError is the expected answer to bad input; any
// other exception, a crash, a leak or undefined behaviour is a bug that libFuzzer reports.
namespace tare::fuzz {

/// A scratch folder, on /dev/shm when there is one (the fuzzers write a file per input).
inline const QTemporaryDir& scratch()
{
    static const QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                       ? QStringLiteral("/dev/shm/tare-fuzz-XXXXXX")
                                       : QDir::tempPath() + QStringLiteral("/tare-fuzz-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "tare fuzz: cannot create a scratch folder\n");
        std::abort();
    }
    return dir;
}

inline QString writeInput(const QString& relative, QByteArrayView bytes)
{
    const QString path = scratch().filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "tare fuzz: cannot write %s\n", qPrintable(path));
        std::abort();
    }
    file.write(bytes.data(), bytes.size());
    return path;
}

inline QByteArrayView inputBytes(const uint8_t* data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// The dataset of the template project.
inline QString templateDataset()
{
    return QStringLiteral("nuance");
}

/// The template project: sample_data/nuance imported once per process.
inline const QByteArray& templateProject()
{
    static const QByteArray bytes = [] {
        const QString path = scratch().filePath(QStringLiteral("template.tare"));
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            ImportOptions options;
            options.datasetName = templateDataset();
            BeirImporter::run(store, QStringLiteral(TARE_SAMPLE_DATA_DIR "/nuance"), options);
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            std::abort();
        return file.readAll();
    }();
    return bytes;
}

/// A fresh copy of the template project for one input.
inline std::unique_ptr<ProjectStore> freshProject()
{
    const QByteArray& bytes = templateProject();
    const QString path = scratch().filePath(QStringLiteral("input.tare"));
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    writeInput(QStringLiteral("input.tare"), bytes);
    return std::make_unique<ProjectStore>(path);
}

/// The longest line an importer reads for this input: mostly the real limit, for a third of the
/// inputs a small one chosen by the input, so the line-length limit and its messages are fuzzed.
inline qsizetype maxLineBytes(size_t size)
{
    return size % 3 == 0 ? qsizetype(1 + (size / 3) % 512) : LineReader::DefaultMaxLineBytes;
}

/// Runs `step`; a TareError is a fine answer to bad input and is swallowed.
template<class Step>
void tolerateInputErrors(Step&& step)
{
    try {
        step();
    } catch (const TareError&) {
    }
}

} // namespace tare::fuzz
