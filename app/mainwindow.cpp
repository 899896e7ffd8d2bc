// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/mainwindow.h"

#include "core/db/projectstore.h"
#include "core/io/sampleproject.h"
#include "core/util/tareerror.h"
#include "core/models/projectsummarymodel.h"
#include "widgets/projectoverviewwidget.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent>

namespace tare {

namespace {

struct LoadResult
{
    ProjectSummary summary;
    QString error;
};

} // namespace

MainWindow::MainWindow(const QString& sampleDataDir, QWidget* parent)
    : QMainWindow(parent)
    , m_sampleDataDir(sampleDataDir)
    , m_summaryModel(new ProjectSummaryModel(this))
    , m_overview(new ProjectOverviewWidget(m_summaryModel, this))
{
    setWindowTitle(tr("Tare"));
    setCentralWidget(m_overview);
    resize(1000, 640);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::chooseProject);
    file->addAction(tr("Open &Sample Project"), this, [this] { openProject(sampleProjectPath(), true); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tare"), this, [this] {
        QMessageBox::about(this, tr("About Tare"),
                           tr("Tare %1\nA workbench for LLM-guided, test-time refinement of query embeddings.")
                               .arg(QCoreApplication::applicationVersion()));
    });
    statusBar()->showMessage(tr("Ready"));
}

QString MainWindow::sampleProjectPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("sample.tare"));
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), {}, tr("Tare projects (*.tare);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::openProject(const QString& path, bool createSample)
{
    m_overview->showMessage(tr("Opening %1…").arg(path));
    statusBar()->showMessage(tr("Opening %1…").arg(path));
    const QString sampleDir = m_sampleDataDir;
    // SQLite work stays off the GUI thread: the worker opens its own connection and returns values.
    QtConcurrent::run([path, createSample, sampleDir] {
        LoadResult result;
        try {
            ProjectStore store(path, createSample ? ProjectStore::OpenMode::CreateIfMissing
                                                  : ProjectStore::OpenMode::OpenExisting);
            if (createSample) {
                if (sampleDir.isEmpty())
                    throw TareError(TareError::Kind::Io, QCoreApplication::translate("tare::MainWindow", "the sample_data folder was not found"));
                SampleProject::ensureImported(store, sampleDir);
            }
            result.summary = store.summary();
        } catch (const TareError& error) {
            result.error = error.message();
        }
        return result;
    }).then(this, [this, path](const LoadResult& result) {
        if (!result.error.isEmpty()) {
            m_overview->showMessage(result.error);
            statusBar()->showMessage(tr("Could not open %1").arg(path));
            Q_EMIT projectFailed(result.error);
            return;
        }
        m_summaryModel->setSummary(result.summary);
        setWindowTitle(tr("%1 — Tare").arg(QFileInfo(path).fileName()));
        statusBar()->showMessage(tr("Opened %1").arg(path));
        Q_EMIT projectLoaded(path);
    });
}

} // namespace tare
