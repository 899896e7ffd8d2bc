// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/shortcutsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tare {

namespace {

QString plain(const QString& text)
{
    QString result = text.section(QLatin1Char('\t'), 0, 0);
    result.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    result.remove(QLatin1Char('&'));
    result.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return result;
}

/// Menu actions with a shortcut, depth first in menu order, with the path of their menu.
void collectMenu(const QList<QAction*>& actions, const QString& path, QList<ShortcutsDialog::Entry>& entries,
                 QHash<const QAction*, bool>& seen)
{
    for (QAction* action : actions) {
        if (action->isSeparator())
            continue;
        if (QMenu* menu = action->menu()) {
            const QString title = plain(action->text());
            collectMenu(menu->actions(), path.isEmpty() ? title : ShortcutsDialog::tr("%1 ▸ %2").arg(path, title), entries, seen);
            continue;
        }
        seen.insert(action, true);
        if (!action->shortcuts().isEmpty())
            entries.append({action->shortcuts(), plain(action->text()), path});
    }
}

/// The name of the page (a tab) that holds `widget`, or empty.
QString pageOf(const QObject* object)
{
    for (const QObject* child = object; child; child = child->parent()) {
        const QObject* parent = child->parent();
        // A tab's page sits in the QTabWidget's internal QStackedWidget.
        if (qobject_cast<const QStackedWidget*>(parent)) {
            if (auto* tabs = qobject_cast<const QTabWidget*>(parent->parent())) {
                const int index = tabs->indexOf(const_cast<QWidget*>(qobject_cast<const QWidget*>(child)));
                if (index >= 0)
                    return plain(tabs->tabText(index));
            }
        }
    }
    return {};
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(QWidget* window)
{
    QList<Entry> entries;
    QHash<const QAction*, bool> seen;
    if (auto* main = qobject_cast<QMainWindow*>(window))
        collectMenu(main->menuBar()->actions(), QString(), entries, seen);
    const QList<QAction*> actions = window->findChildren<QAction*>();
    for (QAction* action : actions) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->menu())
            continue;
        const QString page = pageOf(action->parent());
        entries.append({action->shortcuts(), plain(action->text()), page.isEmpty() ? tr("Window") : page});
    }
    const QList<QAbstractButton*> buttons = window->findChildren<QAbstractButton*>();
    for (QAbstractButton* button : buttons) {
        const QKeySequence keys = button->shortcut();
        // A button's own mnemonic (Alt+letter from its text) is shown on the button already.
        if (keys.isEmpty() || keys == QKeySequence::mnemonic(button->text()))
            continue;
        const QString page = pageOf(button);
        const QString name = button->text().isEmpty() ? button->accessibleName() : plain(button->text());
        entries.append({{keys}, name.isEmpty() ? button->toolTip() : name, page.isEmpty() ? tr("Window") : page});
    }
    return entries;
}

QString ShortcutsDialog::keysText(const QList<QKeySequence>& keys)
{
    QStringList texts;
    for (const QKeySequence& key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(QStringLiteral(", "));
}

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Filter by action, key or place"));
    m_filter->setClearButtonEnabled(true);
    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_view->setObjectName(QStringLiteral("shortcutsList"));
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->setColumnCount(3);
    m_view->setHeaderLabels({tr("Shortcut"), tr("Action"), tr("Where")});
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    for (const Entry& entry : collect(window)) {
        auto* item = new QTreeWidgetItem(m_view, {keysText(entry.keys), entry.action, entry.where});
        item->setToolTip(1, entry.action);
    }
    for (int column = 0; column < m_view->columnCount(); ++column)
        m_view->resizeColumnToContents(column);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(640, 560);

    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilter);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ShortcutsDialog::setFilter(const QString& text)
{
    for (int row = 0; row < m_view->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_view->topLevelItem(row);
        bool match = text.isEmpty();
        for (int column = 0; column < m_view->columnCount() && !match; ++column)
            match = item->text(column).contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

} // namespace tare
