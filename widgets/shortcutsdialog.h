// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QLineEdit;
class QTreeWidget;

namespace tare {

/// The keyboard shortcuts of a window, read from its actions and buttons themselves (never a
/// hand-kept list): every QAction with a shortcut in its menus (with the menu path), on its pages
/// (with the page's tab name) and on the window, and every button with an explicit shortcut.
/// A filter narrows the list. GUI thread.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QList<QKeySequence> keys;
        QString action; ///< the action's text without '&'
        QString where;  ///< "File ▸ Import", a page name, or "Window"
    };

    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    /// The shortcuts of `window` as the dialog lists them: menus in menu-bar order first.
    static QList<Entry> collect(QWidget* window);
    /// A key list as shown ("F1, Ctrl+?").
    static QString keysText(const QList<QKeySequence>& keys);

    QTreeWidget* view() const { return m_view; }
    void setFilter(const QString& text);

private:
    QLineEdit* m_filter;
    QTreeWidget* m_view;
};

} // namespace tare
