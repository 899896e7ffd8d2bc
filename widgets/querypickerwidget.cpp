// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/querypickerwidget.h"

#include "widgets/querynavigator.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace tare {

QueryPickerWidget::QueryPickerWidget(QueryNavigator* navigator, QWidget* parent)
    : QWidget(parent)
    , m_navigator(navigator)
    , m_combo(new QComboBox(this))
    , m_position(new QLabel(this))
{
    m_combo->setModel(navigator->model());
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(40);
    m_combo->setMaxVisibleItems(20);
    m_combo->setToolTip(tr("The query shown on every per-query page; type to search its id or text"));
    m_combo->setAccessibleName(tr("Query"));
    m_combo->setObjectName(QStringLiteral("queryPicker"));
    m_combo->lineEdit()->setPlaceholderText(tr("Search a query…"));
    auto* completer = new QCompleter(navigator->model(), m_combo);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->setCompleter(completer);
    m_position->setAccessibleName(tr("Query position"));

    auto* label = new QLabel(tr("&Query:"), this);
    label->setBuddy(m_combo);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo, 1);
    for (QAction* action : {navigator->previousAction(), navigator->nextAction()}) {
        auto* button = new QToolButton(this);
        button->setObjectName(action == navigator->nextAction() ? QStringLiteral("queryPickerNext") : QStringLiteral("queryPickerPrevious"));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        layout->addWidget(button);
    }
    layout->addWidget(m_position);

    connect(m_combo, &QComboBox::activated, this, [this](int row) {
        const QModelIndex index = m_navigator->model()->index(row, 0);
        if (index.isValid())
            m_navigator->setCurrent(m_navigator->runId(), index.data(QueryListModel::QueryIdRole).toLongLong());
    });
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        if (index.isValid())
            m_navigator->setCurrent(m_navigator->runId(), index.data(QueryListModel::QueryIdRole).toLongLong());
        showCurrent();
    });
    connect(navigator, &QueryNavigator::currentChanged, this, &QueryPickerWidget::showCurrent);
    connect(navigator->model(), &QAbstractItemModel::modelReset, this, &QueryPickerWidget::showCurrent);
    showCurrent();
}

QString QueryPickerWidget::positionText() const
{
    return m_position->text();
}

void QueryPickerWidget::showCurrent()
{
    const int row = m_navigator->currentRow();
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(row);
    if (row < 0)
        m_combo->setEditText(QString());
    const int count = m_navigator->count();
    if (count == 0)
        m_position->setText(tr("no run shown"));
    else if (row < 0)
        m_position->setText(tr("%n query(s)", nullptr, count));
    else
        m_position->setText(tr("%1 of %2").arg(row + 1).arg(count));
}

} // namespace tare
