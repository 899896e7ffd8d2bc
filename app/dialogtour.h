// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace tare {

class MainWindow;

/// `tare --screenshot FILE --dialogs`: after the pages, saves FILE-welcome.png (the welcome page)
/// and FILE-dialog-<name>.png of the shell's dialogs as the open project fills them: keyboard
/// shortcuts, settings, the four imports (BEIR with the teaching sample's preview), the new-space
/// dialog for each kind and the delete-space confirmation. Each is grabbed once the background
/// work it started has ended. GUI thread; a child of the window.
class DialogTour : public QObject
{
    Q_OBJECT

public:
    DialogTour(MainWindow* window, const QString& stem, const QString& sampleDataDir, const QStringList& languages);

    /// Grabs every shot in turn, then calls `done`.
    void run(const std::function<void()>& done);

private:
    struct Shot
    {
        QString name;
        /// Shows what is to be grabbed and returns it; nullptr: a modal box appears later
        /// (found by its object name `modalName`).
        std::function<QWidget*()> show;
        QString modalName;
    };

    void grab(int index);
    void grabWidget(int index, QWidget* widget);
    void whenIdle(const std::function<void()>& then);

    MainWindow* m_window;
    QString m_stem;
    QString m_sampleDataDir;
    QStringList m_languages;
    QList<Shot> m_shots;
    std::function<void()> m_done;
};

} // namespace tare
