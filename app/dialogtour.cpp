// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/dialogtour.h"

#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "app/threadpoolidle.h"
#include "widgets/importdialog.h"
#include "widgets/newspacedialog.h"
#include "widgets/projectoverviewwidget.h"
#include "widgets/settingsdialog.h"
#include "widgets/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTimer>

namespace tare {

namespace {

constexpr int s_checkIntervalMs = ThreadPoolIdle::CheckIntervalMs;
constexpr int s_maxChecks = 300;

} // namespace

DialogTour::DialogTour(MainWindow* window, const QString& stem, const QString& sampleDataDir, const QStringList& languages)
    : QObject(window)
    , m_window(window)
    , m_stem(stem)
    , m_sampleDataDir(sampleDataDir)
    , m_languages(languages)
{
    m_shots.append({QStringLiteral("welcome"), [this]() -> QWidget* {
                        m_window->showWelcome();
                        return m_window;
                    }, {}});
    m_shots.append({QStringLiteral("dialog-shortcuts"), [this]() -> QWidget* {
                        m_window->showPages();
                        return new ShortcutsDialog(m_window, m_window);
                    }, {}});
    m_shots.append({QStringLiteral("dialog-settings"),
                    [this]() -> QWidget* { return new SettingsDialog(AppSettings::load(), m_languages, m_window); }, {}});
    const struct
    {
        const char* name;
        ImportDialog::Kind kind;
    } imports[] = {{"beir", ImportDialog::Kind::Beir},
                   {"classification", ImportDialog::Kind::Classification},
                   {"qrels", ImportDialog::Kind::Qrels},
                   {"vectors", ImportDialog::Kind::Vectors}};
    for (const auto& import : imports) {
        m_shots.append({QStringLiteral("dialog-import-%1").arg(QLatin1String(import.name)), [this, kind = import.kind]() -> QWidget* {
                            auto* dialog = new ImportDialog(kind, m_window->projectPath(), m_window);
                            if (kind == ImportDialog::Kind::Beir)
                                dialog->setInputPath(QDir(m_sampleDataDir).filePath(QStringLiteral("teaching")));
                            return dialog;
                        }, {}});
    }
    const struct
    {
        const char* name;
        NewSpaceDialog::Kind kind;
    } spaces[] = {{"lsa", NewSpaceDialog::Kind::Lsa},
                  {"endpoint", NewSpaceDialog::Kind::Remote},
                  {"hyde", NewSpaceDialog::Kind::Hyde},
                  {"vectors", NewSpaceDialog::Kind::Vectors}};
    for (const auto& space : spaces) {
        m_shots.append({QStringLiteral("dialog-space-%1").arg(QLatin1String(space.name)), [this, kind = space.kind]() -> QWidget* {
                            auto* dialog = new NewSpaceDialog(m_window->projectSummary(), 0, AppSettings::load(), m_window);
                            dialog->setKind(kind);
                            return dialog;
                        }, {}});
    }
    // The confirmation of Project ▸ Delete Embedding Space for the first space (then Cancel).
    m_shots.append({QStringLiteral("dialog-delete-space"), [this]() -> QWidget* {
                        auto* overview = m_window->findChild<ProjectOverviewWidget*>();
                        const ProjectSummary& summary = m_window->projectSummary();
                        auto* action = m_window->findChild<QAction*>(QStringLiteral("deleteSpaceAction"));
                        if (summary.spaces.isEmpty() || !overview || !action)
                            return m_window;
                        overview->selectSpace(summary.spaces.first().id);
                        QTimer::singleShot(0, action, &QAction::trigger);
                        return nullptr;
                    }, QStringLiteral("deleteSpaceConfirmation")});
}

void DialogTour::run(const std::function<void()>& done)
{
    m_done = done;
    grab(0);
}

void DialogTour::grab(int index)
{
    if (index >= m_shots.size()) {
        m_window->showPages();
        m_done();
        return;
    }
    const Shot& shot = m_shots[index];
    QWidget* widget = shot.show();
    if (widget) {
        if (widget != m_window)
            widget->show();
        whenIdle([this, index, widget] { grabWidget(index, widget); });
        return;
    }
    // A modal box opens from an event handler: look for it while its own loop runs.
    auto* timer = new QTimer(this);
    timer->setInterval(s_checkIntervalMs);
    auto checks = std::make_shared<int>(0);
    connect(timer, &QTimer::timeout, this, [this, timer, index, checks] {
        const QString name = m_shots[index].modalName;
        for (QWidget* candidate : QApplication::topLevelWidgets()) {
            if (candidate->isVisible() && candidate->objectName() == name) {
                timer->deleteLater();
                timer->stop();
                grabWidget(index, candidate);
                return;
            }
        }
        if (++*checks > s_maxChecks) {
            timer->deleteLater();
            timer->stop();
            grab(index + 1);
        }
    });
    timer->start();
}

void DialogTour::grabWidget(int index, QWidget* widget)
{
    widget->grab().save(m_stem + QLatin1Char('-') + m_shots[index].name + QStringLiteral(".png"));
    if (widget != m_window) {
        if (auto* box = qobject_cast<QMessageBox*>(widget))
            box->reject(); // Cancel: nothing is deleted
        else {
            widget->close();
            widget->deleteLater();
        }
    }
    // The next shot once a modal box's loop has returned.
    QTimer::singleShot(s_checkIntervalMs, this, [this, index] { grab(index + 1); });
}

void DialogTour::whenIdle(const std::function<void()>& then)
{
    ThreadPoolIdle::whenIdle(this, then, s_maxChecks);
}

} // namespace tare
