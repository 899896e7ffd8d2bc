// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/welcomepage.h"

#include <QCommandLinkButton>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace tare {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Welcome to Tare"), this))
    , m_sample(new QCommandLinkButton(tr("Try the sample"), this))
    , m_import(new QCommandLinkButton(tr("Import your data"), this))
    , m_connect(new QCommandLinkButton(tr("Connect a model"), this))
    , m_recent(new QListWidget(this))
    , m_browse(new QPushButton(tr("Open Another Project…"), this))
    , m_back(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("welcomeTitle"));
    auto* intro = new QLabel(tr("Tare refines query embeddings at test time: a judge (gold labels, a simulation, an LLM, a "
                                "reranker or you) scores a few of the top documents, the query vector moves towards what the "
                                "judge liked, and the corpus is ranked again. Pick a way in:"),
                             this);
    intro->setWordWrap(true);

    m_sample->setObjectName(QStringLiteral("welcomeSample"));
    m_sample->setDescription(tr("Opens the bundled sample project and refines its queries with the gold labels: a finished run "
                                "to explore within a few seconds."));
    m_import->setObjectName(QStringLiteral("welcomeImport"));
    m_import->setDescription(tr("Creates a new project file, then imports a BEIR folder (corpus, queries, qrels) or a "
                                "classification table (one query per label)."));
    auto* importMenu = new QMenu(m_import);
    importMenu->setObjectName(QStringLiteral("welcomeImportMenu"));
    importMenu->setTitle(tr("Import your data"));
    importMenu->addAction(tr("&BEIR Folder…"), this, [this] { Q_EMIT importRequested(ImportDialog::Kind::Beir); });
    importMenu->addAction(tr("&Classification Table…"), this, [this] { Q_EMIT importRequested(ImportDialog::Kind::Classification); });
    m_import->setMenu(importMenu);
    m_connect->setObjectName(QStringLiteral("welcomeConnect"));
    m_connect->setDescription(tr("Points Tare at an OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp, LiteLLM, TEI) "
                                 "and tests what it can do: LLM judges, reranking, embeddings."));
    for (QCommandLinkButton* button : {m_sample, m_import, m_connect})
        button->setAccessibleDescription(button->description());

    auto* recentLabel = new QLabel(tr("&Recent projects:"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    m_recent->setAccessibleName(tr("Recent projects"));
    m_recent->setMaximumHeight(7 * m_recent->fontMetrics().lineSpacing() + 8);
    m_browse->setObjectName(QStringLiteral("welcomeBrowse"));
    m_back->setObjectName(QStringLiteral("welcomeBack"));
    m_back->setVisible(false);
    m_status->setObjectName(QStringLiteral("welcomeStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* hint = new QLabel(tr("Keyboard shortcuts: F1. The welcome page comes back with Help ▸ Welcome."), this);
    hint->setObjectName(QStringLiteral("welcomeHint"));
    hint->setWordWrap(true);

    auto* column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(intro);
    column->addSpacing(8);
    column->addWidget(m_sample);
    column->addWidget(m_import);
    column->addWidget(m_connect);
    column->addWidget(m_status);
    column->addSpacing(8);
    column->addWidget(recentLabel);
    column->addWidget(m_recent);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_browse);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    column->addLayout(buttons);
    column->addSpacing(8);
    column->addWidget(hint);
    column->addStretch(1);
    // A readable column in the middle of a wide window.
    auto* centred = new QWidget(this);
    centred->setLayout(column);
    centred->setMaximumWidth(760);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(centred, 4);
    outer->addStretch(1);

    connect(m_sample, &QCommandLinkButton::clicked, this, &WelcomePage::sampleRequested);
    connect(m_connect, &QCommandLinkButton::clicked, this, &WelcomePage::connectRequested);
    connect(m_browse, &QPushButton::clicked, this, &WelcomePage::browseRequested);
    connect(m_back, &QPushButton::clicked, this, &WelcomePage::closeRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item->flags() & Qt::ItemIsEnabled)
            Q_EMIT openRequested(item->data(Qt::UserRole).toString());
    });
    setRecentProjects({});
}

void WelcomePage::setRecentProjects(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(info.fileName(), info.absolutePath()), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        if (!info.exists()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setText(tr("%1 (missing)").arg(item->text()));
        }
    }
    if (paths.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No recent projects yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

void WelcomePage::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x20, 0x20) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

QString WelcomePage::statusText() const
{
    return m_status->text();
}

void WelcomePage::setProjectOpen(const QString& name)
{
    m_back->setText(tr("Back to %1").arg(name));
    m_back->setVisible(!name.isEmpty());
}

} // namespace tare
