// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/labeltablesupport.h"

#include "widgets/tablesupport.h"

#include <QColor>
#include <QCoreApplication>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QTableView>

namespace tare::LabelTableSupport {

namespace {

/// Colours the rows the predicate picks (the source model says which, QtCore only).
class HighlightProxyModel : public QIdentityProxyModel
{
public:
    HighlightProxyModel(std::function<bool(const QModelIndex&)> highlighted, QObject* parent)
        : QIdentityProxyModel(parent)
        , m_highlighted(std::move(highlighted))
    {
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if ((role == Qt::BackgroundRole || role == Qt::ForegroundRole) && m_highlighted(index))
            return role == Qt::BackgroundRole ? QVariant(QColor(0xfb, 0xd5, 0xc8)) : QVariant(QColor(Qt::black));
        return QIdentityProxyModel::data(index, role);
    }

private:
    std::function<bool(const QModelIndex&)> m_highlighted;
};

} // namespace

void setUp(QTableView* table, QAbstractItemModel* model, int stretchColumn, std::function<bool(const QModelIndex&)> highlighted,
           QObject* keyFilter)
{
    auto* proxy = new HighlightProxyModel(std::move(highlighted), table);
    proxy->setSourceModel(model);
    TableSupport::showRecords(table, proxy, stretchColumn);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->installEventFilter(keyFilter);
}

LabelKey labelKey(const QKeyEvent& event)
{
    if (event.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return {};
    const int key = event.key();
    if (key == Qt::Key_Y)
        return {LabelKey::Action::Label, 1.0, QStringLiteral("Y")};
    if (key == Qt::Key_N)
        return {LabelKey::Action::Label, 0.0, QStringLiteral("N")};
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        const int digit = key - Qt::Key_0;
        return {LabelKey::Action::Label, digit / 9.0, QString::number(digit)};
    }
    if (key == Qt::Key_Backspace)
        return {LabelKey::Action::Undo, 0.0, {}};
    if (key == Qt::Key_W)
        return {LabelKey::Action::AskWhy, 0.0, {}};
    return {};
}

QString answerHtml(const QList<QPair<QString, double>>& topTokens, const QString& error, const QString& rawResponse)
{
    // The messages keep the context they had in FeedbackInspectorWidget (same text, same translation).
    QString html;
    if (!topTokens.isEmpty()) {
        QString rows;
        for (const auto& [token, probability] : topTokens)
            rows += QStringLiteral("<tr><td><code>%1</code></td><td align='right'>%2</td></tr>")
                        .arg(token.toHtmlEscaped(), QString::number(probability, 'f', 3));
        html += QCoreApplication::translate("FeedbackInspectorWidget", "<p><b>First token, top alternatives</b></p><table cellpadding='2'>%1</table>")
                    .arg(rows);
    }
    if (!error.isEmpty())
        html += QCoreApplication::translate("FeedbackInspectorWidget", "<p><b>Error:</b> %1</p>").arg(error.toHtmlEscaped());
    if (!rawResponse.isEmpty())
        html += QCoreApplication::translate("FeedbackInspectorWidget", "<p><b>Raw response</b></p><pre style='white-space: pre-wrap'>%1</pre>")
                    .arg(rawResponse.left(4000).toHtmlEscaped());
    return html;
}

} // namespace tare::LabelTableSupport
