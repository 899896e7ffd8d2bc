// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/importdialog.h"

#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QListWidget;
class QPushButton;

namespace tare {

/// The first page a new user sees, and the page shown whenever no project is open: three ways in
/// (try the sample, import your data, connect a model), the recently opened projects and where
/// the shortcuts are. Lays out and forwards intent only; GUI thread.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    /// The recently opened projects (most recent first); missing files are listed disabled.
    void setRecentProjects(const QStringList& paths);
    /// A line under the three ways in: what is happening (opening the sample…) or what failed.
    void showStatus(const QString& text, bool error = false);
    QString statusText() const;
    /// With a name: a project is open behind the welcome page, and a button leads back to it.
    void setProjectOpen(const QString& name);

    QCommandLinkButton* sampleButton() const { return m_sample; }
    QCommandLinkButton* importButton() const { return m_import; }
    QCommandLinkButton* connectButton() const { return m_connect; }
    QListWidget* recentList() const { return m_recent; }

Q_SIGNALS:
    void sampleRequested();
    /// A new project, then the import dialog of this kind (BEIR folder or classification table).
    void importRequested(tare::ImportDialog::Kind kind);
    void connectRequested();
    void openRequested(const QString& path);
    /// "Open another project…": a file dialog.
    void browseRequested();
    /// Back to the open project's pages (shown only while a project is open).
    void closeRequested();

private:
    QLabel* m_title;
    QCommandLinkButton* m_sample;
    QCommandLinkButton* m_import;
    QCommandLinkButton* m_connect;
    QListWidget* m_recent;
    QPushButton* m_browse;
    QPushButton* m_back;
    QLabel* m_status;
};

} // namespace tare
