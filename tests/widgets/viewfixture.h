// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "projectbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QTest>
#include <QWidget>

// The real project the view tests look at: the bundled sample imported, the built-in embedder
// fitted on nuance (400 documents, 23 queries) and two finished runs over it: the gold judge and
// a simulated judge that flips a quarter of the labels, so feedback disagrees with gold.
namespace ViewFixture {

struct SampleProjectRuns
{
    QString path;
    qint64 datasetId = 0;
    qint64 goldRun = 0;
    qint64 noisyRun = 0;
    int steps = 0;
};

inline SampleProjectRuns build(const QString& path)
{
    SampleProjectRuns result;
    result.path = path;
    tare::ProjectStore store(path, tare::ProjectStore::OpenMode::CreateIfMissing);
    tare::RunSettings settings = TestUtils::sampleRunSettings(store);
    result.datasetId = settings.datasetId;
    result.steps = settings.refine.steps;
    result.goldRun = TestUtils::runToEnd(store, settings);
    settings.judgeSpec = QStringLiteral("simulated:flip=0.25,seed=7");
    result.noisyRun = TestUtils::runToEnd(store, settings);
    return result;
}

/// Saves a picture of a view into the build tree (tests/widgets/screenshots/NAME.png).
inline void saveScreenshot(QWidget& widget, const QString& name)
{
    QTest::qWait(100); // charts lay out their axes and legends on the next turns of the event loop
    const QDir dir(QCoreApplication::applicationDirPath());
    dir.mkpath(QStringLiteral("screenshots"));
    const QImage image = widget.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(dir.filePath(QStringLiteral("screenshots/%1.png").arg(name))));
}

} // namespace ViewFixture
