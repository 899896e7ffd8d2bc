// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QKeyEvent;
class QModelIndex;
class QObject;
class QTableView;

/// What the labelling tables share: the Annotate page's queue (AnnotationQueueWidget) and the
/// Feedback inspector (FeedbackInspectorWidget) are set up, highlighted and keyed alike.
namespace tare::LabelTableSupport {

/// Shows `model` in `table` through a proxy that colours the rows for which `highlighted` holds
/// (light red, black text: readable in dark themes too): whole rows, one at a time, read-only,
/// no row numbers, every column fitted but `stretchColumn`, which takes the rest; `keyFilter`
/// gets the table's key presses (see LabelKey).
void setUp(QTableView* table, QAbstractItemModel* model, int stretchColumn, std::function<bool(const QModelIndex&)> highlighted,
           QObject* keyFilter);

/// A key pressed in a labelling table, as the annotator means it: Y relevant, N not relevant,
/// 0–9 a graded label (digit / 9), Backspace undo, W ask the judge why. Keys with Ctrl, Alt or
/// Meta mean nothing here (they are the window's shortcuts).
struct LabelKey
{
    enum class Action
    {
        None,
        Label,
        Undo,
        AskWhy,
    };
    Action action = Action::None;
    double score = 0.0; ///< Label: 1 for Y, 0 for N, d / 9 for a digit d
    QString text; ///< Label: "Y", "N" or the digit
};
LabelKey labelKey(const QKeyEvent& event);

/// The judge's answer below a document (HTML): the first token's top alternatives, the error and
/// the raw response, each when there is one.
QString answerHtml(const QList<QPair<QString, double>>& topTokens, const QString& error, const QString& rawResponse);

} // namespace tare::LabelTableSupport
