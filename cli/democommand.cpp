// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/democommand.h"

#include "cli/clisupport.h"
#include "cli/infocommand.h"
#include "core/db/projectstore.h"
#include "core/io/sampleproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace tare::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("tare-cli", text);
}
}

int DemoCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption project(QStringLiteral("project"),
                                     tr("Project file to use (default: sample.tare in the user's data folder)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption sampleData(QStringLiteral("sample-data"), tr("The sample_data folder."), QStringLiteral("DIR"));
    parser.addOptions({project, sampleData});
    if (!parseOrExplain(parser, arguments, tr("Import the bundled sample data and show the result, offline.")))
        return ExitUsage;
    return guarded([&] {
        QString path = parser.value(project);
        if (path.isEmpty()) {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            QDir().mkpath(dir);
            path = QDir(dir).filePath(QStringLiteral("sample.tare"));
        }
        QStringList candidates{parser.value(sampleData), QStringLiteral(TARE_SAMPLE_DATA_DIR),
                               QCoreApplication::applicationDirPath() + QStringLiteral("/../share/tare/sample_data")};
        candidates.removeAll(QString());
        const QString sampleDir = SampleProject::findSampleData(candidates);
        if (sampleDir.isEmpty())
            throw TareError(TareError::Kind::Io, tr("cannot find the sample_data folder; pass --sample-data DIR"));
        ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
        const QStringList imported = SampleProject::ensureImported(store, sampleDir);
        if (!imported.isEmpty())
            out() << tr("Imported the sample datasets %1 from %2").arg(imported.join(QStringLiteral(", ")), sampleDir)
                  << Qt::endl;
        InfoCommand::print(store.summary());
        return int(ExitOk);
    });
}

} // namespace tare::cli
