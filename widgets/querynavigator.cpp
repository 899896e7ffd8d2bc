// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/querynavigator.h"

#include "widgets/querypickerwidget.h"

#include <QAction>

namespace tare {

QueryNavigator::QueryNavigator(QObject* parent)
    : QObject(parent)
    , m_model(new QueryListModel(this))
    , m_previous(new QAction(tr("&Previous Query"), this))
    , m_next(new QAction(tr("&Next Query"), this))
{
    m_previous->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)});
    m_next->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::CTRL | Qt::Key_BracketRight)});
    m_previous->setToolTip(tr("Show the previous query of the list on every per-query page (Alt+Left)"));
    m_next->setToolTip(tr("Show the next query of the list on every per-query page (Alt+Right)"));
    for (QAction* action : {m_previous, m_next})
        action->setShortcutContext(Qt::WindowShortcut);
    connect(m_previous, &QAction::triggered, this, &QueryNavigator::previous);
    connect(m_next, &QAction::triggered, this, &QueryNavigator::next);
    updateActions();
}

void QueryNavigator::setQueries(qint64 runId, const QList<Entry>& queries)
{
    if (runId != m_runId)
        m_queryId = 0;
    m_runId = runId;
    m_model->setQueries(queries);
    if (m_model->rowOf(m_queryId) < 0)
        m_queryId = 0;
    updateActions();
}

void QueryNavigator::clear()
{
    const bool had = m_queryId != 0;
    m_runId = 0;
    m_queryId = 0;
    m_model->setQueries({});
    updateActions();
    if (had)
        Q_EMIT currentChanged(0, 0);
}

int QueryNavigator::count() const
{
    return m_model->rowCount();
}

int QueryNavigator::currentRow() const
{
    return m_queryId == 0 ? -1 : m_model->rowOf(m_queryId);
}

QString QueryNavigator::currentText() const
{
    const int row = currentRow();
    return row < 0 ? QString() : m_model->index(row).data().toString();
}

bool QueryNavigator::setCurrent(qint64 runId, qint64 queryId)
{
    if (runId != m_runId)
        return false;
    if (queryId == m_queryId)
        return true;
    const qint64 previous = m_queryId;
    m_queryId = queryId;
    if (currentRow() < 0) {
        m_queryId = previous;
        return false;
    }
    updateActions();
    Q_EMIT currentChanged(m_runId, m_queryId);
    return true;
}

bool QueryNavigator::step(int by)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return false;
    const int row = currentRow();
    const int target = row < 0 ? (by > 0 ? 0 : count - 1) : row + by;
    if (target < 0 || target >= count)
        return false;
    return setCurrent(m_runId, m_model->queryAt(target));
}

bool QueryNavigator::next()
{
    return step(1);
}

bool QueryNavigator::previous()
{
    return step(-1);
}

void QueryNavigator::updateActions()
{
    const int row = currentRow();
    const int count = m_model->rowCount();
    m_previous->setEnabled(count > 0 && row != 0);
    m_next->setEnabled(count > 0 && row != count - 1);
}

QueryPickerWidget* QueryNavigator::createPicker(QWidget* parent)
{
    return new QueryPickerWidget(this, parent);
}

} // namespace tare
